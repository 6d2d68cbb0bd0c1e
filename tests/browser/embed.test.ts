/**
 * The embed code, as a teacher uses it: copied from "Views & presenting" and pasted into a plain
 * page of another site. The page frames the atlas on the feature, read-only, its passages one
 * click away and a link to the full atlas at the same view; and the snippet itself carries the
 * passage as text, for a page that allows no frames.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { along, bbox, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { baseUrl, browser, openAtlas, throttleIfAsked, waitForFraming } from './harness.ts';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../scripts/lib/onDisk.ts';
import { readingText } from '../../src/model/documents/documentText.ts';
import { parseViewHash } from '../../src/model/view/viewState.ts';
import { SOURCES } from '../../src/model/documents/sources.ts';

const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const texts = sourceTexts();
const FEATURE = 'tripp-syunik-route';
const tripp = features.find((feature) => feature.id === FEATURE)! as Feature<LineString> & { properties: { name: string } };
const describing = index.citationsByFeature.get(FEATURE)!.find((citation) => citation.role === 'describes')!;
/**
 * Another site, with the snippet pasted into a plain page: a server of its own on the loopback
 * address (Chromium's local network access checks block a loopback frame in a page it takes for a
 * public one, so the page cannot be a made-up public address), and without the atlas's policy.
 */
async function serveLesson(body: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lesson.html`, close: () => server.close() };
}

/** As harness.waitForMapIdle, for the atlas inside a frame. */

async function embedCodeFromDialog(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Views & presenting' }).click();
  const dialog = page.locator('dialog.views-dialog');
  const code = await dialog.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
  await page.keyboard.press('Escape');
  return code;
}

describe('the embed code in a plain page', () => {
  it('frames the feature read-only, shows its passages on a click, links to the full atlas, and carries the quote as text', async () => {
    const atlas = await openAtlas(browser, baseUrl, { path: `#feature=${FEATURE}&panel=feature` });
    await waitForFraming(atlas.page);
    const snippet = await embedCodeFromDialog(atlas.page);
    const atlasView = parseViewHash(new URL(atlas.page.url()).hash).view;
    await atlas.page.close();

    const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await throttleIfAsked(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    const lesson = await serveLesson(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body><h1>Lesson 4</h1>${snippet}<p>After the map.</p></body></html>`,
    );
    await page.goto(lesson.url);

    // The fallback, in the page itself: the passage word for word, with its document and a link.
    const quote = readingText(texts[describing.source], describing.start, describing.end);
    expect(await page.locator('figure > blockquote').textContent()).toBe(`“${quote}”`);
    expect(await page.locator('figure > blockquote').getAttribute('lang')).toBe('en');
    expect(await page.locator('figure > figcaption').textContent()).toContain(SOURCES[describing.source].title);

    // The frame: titled for screen readers, of fixed proportions, drawing the map on the feature.
    const iframe = page.locator('figure iframe');
    expect(await iframe.getAttribute('title')).toBe(`Corridor Atlas map: ${tripp.properties.name}`);
    const box = (await iframe.boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(10 / 16, 2);
    const frame = (await iframe.elementHandle())!.contentFrame() as Promise<Frame | null>;
    const atlasFrame = (await frame)!;
    await waitForFraming(atlasFrame);
    const [west, south, east, north] = bbox(tripp);
    expect(
      await atlasFrame.evaluate(([w, s, e, n]) => {
        const [[west, south], [east, north]] = window.corridorAtlas!.shownFrame().bounds;
        return west <= w && south <= s && east >= e && north >= n;
      }, [west, south, east, north]),
    ).toBe(true);

    // Read-only: no side panel, none of the header's controls, no way to add data.
    expect(await atlasFrame.locator('.side-panel').count()).toBe(0);
    expect(await atlasFrame.locator('[data-testid=user-file]').count()).toBe(0);
    expect(await atlasFrame.getByRole('button', { name: 'Guided tour' }).count()).toBe(0);
    expect(await atlasFrame.getByRole('button', { name: 'Views & presenting' }).count()).toBe(0);

    // "Open in Corridor Atlas" leads to the full atlas at the same view.
    const open = atlasFrame.getByRole('link', { name: 'Open in Corridor Atlas' }).first();
    const href = (await open.getAttribute('href'))!;
    expect(href.startsWith(baseUrl)).toBe(true);
    const linked = parseViewHash(new URL(href).hash).view;
    expect(linked.embed).toBe(false);
    expect(linked.feature).toBe(FEATURE);
    expect(linked.camera).not.toBeNull();
    expect({ ...linked, camera: null }).toEqual({ ...atlasView, camera: null });
    expect(await open.getAttribute('target')).toBe('_blank');

    // The feature's passages are over the map; closed, one click on the route brings them back.
    const card = atlasFrame.locator('.embed-card');
    await expect.poll(() => card.locator('figure.passage').count()).toBe(index.citationsByFeature.get(FEATURE)!.length);
    await card.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => card.count()).toBe(0);
    const middle = along(tripp, length(tripp) * 0.5).geometry.coordinates as [number, number];
    const point = await atlasFrame.evaluate((lonLat) => window.corridorAtlas!.project(lonLat), middle);
    const canvas = (await atlasFrame.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    const chooser = atlasFrame.getByRole('dialog', { name: 'Features here' });
    await atlasFrame.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId !== null || document.querySelector('.pick-chooser'));
    if (await chooser.isVisible()) await chooser.getByRole('button', { name: tripp.properties.name }).click();
    await expect.poll(() => card.locator('h2').textContent()).toBe(tripp.properties.name);
    expect(await card.locator('figure.passage blockquote').first().getAttribute('lang')).toBe('en');
    expect(consoleErrors).toEqual([]);
    await context.close();
    lesson.close();
  });

  it('with a picture of the map added, a page that removes frames shows that picture and the quote', async () => {
    const atlas = await openAtlas(browser, baseUrl, { path: `#feature=${FEATURE}&panel=feature` });
    await waitForFraming(atlas.page);
    await atlas.page.getByRole('button', { name: 'Views & presenting' }).click();
    const dialog = atlas.page.locator('dialog.views-dialog');
    await dialog.getByRole('checkbox', { name: 'Add a picture of the map for pages that allow no frames' }).check();
    // Drawn by the picture export: seconds on a busy machine, and the dialog says when it is in.
    await dialog.getByRole('status').filter({ hasText: 'Picture added' }).waitFor({ timeout: 120_000 });
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code for this view' }).inputValue();
    await atlas.page.close();
    expect(snippet).toContain('<img src="data:image/jpeg;base64,');

    // A host that strips iframes (many editors and mail do): the picture takes the frame's place.
    const stripped = snippet.replace(/<iframe[^>]*><\/iframe>/, '');
    expect(stripped).not.toContain('<iframe');
    const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const lesson = await serveLesson(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>${stripped}</body></html>`);
    await page.goto(lesson.url);
    const picture = page.locator('figure img');
    expect(await picture.getAttribute('alt')).toBe(`Corridor Atlas map: ${tripp.properties.name}`);
    expect(await picture.evaluate((img: HTMLImageElement) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]))).toEqual([800, 500]);
    const box = (await picture.boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(10 / 16, 2);
    const quote = readingText(texts[describing.source], describing.start, describing.end);
    expect(await page.locator('figure > blockquote').textContent()).toBe(`“${quote}”`);
    expect(await page.locator('figure > figcaption').getByRole('link', { name: 'Open in Corridor Atlas' }).count()).toBe(1);
    await context.close();
    lesson.close();
  }, 240_000);
});
