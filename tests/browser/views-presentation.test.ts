/**
 * The whole view in a link, named views kept across reloads and carried as files, and a
 * presentation that steps through the corridors with the arrow keys.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { atlasAtOpeningView, baseUrl, browser, mapShowsBounds, openAtlas, throttleIfAsked, waitForCamera, waitForMapIdle } from './harness.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { DEFAULT_VIEW, formatViewHash, parseViewHash, type ViewState } from '../../src/model/view/viewState.ts';
import { LAYER_IDS } from '../../src/model/features/layers.ts';

const features = datasetFromDisk();

const storeState = (page: Page) =>
  page.evaluate(() => {
    const s = window.corridorAtlasStore!.getState();
    return {
      layers: [...s.visibleLayers],
      filter: s.filter,
      selectedId: s.selectedId,
      passage: s.passage,
      reader: s.reader,
      panel: s.panel,
      palette: s.palette,
      presentation: s.presentation,
      year: s.year,
      camera: s.camera,
    };
  });

describe('the view in the link', () => {
  const view: ViewState = {
    camera: { center: [46.2, 39.1], zoom: 7.5, bearing: 15, pitch: 20 },
    layers: ['places', 'tripp', 'nakhchivan-330kv'],
    filter: { ...DEFAULT_VIEW.filter, statuses: ['under construction', 'planned', 'proposed'], countries: ['Armenia', 'Azerbaijan'] },
    feature: 'l330-syunik-segment',
    passage: { source: 'bulletin-2026-02', start: 8000, end: 8100 },
    reader: 'bulletin-2026-02',
    panel: 'read',
    palette: 'high-contrast',
    presentation: { on: true, title: 'Zangezur: power & rail', legend: false, scale: false },
    embed: false,
    year: 2030,
    lang: null,
  };

  it('restores every piece of state from a link, and keeps it in the address bar', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { path: formatViewHash(view) });
    const state = await storeState(page);
    expect(state.layers.sort()).toEqual([...view.layers].sort());
    expect(state.filter).toEqual(view.filter);
    expect(state.selectedId).toBe(view.feature);
    expect(state.passage).toEqual(view.passage);
    expect(state.reader).toBe(view.reader);
    expect(state.panel).toBe(view.panel);
    expect(state.palette).toBe(view.palette);
    expect(state.presentation).toEqual(view.presentation);
    expect(state.year).toBe(2030);
    const camera = await page.evaluate(() => window.corridorAtlas!.camera());
    expect(camera.zoom).toBeCloseTo(7.5, 2);
    expect(camera.bearing).toBeCloseTo(15, 1);
    expect(camera.pitch).toBeCloseTo(20, 1);

    // What a person sees: the presentation's title, no legend, no panel.
    expect(await page.locator('.presentation-title').textContent()).toBe(view.presentation.title);
    expect(await page.locator('.map-legend').count()).toBe(0);
    expect(await page.locator('.side-panel').isVisible()).toBe(false);

    // The address bar still says the same view.
    const { view: fromAddressBar } = parseViewHash(new URL(page.url()).hash);
    expect(fromAddressBar).toEqual({ ...view, camera: fromAddressBar.camera });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('never crashes on a garbled or hostile link', async () => {
    const { page, consoleErrors } = await atlasAtOpeningView();
    const pieces = ['map=', 'feature=', 'passage=', 'layers=', 'title=', 'status=', 'present=1', '%', '%E0%A4', '<svg/onload=alert(1)>', '&&', '==', '#', '9/9/9/9/9/9', 'bulletin-2026-02:1-99999999', 'a'.repeat(500)];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 40; i++) {
      const hash = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)] + pieces[Math.floor(random() * pieces.length)]).join('&');
      await page.evaluate((h) => (window.location.hash = h), hash);
    }
    await page.evaluate(() => (window.location.hash = ''));
    await waitForMapIdle(page);
    expect(consoleErrors).toEqual([]);
    expect(await page.locator('svg[onload]').count()).toBe(0);
    // After all that, an empty link is the default view again, and the page still answers.
    const state = await storeState(page);
    expect(state.selectedId).toBeNull();
    expect(state.passage).toBeNull();
    expect(state.layers).toHaveLength(LAYER_IDS.length);
    expect(state.presentation.on).toBe(false);
    await page.getByRole('tab', { name: 'Documents' }).click();
    // The reader's code arrives just after the first map; wait for it rather than assume it.
    await page.locator('.reader-text').waitFor();
    expect(await page.locator('.reader-text').count()).toBe(1);
  });
});

describe('named views', () => {
  it('keeps a saved view across reloads, and carries it to another browser as a file', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await throttleIfAsked(page);
    await page.goto(new URL('#feature=tripp-syunik-route&panel=feature', baseUrl).href);
    // Views are about where the map is and what is chosen, not its tiles: the camera's arrival is enough.
    await waitForCamera(page);
    await page.getByRole('button', { name: 'Views & presenting' }).click();
    await page.getByRole('textbox', { name: 'Name of this view' }).fill('TRIPP for the board');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.reload();
    await waitForCamera(page);
    await page.getByRole('button', { name: 'Views & presenting' }).click();
    const saved = page.locator('.saved-views li');
    expect(await saved.count()).toBe(1);
    expect(await saved.first().textContent()).toContain('TRIPP for the board');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-views-')), 'views.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).views[0].name).toBe('TRIPP for the board');
    await context.close();

    // A fresh browser profile: import the file, then a broken file that must not cost anything.
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const second = await other.newPage();
    await throttleIfAsked(second);
    await second.goto(baseUrl);
    await waitForCamera(second);
    await second.getByRole('button', { name: 'Views & presenting' }).click();
    await second.locator('.views-dialog input[type="file"]').setInputFiles(file);
    await expect.poll(() => second.locator('.saved-views li').count()).toBe(1);
    const broken = file.replace('views.json', 'broken.json');
    writeFileSync(broken, '{"features": []}');
    await second.locator('.views-dialog input[type="file"]').setInputFiles(broken);
    await expect.poll(() => second.locator('.views-message').textContent()).toMatch(/not a Corridor Atlas views file/);
    expect(await second.locator('.saved-views li').count()).toBe(1);

    // Going to the saved view selects what it selected.
    await second.locator('.saved-views').getByRole('button', { name: 'TRIPP for the board', exact: true }).click();
    await expect.poll(() => second.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).toBe('tripp-syunik-route');
    await other.close();
  });
});

describe('presentation mode', () => {
  it('hides the chrome and steps through the corridors with the arrow keys', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('button', { name: 'Views & presenting' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Connectivity projects');
    await page.getByRole('button', { name: 'Start presentation' }).click();
    // The presentation's overlay is loaded on demand: wait for it, not for a number of frames.
    await page.locator('.presentation-title').waitFor();
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.presentation-title').textContent()).toBe('Connectivity projects');
    await page.locator('.map-legend').waitFor();

    const steps = await page.evaluate(() => window.corridorAtlasStore!.getState().steps);
    expect(steps.length).toBeGreaterThan(3);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().stepIndex)).toBe(2);
    await waitForCamera(page);
    const step = steps[2] as { name: string; featureIds: string[] };
    expect(await page.locator('.presentation-step').textContent()).toContain(step.name);
    const box = bbox({ type: 'FeatureCollection', features: features.filter((f) => step.featureIds.includes(f.id)) });
    expect(await mapShowsBounds(page, box)).toBe(true);

    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().stepIndex)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
  });
});

describe('the guided tour', () => {
  const tour = JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8')) as {
    steps: { title: string; featureIds?: string[] }[];
  };

  it('walks a class through the region, step by step, with what each step shows and a passage', async () => {
    const { page, requests } = await atlasAtOpeningView();
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const caption = page.getByRole('region', { name: 'Tour' });
    await expect.poll(() => caption.locator('h2').textContent()).toBe(tour.steps[0].title);

    // Three steps on: the TRIPP rail chain, framed, with the document's words beside it.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const step = tour.steps[3];
    await expect.poll(() => caption.locator('h2').textContent()).toBe(step.title);
    expect(await caption.locator('figure.passage mark').textContent()).toBeTruthy();
    expect(await caption.locator('figcaption').textContent()).toMatch(/^(Bulletin|Charter)/);
    await waitForCamera(page);
    const box = bbox({ type: 'FeatureCollection', features: features.filter((f) => step.featureIds!.includes(f.id)) });
    expect(await mapShowsBounds(page, box)).toBe(true);
    expect(await page.locator('.presentation-step').textContent()).toContain(`4/${tour.steps.length}`);

    // Leaving the tour gives the presenter's own settings back.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().presentation)).toEqual({
      on: false,
      title: '',
      legend: true,
      scale: true,
    });

    // A classroom without internet: nothing was fetched from anywhere else.
    const origin = new URL(baseUrl).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  });
});
