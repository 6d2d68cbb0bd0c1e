/**
 * The atlas kept in the browser, as a teacher uses it: opened once from the school's server, then
 * again in a room with no network. The first visit saves every file of the build (a service worker,
 * vite.config.ts) and says so; Chromium finds the atlas installable; with the network cut, a reload
 * opens the map, its names, search, the reader, the tour and a zoom level not seen online, every
 * file from the saved copy.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseUrl, browser, throttleIfAsked, waitForFraming, waitForMapIdle } from './harness.ts';
import { parseTour } from '../../src/model/validation/tourSchema.ts';

const tour = parseTour(JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8'))).tour!;

let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
/** Every response once the network is cut, and whether the saved copy gave it. */
const offlineResponses: { url: string; fromCopy: boolean }[] = [];
const failedOffline: string[] = [];
/** The basemap tiles the page fetched while online. */
const tilesOnline = new Set<string>();
let offline = false;

beforeAll(async () => {
  // The tools block the worker for their own pages (scripts/lib/chromium.ts); this page is about it.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'allow' });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (offline) offlineResponses.push({ url: response.url(), fromCopy: response.fromServiceWorker() });
    else if (response.url().includes('/basemap/tiles/')) tilesOnline.add(response.url());
  });
  page.on('requestfailed', (request) => {
    if (offline) failedOffline.push(request.url());
  });
  await throttleIfAsked(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(baseUrl);
  await waitForMapIdle(page);
});

afterAll(async () => {
  await context?.close();
});

describe('the atlas saved in the browser', () => {
  it('says when it is saved for use without a network, and Chromium finds it installable', async () => {
    // Saving 14 MB takes a while on a busy machine; the notice is the teacher's sign to disconnect.
    const saved = page.locator('.notices [role=status]');
    await saved.waitFor({ timeout: 120_000 });
    expect(await saved.textContent()).toContain('The atlas is now saved in this browser: it opens and works without a network.');

    const session = await context.newCDPSession(page);
    const manifest = (await session.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data!) as { name: string; start_url: string; icons: { sizes: string }[] };
    expect(parsed.name).toBe('Corridor Atlas');
    expect(parsed.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    // Chromium's own verdict, the one behind its "Install" button: it finds no fault with the
    // atlas (a missing icon, manifest field or worker would be named); its one objection is the
    // test's own profile, which Playwright makes an incognito one.
    const installability = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installability.installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
    await session.detach();

    await saved.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect.poll(() => saved.count()).toBe(0);
  }, 180_000);

  it('opens again with the network cut: the map and its country names, every file from the saved copy', async () => {
    await context.setOffline(true);
    offline = true;
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.corridorAtlas!.placedLabels().some((label) => label.kind === 'country'));
    const countries = await page.evaluate(() => window.corridorAtlas!.placedLabels().filter((label) => label.kind === 'country').map((label) => label.name));
    expect(countries).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia']));
    expect(await page.locator('.map-key, .map-legend').first().textContent()).toContain('Middle Corridor');
    // The page itself, its code, data file and tiles: all answered by the copy.
    expect(offlineResponses.length).toBeGreaterThan(10);
    expect(offlineResponses.filter((response) => !response.fromCopy)).toEqual([]);
  });

  it('finds a feature, reads its passage in the source, and zooms in to tiles it never showed online', async () => {
    await page.getByRole('searchbox', { name: /search/i }).fill('submarine');
    await page.locator('.search-results').getByRole('button', { name: /Black Sea/ }).first().click();
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId !== null);
    await waitForFraming(page);
    const passages = page.locator('.feature-details figure.passage');
    await expect.poll(() => passages.count()).toBeGreaterThan(0);
    await passages.first().getByRole('button', { name: 'Read in source' }).click();
    await page.locator('.reader-text mark.open').first().waitFor();

    // Deeper than the opening view: tiles the first visit did not draw, saved all the same.
    await page.evaluate(() => (window.location.hash = '#feature=tripp-syunik-route'));
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId === 'tripp-syunik-route');
    await waitForFraming(page);
    const tilesNeverSeenOnline = offlineResponses.filter((response) => response.url.includes('/basemap/tiles/') && !tilesOnline.has(response.url));
    expect(tilesNeverSeenOnline.length).toBeGreaterThan(0);
  });

  it('runs the tour with the network cut', async () => {
    await page.evaluate(() => (window.location.hash = ''));
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const caption = page.locator('.tour-caption h2');
    await expect.poll(() => caption.textContent()).toBe(tour.steps[0].title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toBe(tour.steps[1].title);
    await waitForFraming(page);
    await page.keyboard.press('Escape');
  });

  it('missed nothing offline and said nothing went wrong', () => {
    expect(failedOffline).toEqual([]);
    expect(offlineResponses.filter((response) => !response.fromCopy)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
