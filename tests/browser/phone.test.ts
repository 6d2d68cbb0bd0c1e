/**
 * The atlas on a phone (390×844, touch): the map first and large, the panel a sheet below it,
 * a shared link shows the map and the feature together, a presentation's legend folds away, a tap
 * selects, and the dialogs fit.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { along, bbox, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { baseUrl, browser, mapShowsBounds, openAtlas, projectToPage, waitForCamera } from './harness.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { layerTitle } from '../../src/model/features/layers.ts';

const PHONE = { width: 390, height: 844, phone: true };
const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature]));

/** The opening view on a phone, loaded once for the tests that start there and leave it as they found it. */
let openingPage: Promise<Page> | undefined;
const phoneAtOpening = () => (openingPage ??= openAtlas(browser, baseUrl, PHONE).then((atlas) => atlas.page));

async function mapBox(page: Page) {
  return (await page.locator('.map').boundingBox())!;
}

/** Whether an element lies wholly on the screen (not off the edge, not zero-sized). */
async function whollyOnScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return !!box && box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width + 0.5 && box.y + box.height <= PHONE.height + 0.5;
}

describe('on a phone', () => {
  it('opens on a map of the corridors’ heart that takes the width and most of the height, its key folded, with the panel as a closed sheet', async () => {
    const page = await phoneAtOpening();
    const map = await mapBox(page);
    expect(map.width).toBe(PHONE.width);
    expect(map.height).toBeGreaterThan(PHONE.height * 0.6);
    const handle = page.getByRole('button', { name: 'Show panel' });
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await whollyOnScreen(handle)).toBe(true);
    // Every header button is on the screen.
    for (const name of ['Guided tour', /Views/, /Export/]) expect(await whollyOnScreen(page.locator('.app-header').getByRole('button', { name }))).toBe(true);
    // It opens on the corridors' heart, large enough to name its three countries (not on Russia and Africa).
    const countries = await page.evaluate(() =>
      window.corridorAtlas!.placedLabels().flatMap((label) => (label.kind === 'country' ? [label.name] : [])),
    );
    expect(['Azerbaijan', 'Armenia', 'Georgia'].filter((name) => !countries.includes(name)), 'countries not named').toEqual([]);
    // Its key is folded to a button, so the map keeps the screen.
    const key = page.getByRole('region', { name: 'Key to the map' });
    const fold = key.getByRole('button', { name: /^Key \(\d+\)$/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await key.getByRole('listitem').count()).toBe(0);
    await fold.click();
    await key.getByRole('listitem').first().waitFor();
    expect(await whollyOnScreen(key)).toBe(true);
    await key.getByRole('button', { name: 'Key' }).click();

    await handle.click();
    const search = page.getByRole('searchbox', { name: /search/i });
    await search.waitFor();
    expect(await whollyOnScreen(search)).toBe(true);
    // The map stays in sight above the open sheet.
    expect((await mapBox(page)).height).toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Hide panel' }).click();
    await search.waitFor({ state: 'hidden' });
  });

  it('a shared link to a feature shows the map with the feature in view and its panel with the passages', async () => {
    const { page } = await openAtlas(browser, baseUrl, { ...PHONE, path: '#feature=tripp-syunik-route&panel=feature' });
    await waitForCamera(page);
    const map = await mapBox(page);
    expect(map.height).toBeGreaterThan(300);
    expect(await mapShowsBounds(page, bbox(byId.get('tripp-syunik-route')!))).toBe(true);
    const heading = page.locator('.feature-details h2');
    expect(await heading.textContent()).toBe(byId.get('tripp-syunik-route')!.properties.name);
    expect(await whollyOnScreen(heading)).toBe(true);
    // The passages are in the sheet, a scroll away.
    const passage = page.locator('.feature-details figure.passage').first();
    await passage.scrollIntoViewIfNeeded();
    expect(await whollyOnScreen(passage.locator('figcaption'))).toBe(true);
    await page.close();
  });

  it('a presentation leaves the map to the routes: its legend is folded to a button that opens the key', async () => {
    const { page } = await openAtlas(browser, baseUrl, { ...PHONE, path: '#present=1&title=South%20Caucasus%20connectivity' });
    const legend = page.getByRole('complementary', { name: 'Legend' });
    const fold = legend.getByRole('button', { name: /^Legend \(\d+\)$/ });
    await fold.waitFor();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    const map = await mapBox(page);
    const folded = (await legend.boundingBox())!;
    expect(folded.width * folded.height, 'the folded legend covers little of the map').toBeLessThan(0.05 * map.width * map.height);
    expect(await legend.getByRole('listitem').count()).toBe(0);

    await fold.click();
    const hide = legend.getByRole('button', { name: 'Hide legend' });
    await hide.waitFor();
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    expect(await legend.getByRole('listitem').allTextContents()).toContain(layerTitle('tripp'));
    expect(await whollyOnScreen(legend)).toBe(true);
    await hide.click();
    await fold.waitFor();
    await page.close();
  });

  it('a tap on a route selects it and opens the sheet on it', async () => {
    const { page } = await openAtlas(browser, baseUrl, { ...PHONE, path: '#map=8.2/39.0/46.3' });
    const tripp = byId.get('tripp-syunik-route') as Feature<LineString>;
    const { x, y } = await projectToPage(page, along(tripp, length(tripp) * 0.5).geometry.coordinates as [number, number]);
    await page.touchscreen.tap(x, y);
    const chooser = page.getByRole('dialog', { name: 'Features here' });
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId !== null || document.querySelector('.pick-chooser'));
    if (await chooser.isVisible()) {
      expect(await whollyOnScreen(chooser)).toBe(true);
      await chooser.getByRole('button', { name: tripp.properties!.name }).tap();
    }
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId === 'tripp-syunik-route');
    expect(await page.getByRole('button', { name: 'Hide panel' }).getAttribute('aria-expanded')).toBe('true');
    const heading = page.locator('.feature-details h2');
    await heading.waitFor();
    expect(await whollyOnScreen(heading)).toBe(true);
    await page.close();
  });

  it('every dialog fits on the screen and closes', async () => {
    const page = await phoneAtOpening();
    for (const [opener, closer] of [
      [/Views/, /Close/],
      [/Export/, /Close/],
    ] as const) {
      await page.locator('.app-header').getByRole('button', { name: opener }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await whollyOnScreen(dialog), String(opener)).toBe(true);
      const close = dialog.getByRole('button', { name: closer }).last();
      await close.scrollIntoViewIfNeeded();
      await close.click();
      await dialog.waitFor({ state: 'hidden' });
    }
  });
});
