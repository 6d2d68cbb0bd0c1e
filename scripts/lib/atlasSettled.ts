/**
 * Waiting for the atlas in a page driven from outside (browser tests, the command-line export,
 * screenshots) until it shows what its link asks for. The app says when: the camera's owner when
 * every move asked for has arrived (window.corridorAtlasCamera.settled()), and the map which scene
 * it has yet to draw, so nothing here counts frames or sleeps.
 */
import type { Frame, Page } from 'playwright-core';

/** A page, or a frame inside one (the atlas embedded in another page). */
type Atlas = Page | Frame;

/** Resolves once the map has loaded, drawn its latest scene and finished loading what it shows. */
export async function waitForMapIdle(page: Atlas): Promise<void> {
  await page.waitForFunction(() => window.corridorAtlas !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(async () => {
    const atlas = window.corridorAtlas!;
    await atlas.ready;
    // The map draws a new scene a frame after it is given (the sidebar first).
    while (atlas.sceneDrawPending) await new Promise((resolve) => requestAnimationFrame(resolve));
    await atlas.repaint();
  });
}

/**
 * Resolves once every move the page asked for (a link's feature, a step and its second framing, a
 * search result, a passage) has arrived and the map is at rest, without waiting for its tiles and
 * layers to be drawn: the app's camera owner says when (state/cameraPort.ts).
 */
export async function waitForCamera(page: Atlas): Promise<void> {
  await page.waitForFunction(() => window.corridorAtlasCamera !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.corridorAtlasCamera!.settled());
}

/** Resolves once the map has arrived where it was sent and everything in the frame is drawn. */
export async function waitForFraming(page: Atlas): Promise<void> {
  await waitForCamera(page);
  await waitForMapIdle(page);
}
