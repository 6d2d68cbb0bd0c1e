/**
 * The atlas in one file (`npm run pack`), as a teacher uses it: double-clicked from a USB stick,
 * opened from `file://` in a room with no network. The browser is offline and every request that
 * is not the file itself (or a data:/blob: URL the page makes) is cut; the map, the reader,
 * search, the tour, the pictures, a user's own file and the other languages must all still work.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { browser, closestColorNear, hexToRgb, projectToPage, screenshot, throttleIfAsked, waitForCamera, waitForMapIdle } from './harness.ts';
import { parseTour } from '../../src/model/validation/tourSchema.ts';
import { LIGHT } from '../../src/style/palette.ts';
import { colorDistance } from '../../src/style/colour.ts';

const tour = parseTour(JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8'))).tour!;
const russian = JSON.parse(readFileSync('src/i18n/messages/ru.json', 'utf8')) as Record<string, string>;
const russianTour = JSON.parse(readFileSync('data/tours/region-walkthrough.ru.json', 'utf8')) as { steps: { title: string }[] };

/** Addresses the packed page may reach: itself, and what it makes in memory. */
const OWN = /^(file|data|blob):/;

let packedPath: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  // Built the way a teacher would make it (the last line printed is the page), once: npm test packs
  // it beside its other checks and names it here, so the browser stage does not build it again.
  packedPath = process.env.ATLAS_PACKED_PAGE ?? execFileSync('npx', ['tsx', 'scripts/pack.ts'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  console.info(`packed atlas: ${(statSync(packedPath).size / 1024 / 1024).toFixed(2)} MB`);

  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  // No network: offline, and anything that still tries to leave the file is cut.
  await context.setOffline(true);
  await context.route(
    (url) => !OWN.test(url.href),
    (route) => route.abort('internetdisconnected'),
  );
  page = await context.newPage();
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await throttleIfAsked(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(pathToFileURL(packedPath).href);
  await waitForMapIdle(page);
}, 600_000);

afterAll(async () => {
  await context?.close();
});

describe('the atlas in one file, from file:// with the network cut', () => {
  it('is one page that draws the map: the basemap, the features and the country names', async () => {
    expect(new URL(page.url()).protocol).toBe('file:');
    await waitForCamera(page);
    const shot = await screenshot(page);
    // The Caspian is drawn as water, the land beside it in a country's tint: the tiles came from the file.
    // The open south Caspian, clear of the routes across it and of its name.
    const sea = await projectToPage(page, [51.3, 38.4]);
    expect(closestColorNear(shot, sea.x, sea.y, hexToRgb(LIGHT.water), 4).distance).toBeLessThan(8);
    const land = await projectToPage(page, [48.9, 40.3]);
    const tints = LIGHT.countryTints.map((tint) => closestColorNear(shot, land.x, land.y, hexToRgb(tint), 6).distance);
    expect(Math.min(...tints)).toBeLessThan(8);
    // The names come from the file too, and are drawn in the country-name ink.
    await page.waitForFunction(() => window.corridorAtlas!.placedLabels().some((label) => label.kind === 'country'));
    const countries = await page.evaluate(() => window.corridorAtlas!.placedLabels().filter((label) => label.kind === 'country').map((label) => label.name));
    expect(countries).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia']));
    // The features from the data file are on the map, named in its key.
    expect(await page.locator('.map-key, .map-legend').first().textContent()).toContain('Middle Corridor');
  });

  it('finds "Nakhchivan", shows a feature’s passages and opens them in the reader', async () => {
    await page.getByRole('searchbox', { name: /search/i }).fill('Nakhchivan');
    const results = page.locator('.search-results');
    const first = results.getByRole('button', { name: /Nakhchivan/ }).first();
    await first.click();
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId !== null);
    const passages = page.locator('.feature-details figure.passage');
    await expect.poll(() => passages.count()).toBeGreaterThan(0);
    // The passage is the document's words, from the data file carried in the page.
    const quoted = (await passages.first().locator('blockquote, mark').first().textContent())!.trim();
    expect(quoted.length).toBeGreaterThan(10);
    await passages.first().getByRole('button', { name: 'Read in source' }).click();
    const open = page.locator('.reader-text mark.open').first();
    await open.waitFor();
    expect(await open.isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Documents' }).getAttribute('aria-selected')).toBe('true');
    await waitForCamera(page);
  });

  it('runs the tour: a step’s caption, then the next step’s', async () => {
    await page.evaluate(() => (window.location.hash = ''));
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const caption = page.locator('.tour-caption h2');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().stepIndex === 0);
    await expect.poll(() => caption.textContent()).toBe(tour.steps[0].title);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().stepIndex === 1);
    await expect.poll(() => caption.textContent()).toBe(tour.steps[1].title);
    await waitForCamera(page);
    await waitForMapIdle(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !window.corridorAtlasStore!.getState().presentation.on);
  });

  it('switches the interface, and the tour, to Russian', async () => {
    await page.getByRole('combobox', { name: 'Language of the interface' }).selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.getByRole('button', { name: russian['header.tour'] }).click();
    await expect.poll(() => page.locator('.tour-caption h2').textContent()).toBe(russianTour.steps[0].title);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: russian['header.language'] }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('exports the map as a PNG picture', async () => {
    await page.getByRole('button', { name: 'Export picture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByLabel('Size').selectOption('slide-hd');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export PNG' }).click()]);
    const picture = PNG.sync.read(readFileSync(await download.path()));
    expect([picture.width, picture.height]).toEqual([1920, 1080]);
    // The picture's basemap was drawn from the carried tiles: water and land, not a blank.
    const water = hexToRgb(LIGHT.water);
    let waterPixels = 0;
    for (let i = 0; i < picture.data.length; i += 4 * 97) {
      if (colorDistance([picture.data[i], picture.data[i + 1], picture.data[i + 2]], water) < 8) waterPixels++;
    }
    expect(waterPixels).toBeGreaterThan(100);
    await page.keyboard.press('Escape');
  }, 180_000);

  it('reads a user’s own file in its worker', async () => {
    await page.getByRole('tab', { name: 'Find' }).click();
    // Without a search, the Find panel shows the layers and the user's own data under them.
    await page.getByRole('searchbox', { name: /search/i }).fill('');
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'A school' }, geometry: { type: 'Point', coordinates: [44.5, 40.2] } }],
    });
    await page.setInputFiles('[data-testid=user-file]', { name: 'school.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    // The layer is named after the file: the worker read it, checked it and laid it out.
    const message = page.locator('.import-message');
    await message.waitFor({ timeout: 60_000 });
    expect(await message.textContent()).toContain('school');
    expect(await message.getAttribute('class')).toContain('done');
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().userLayers.length === 1);
  });

  it('asked for nothing beyond the file, and said nothing went wrong', () => {
    expect(requests.filter((url) => !OWN.test(url))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
