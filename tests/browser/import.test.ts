/**
 * Your own data, as a person would use it: files that are not usable GeoJSON are refused with a
 * message that says where the problem is, and nothing on the map changes; a good file becomes a
 * layer in the layer list, the legend and the map, survives a reload, and its properties show as
 * text. A measuring tool gives distances along the ground.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  baseUrl,
  browser,
  closestColorNear,
  openAtlas,
  projectToPage,
  screenshot,
  throttleIfAsked,
  solidLineMidpoint,
  waitForMapIdle,
  type AtlasPage,
} from './harness.ts';
import { syntheticLines } from '../../scripts/lib/syntheticGeojson.ts';
import { USER_LAYER_COLORS } from '../../src/model/userData/userLayers.ts';
import { LAYERS } from '../../src/model/features/layers.ts';
import { LOCALES, type Lang } from '../../src/model/words/language.ts';
import { createIntl } from 'react-intl';
import { englishLeftBehind } from './untranslated.ts';

let atlas: AtlasPage;

beforeAll(async () => {
  atlas = await openAtlas(browser, baseUrl);
});

async function addFile(page: Page, name: string, contents: string | Buffer, mimeType = 'application/geo+json'): Promise<void> {
  await page.setInputFiles('[data-testid=user-file]', { name, mimeType, buffer: Buffer.from(contents) });
}

/** The message shown for a file, once it names that file (so a previous message is not mistaken for it). */
async function messageFor(page: Page, name: string, timeout = 60_000): Promise<{ kind: string; text: string }> {
  const handle = await page.waitForFunction(
    (fileName) => {
      const element = document.querySelector('.import-message');
      return element?.textContent?.includes(fileName) ? { kind: element.className, text: element.textContent } : null;
    },
    name,
    { timeout },
  );
  return (await handle.jsonValue()) as { kind: string; text: string };
}

/** Exports the views file from the Views dialog (left open) and returns where it was saved. */
async function exportViews(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Views & presenting' }).click();
  const download = page.waitForEvent('download');
  await page.locator('dialog.views-dialog').getByRole('button', { name: 'Export to a file' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-views-')), 'views.json');
  await (await download).saveAs(file);
  return file;
}

const userLayerNames = (page: Page) => page.$$eval('.user-layer-name', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const atlasLayerRows = (page: Page) => page.$$eval('.layer-list > .layers > .layer input[type=checkbox]:checked', (boxes) => boxes.length);

const point = (coordinates: unknown, properties: object = {}) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** Somewhere in the opening view with none of the atlas's features: the Greater Caucasus north of Georgia. */
const EMPTY_SPOT: [number, number] = [42.2, 43.6];

describe('adding your own data', () => {
  it('refuses each kind of malformed file with its message, and leaves the map as it was', async () => {
    const { page } = atlas;
    await addFile(page, 'kept.geojson', collection(point([44.5, 40.2], { name: 'Kept point' })));
    expect((await messageFor(page, 'kept')).kind).toContain('done');
    const atlasLayersBefore = await atlasLayerRows(page);
    expect(atlasLayersBefore).toBe(LAYERS.length);

    const cases: [string, string, RegExp][] = [
      ['not-json.geojson', '{\n  "type": "FeatureCollection",\n  "features": [\n  }', /not valid JSON \(line 4, column 3\)/],
      ['not-geojson.json', '{"rows": [1, 2, 3]}', /JSON but not GeoJSON/],
      ['unknown.geojson', '{"type": "Circle", "center": [45, 40]}', /Unknown GeoJSON type "Circle"/],
      ['range.geojson', collection(point([45, 40]), point([45, 95], { name: 'Too far north' })), /Feature 2 \("Too far north"\), Point, coordinates: latitude 95 is out of range/],
      ['few.geojson', collection({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[45, 40]] } }), /Feature 1, LineString, coordinates: a line needs at least 2 positions; found 1/],
      ['nesting.geojson', collection(point([[45, 40]])), /Feature 1, Point, coordinates: .*wrong nesting/],
      ['string.geojson', collection(point([45, '40.5'])), /Feature 1, Point, coordinates\[1\]: a string where a number belongs \("40.5"\)/],
      [
        'unclosed.geojson',
        collection({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[45, 40], [46, 40], [46, 41], [45, 41]]] } }),
        /Feature 1, Polygon, coordinates\[0\]: the ring is not closed/,
      ],
      ['bad-row.csv', 'name,longitude,latitude\nDepot,45.1,40.2\nYard,forty,40.3\n', /Line 3: longitude "forty" is not a number/],
      ['drawing.kml', '<kml></kml>', /neither GeoJSON .* nor CSV/],
    ];
    for (const [name, contents, expected] of cases) {
      await addFile(page, name, contents, name.endsWith('.csv') ? 'text/csv' : 'application/json');
      const message = await messageFor(page, name);
      expect(message.kind, name).toContain('error');
      expect(message.text, name).toMatch(expected);
      // Seen where it is written, below the long list of filters: the panel scrolls to it.
      const seen = await page.$eval('.import-message', (element) => {
        const [box, panel] = [element.getBoundingClientRect(), element.closest('.tab-panel')!.getBoundingClientRect()];
        return box.top >= panel.top && box.top < panel.bottom;
      });
      expect(seen, name).toBe(true);
      expect(await userLayerNames(page), name).toEqual(['kept']);
      expect(await atlasLayerRows(page), name).toBe(atlasLayersBefore);
    }
    await page.click('.user-layer .remove-layer');
    expect(await userLayerNames(page)).toEqual([]);
  });

  it('accepts an unusual file with its warnings; the layer is in the list and the legend, and its properties show as text', async () => {
    const { page } = atlas;
    const markup = '<img src=x onerror="document.title=\'pwned\'">';
    const clockwiseRing = [[[46, 41], [46, 41.5], [46.5, 41.5], [46.5, 41], [46, 41]]];
    const file = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name' },
      features: [
        { ...point(EMPTY_SPOT, { name: 'Well 7', note: markup }), bbox: [1, 2, 3] },
        { type: 'Feature', properties: { name: 'Field' }, geometry: { type: 'Polygon', coordinates: clockwiseRing } },
      ],
    });
    await addFile(page, 'wells.geojson', file);
    const message = await messageFor(page, 'wells');
    expect(message.kind).toContain('done');
    expect(message.text).toMatch(/2 features/);
    expect(message.text).toMatch(/wound the wrong way/);
    expect(message.text).toMatch(/not define were ignored: "crs"/);
    expect(message.text).toMatch(/bbox is of odd shape/);
    expect(await userLayerNames(page)).toEqual(['wells']);

    // A new name and colour, as the user would set them.
    await page.fill('.user-layer-name', 'Wells of mine');
    await page.press('.user-layer-name', 'Enter');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers[0]?.name === 'Wells of mine');
    await page.fill('.user-layer-color', '#00aa00');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers[0]?.color.join() === '0,170,0');

    await waitForMapIdle(page);
    const spot = await projectToPage(page, EMPTY_SPOT);
    await page.mouse.click(spot.x, spot.y);
    const popup = await page.waitForSelector('.user-feature-popup');
    expect(await popup.textContent()).toContain('Well 7');
    expect(await popup.textContent()).toContain(markup);
    expect(await popup.$('img')).toBeNull();
    expect(await page.title()).not.toBe('pwned');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.user-feature-popup', { state: 'detached' });

    await page.evaluate(() => window.corridorAtlasStore!.getState().setPresentation({ on: true, legend: true }));
    const legend = await page.waitForSelector('.map-legend');
    expect(await legend.textContent()).toContain('Wells of mine');
    await page.evaluate(() => window.corridorAtlasStore!.getState().setPresentation({ on: false }));
    await waitForMapIdle(page);
  });

  it('keeps the layer after a reload', async () => {
    const { page } = atlas;
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('.user-layer', { timeout: 60_000 });
    expect(await userLayerNames(page)).toEqual(['Wells of mine']);
    expect(await page.$eval('.user-layer .count', (element) => element.textContent)).toBe('(2)');
    expect(await page.$eval('.user-layer-color', (input) => (input as HTMLInputElement).value)).toBe('#00aa00');
    // A views file made after the reload carries the layer, its GeoJSON read back from the browser storage…
    const file = await exportViews(page);
    const carried = (JSON.parse(readFileSync(file, 'utf8')) as { userLayers: { name: string; geojson: { features: { properties: { name: string } }[] } }[] }).userLayers;
    expect(carried.map((layer) => layer.name)).toEqual(['Wells of mine']);
    expect(carried[0].geojson.features.map((feature) => feature.properties.name)).toEqual(['Well 7', 'Field']);
    // …and importing that file again adds nothing: the same data is known.
    await page.locator('dialog.views-dialog input[type="file"]').setInputFiles(file);
    await page.waitForFunction(() => document.querySelector('.views-message')?.textContent?.includes('already on the map'), undefined, { timeout: 60_000 });
    expect(await page.textContent('.views-message')).toBe('1 layer of your own data in this file is already on the map, the same data: not added again.');
    await page.keyboard.press('Escape');
    expect(await userLayerNames(page)).toEqual(['Wells of mine']);
    // Removed is removed: after the next reload only the layer added since comes back.
    await page.click('.user-layer .remove-layer');
    await addFile(page, 'other.geojson', collection(point([45, 41])));
    await messageFor(page, 'other');
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('.user-layer', { timeout: 60_000 });
    expect(await userLayerNames(page)).toEqual(['other']);
    await page.click('.user-layer .remove-layer');
  });
});

describe('your features in the table', () => {
  it('open from their row, by click or Enter, as a click on the map opens them: in view, with their properties', async () => {
    // A page of its own (its own storage): it moves the map away from the view the other tests start from.
    const { page } = await openAtlas(browser, baseUrl);
    const depot: [number, number] = [46.4, 39.2];
    const road = [
      [41.8, 42.2],
      [42.3, 42.5],
    ];
    await addFile(
      page,
      'depots.geojson',
      collection(point(depot, { name: 'Depot 9', keeper: 'Rail yard' }), {
        type: 'Feature',
        properties: { name: 'Yard road', surface: 'gravel' },
        geometry: { type: 'LineString', coordinates: road },
      }),
    );
    expect((await messageFor(page, 'depots')).kind).toContain('done');
    // Somewhere else, close in: neither feature is in view.
    await page.evaluate(() => window.corridorAtlas!.moveAsUser({ center: [44.8, 41.7], zoom: 9 }));
    await waitForMapIdle(page);

    const inOpenView = async (lonLat: [number, number]) => {
      await waitForMapIdle(page);
      const { x, y } = await projectToPage(page, lonLat);
      const map = (await page.locator('.map').boundingBox())!;
      // Not under the table, when it is open.
      const table = await page.getByRole('region', { name: 'Table of features' }).boundingBox({ timeout: 1_000 }).catch(() => null);
      return x > map.x && x < map.x + map.width && y > map.y && y < (table?.y ?? map.y + map.height);
    };
    expect(await inOpenView(depot)).toBe(false);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of features' });
    await table.getByRole('button', { name: 'Depot 9', exact: true }).focus();
    await page.keyboard.press('Enter');
    const popup = page.getByRole('dialog', { name: 'Feature of depots' });
    await expect.poll(() => popup.textContent(), { timeout: 30_000 }).toMatch(/Depot 9.*keeperRail yard/);
    expect(await inOpenView(depot)).toBe(true);
    // The popup stands by the feature, where a click on it would have put it.
    const at = await projectToPage(page, depot);
    const box = (await popup.boundingBox())!;
    expect(Math.hypot(box.x - at.x, box.y - at.y)).toBeLessThan(40);

    // A click anywhere on another row opens that one instead.
    await table.getByRole('row', { name: /Yard road/ }).getByRole('cell', { name: 'depots (your data)' }).click();
    await expect.poll(() => popup.textContent(), { timeout: 30_000 }).toMatch(/Yard road.*surfacegravel/);
    expect(await inOpenView([42.05, 42.35])).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup.count()).toBe(0);
    await page.close();
  });
});

describe('a large file', () => {
  it('imports 100,000 lines (1,000,000 vertices) while the page keeps answering clicks, then draws them', async () => {
    const { page } = atlas;
    expect(await userLayerNames(page)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
    try {
      const file = join(dir, 'hundred thousand lines.geojson');
      writeFileSync(file, syntheticLines(100_000, 10));
      const { feature, midpoint } = solidLineMidpoint();
      const { x, y } = await projectToPage(page, midpoint);

      await page.setInputFiles('[data-testid=user-file]', file);
      await page.waitForSelector('.import-progress');
      // While the file is read and checked, a click on the atlas is answered in the sidebar.
      await page.mouse.click(x, y);
      await page.waitForFunction((name) => document.querySelector('#feature-name')?.textContent === name, feature.properties.name, { timeout: 60_000 });

      // Back to the layer list, where the import tells how it went.
      await page.getByRole('tab', { name: 'Find' }).click();
      const message = await messageFor(page, 'hundred thousand lines', 120_000);
      expect(message.kind).toContain('done');
      expect(message.text).toMatch(/100,000 features/);
      expect(await userLayerNames(page)).toEqual(['hundred thousand lines']);
      // In the table: its features counted, the first of them listed by name.
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      const table = page.getByRole('region', { name: 'Table of features' });
      await table.getByText('the first 500 of its 100,000 features are listed').waitFor();
      expect(await table.getByRole('rowheader', { name: 'Feature 1', exact: true }).count()).toBe(1);
      await page.getByRole('button', { name: 'Close table' }).click();
      // Drawn: the layer's colour covers the empty mountains where the generated lines lie thick.
      await waitForMapIdle(page);
      const spot = await projectToPage(page, EMPTY_SPOT);
      const shot = await screenshot(page);
      expect(closestColorNear(shot, spot.x, spot.y, USER_LAYER_COLORS[0], 6).distance).toBeLessThan(40);
      await page.click('.user-layer .remove-layer');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId === null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('measuring a distance', () => {
  it('toggles from the keyboard, measures Baku–Tbilisi along the ground, and ends with Escape', async () => {
    const { page } = atlas;
    await page.focus('.measure-tool > button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.measure-tool > button[aria-pressed=true]');
    for (const place of [
      [49.867, 40.409],
      [44.793, 41.715],
    ] as [number, number][]) {
      const at = await projectToPage(page, place);
      await page.mouse.click(at.x, at.y);
    }
    const km = Number((await (await page.waitForSelector('.measure-km')).textContent())!.replace(/[^\d.]/g, ''));
    // About 450 km as the crow flies; a click is a few pixels (a few km at this zoom) off its place.
    expect(km).toBeGreaterThan(430);
    expect(km).toBeLessThan(470);
    // Measuring clicks select nothing.
    expect(await page.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).toBeNull();
    await page.mouse.click(10, 10);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.measure-tool > button[aria-pressed=false]');
    expect(await page.$('.measure-km')).toBeNull();
  });
});

describe('two tabs of the atlas at once', () => {
  it('lose neither tab\'s saved view nor its layer, and each tab shows what the other added', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tabs: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await context.newPage();
      await throttleIfAsked(page);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(baseUrl);
      await waitForMapIdle(page);
      tabs.push(page);
    }
    const [first, second] = tabs;
    const saveView = async (page: Page, name: string) => {
      await page.getByRole('button', { name: 'Views & presenting' }).click();
      await page.getByRole('textbox', { name: 'Name of this view' }).fill(name);
      await page.getByRole('button', { name: 'Save this view' }).click();
      await page.locator('.saved-views li', { hasText: name }).waitFor();
      await page.keyboard.press('Escape');
    };
    // Both tabs opened with no views; each saves one, the second without reloading.
    await saveView(first, 'Saved in the first tab');
    await saveView(second, 'Saved in the second tab');
    const savedNames = (page: Page) => page.$$eval('.saved-views li', (items) => items.map((item) => item.textContent ?? ''));
    await first.getByRole('button', { name: 'Views & presenting' }).click();
    await expect.poll(() => savedNames(first)).toEqual([expect.stringContaining('first tab'), expect.stringContaining('second tab')]);
    await first.keyboard.press('Escape');

    // Each tab adds a layer of its own; each then draws both.
    await addFile(first, 'depots.geojson', collection(point([44.8, 41.7], { name: 'Depot' })));
    expect((await messageFor(first, 'depots')).kind).toContain('done');
    await addFile(second, 'yards.geojson', collection(point([49.8, 40.4], { name: 'Yard' })));
    expect((await messageFor(second, 'yards')).kind).toContain('done');
    // The list shows the newest layer first, as it is drawn on top.
    await expect.poll(() => userLayerNames(first)).toEqual(['yards', 'depots']);
    await expect.poll(() => userLayerNames(second)).toEqual(['yards', 'depots']);

    // A rename in one tab reaches the other, and both survive a reload.
    const depotsName = first.getByRole('textbox', { name: 'Name of the layer depots' });
    await depotsName.fill('rail depots');
    await depotsName.blur();
    await expect.poll(() => userLayerNames(second)).toEqual(['yards', 'rail depots']);
    await second.reload();
    await waitForMapIdle(second);
    await expect.poll(() => userLayerNames(second)).toEqual(['yards', 'rail depots']);
    await second.getByRole('button', { name: 'Views & presenting' }).click();
    expect(await savedNames(second)).toHaveLength(2);
    await context.close();
  });
});

describe('your own layer styled by its properties', () => {
  it('colours the points by a property, keys each colour in the legend, and labels the points by another', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { width: 1280, height: 800 });
    // Three depots on the Greater Caucasus, where the atlas draws nothing: two by rail, one a port.
    const spots: [number, number][] = [EMPTY_SPOT, [43.3, 43.45], [44.3, 43.25]];
    const kinds = ['rail', 'rail', 'port'];
    await addFile(page, 'depots.geojson', collection(...spots.map((spot, i) => point(spot, { name: `Depot ${i + 1}`, kind: kinds[i] }))));
    expect((await messageFor(page, 'depots')).kind).toContain('done');

    await page.getByText('Colour and labels by a property').click();
    await page.getByRole('combobox', { name: 'Colour depots by' }).selectOption('kind');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers[0]?.style?.colorBy === 'kind');
    await waitForMapIdle(page);
    const shot = await screenshot(page);
    // The commonest value takes the first colour of the scheme (orange), the next the second (sky blue).
    const colourOf: Record<string, [number, number, number]> = { rail: [230, 159, 0], port: [86, 180, 233] };
    for (const [i, spot] of spots.entries()) {
      const { x, y } = await projectToPage(page, spot);
      expect(closestColorNear(shot, x, y, colourOf[kinds[i]], 4).distance, `depot ${i + 1}, ${kinds[i]}`).toBeLessThan(40);
    }

    // The key names each colour.
    await page.evaluate(() => window.corridorAtlasStore!.getState().setPresentation({ on: true, legend: true }));
    const legend = await page.waitForSelector('.map-legend');
    expect(await legend.textContent()).toContain('depots: rail');
    expect(await legend.textContent()).toContain('depots: port');
    await page.evaluate(() => window.corridorAtlasStore!.getState().setPresentation({ on: false }));
    await waitForMapIdle(page);

    // Labelled by name: the words appear above each point (dark letters where there were none).
    const { x, y } = await projectToPage(page, spots[2]);
    const darkAbove = (picture: Awaited<ReturnType<typeof screenshot>>) => {
      let dark = 0;
      for (let dy = -30; dy <= -8; dy++) for (let dx = -30; dx <= 30; dx++) if (picture.pixel(x + dx, y + dy).every((channel) => channel < 90)) dark++;
      return dark;
    };
    const before = darkAbove(await screenshot(page));
    await page.getByRole('combobox', { name: 'Label the points of depots by' }).selectOption('name');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers[0]?.style?.labelBy === 'name');
    await waitForMapIdle(page);
    await expect.poll(async () => darkAbove(await screenshot(page))).toBeGreaterThan(before + 20);

    // The style is kept with the layer: after a reload it is drawn the same.
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers[0]?.style?.colorBy === 'kind');
    expect(await page.evaluate(() => window.corridorAtlasStore!.getState().userLayers[0]?.style)).toEqual({ colorBy: 'kind', labelBy: 'name' });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('what the file checker says, in the language shown', () => {
  const catalogue = (lang: Lang) => JSON.parse(readFileSync(new URL(`../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  /** A message of the catalogue in a language, formatted as the page formats it. */
  const said = (lang: Exclude<Lang, 'en'>, id: string, values?: Record<string, string | number>) =>
    createIntl({ locale: LOCALES[lang], messages: catalogue(lang) }).formatMessage({ id }, values);
  const shownMessage = (page: Page) => page.locator('.import-message p').textContent();

  it('a broken file in Armenian says where it breaks, with the file’s name as given; in Russian once the language changes', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { path: '#lang=hy' });
    const name = 'not-json.geojson';
    await addFile(page, name, '{\n  "type": "FeatureCollection",\n  "features": [\n  }');
    expect((await messageFor(page, name)).kind).toContain('error');
    expect(await shownMessage(page)).toBe(`${said('hy', 'userData.notAdded', { name })} ${said('hy', 'json.invalidAt', { line: '4', column: '3' })}`);
    expect(await shownMessage(page)).toContain('«not-json.geojson»');
    expect(await englishLeftBehind(page, 'hy', ['.import-message'], [name])).toEqual([]);

    // The message is worded, not written once: it follows the language the reader picks.
    await page.getByRole('combobox', { name: said('hy', 'header.language') }).selectOption('ru');
    await expect.poll(() => shownMessage(page)).toBe(`${said('ru', 'userData.notAdded', { name })} ${said('ru', 'json.invalidAt', { line: '4', column: '3' })}`);
    expect(await englishLeftBehind(page, 'ru', ['.import-message'], [name])).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('in Azerbaijani: a CSV’s bad cell by its line, as written; an unusual file’s warnings', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#lang=az' });
    const name = 'bad-row.csv';
    await addFile(page, name, 'name,longitude,latitude\nDepot,45.1,40.2\nYard,forty,40.3\n', 'text/csv');
    expect((await messageFor(page, name)).kind).toContain('error');
    expect(await shownMessage(page)).toBe(`${said('az', 'userData.notAdded', { name })} ${said('az', 'csv.longitudeNotNumber', { line: '3', text: 'forty' })}`);
    expect(await englishLeftBehind(page, 'az', ['.import-message'], [name, 'forty'])).toEqual([]);

    const clockwiseRing = [[[46, 41], [46, 41.5], [46.5, 41.5], [46.5, 41], [46, 41]]];
    const file = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name' }, features: [{ type: 'Feature', properties: { name: 'Field' }, geometry: { type: 'Polygon', coordinates: clockwiseRing } }] });
    await addFile(page, 'fields.geojson', file);
    expect((await messageFor(page, 'fields')).kind).toContain('done');
    expect(await page.locator('.import-warnings li').allTextContents()).toEqual([
      said('az', 'check.warning.windings', { count: 1 }),
      said('az', 'check.warning.extraMembers', { names: '"crs"' }),
    ]);
    expect(await englishLeftBehind(page, 'az', ['.import-message'], ['fields', '"crs"'])).toEqual([]);
  });
});
