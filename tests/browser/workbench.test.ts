/**
 * The analyst's workbench as an analyst uses it: facets that answer a question in three actions,
 * the answer taken away as GeoJSON, CSV and Web Annotations, a passage copied as a citation that
 * leads back, and search that forgives how a name is written.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { bbox } from '@turf/turf';
import { atlasAtOpeningView, baseUrl, browser, openAtlas, throttleIfAsked, waitForCamera, waitForMapIdle } from './harness.ts';
import { INITIAL_BOUNDS } from '../../src/model/view/camera.ts';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../scripts/lib/onDisk.ts';
import { parseViewHash } from '../../src/model/view/viewState.ts';
import { passageKey } from '../../src/model/documents/citationIndex.ts';
import { anchorQuote } from '../../src/model/documents/anchor.ts';

const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const texts = sourceTexts();
const ANSWER = ['l330-jabrayil-aghband', 'l330-nakhchivan-ordubad'];

const drawnIds = (page: Page) =>
  page.evaluate(() => window.corridorAtlas!.exportSnapshot().scene.drawn.map((feature) => feature.id).sort());

async function askTheAnalystsQuestion(page: Page) {
  const filter = page.getByRole('region', { name: 'Filter' });
  await filter.getByRole('button', { name: /^Under construction/ }).click();
  await filter.getByRole('button', { name: /^Azerbaijan/ }).click();
  await filter.getByLabel('Voltage from (kV)').fill('300');
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('facets', () => {
  it('answers "what is under construction in Azerbaijan above 300 kV" in three actions, on the map, in the lists and in the link', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { width: 1280, height: 720 });
    await askTheAnalystsQuestion(page);
    await expect.poll(() => drawnIds(page)).toEqual(ANSWER);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByRole('region', { name: 'Filter' }).getByRole('status').textContent()).toMatch(/^2 of \d+ features on the map/);
    // The layer list counts what the filter leaves.
    const layers = page.locator('.layers');
    await expect.poll(() => layers.locator('.layer-toggle', { hasText: '330 kV line to Nakhchivan' }).textContent()).toMatch(/\(2\)$/);
    await expect.poll(() => layers.locator('.layer-toggle', { hasText: 'Southern Gas Corridor' }).textContent()).toMatch(/\(0\)$/);
    // The whole filter is in the link: opened elsewhere, it asks the same question.
    const link = page.url();
    expect(parseViewHash(new URL(link).hash).view.filter).toMatchObject({ statuses: ['under construction'], countries: ['Azerbaijan'], voltageKv: { min: 300, max: null } });
    const again = await openAtlas(browser, baseUrl, { path: new URL(link).hash });
    expect(await drawnIds(again.page)).toEqual(ANSWER);
    // The link opens at the whole region, where the two are small: one click brings them close.
    await again.page.getByRole('button', { name: /^Zoom to them: the 2 features shown/ }).click();
    await waitForCamera(again.page);
    const [[west, south], [east, north]] = await again.page.evaluate(() => window.corridorAtlas!.shownFrame().bounds);
    for (const id of ANSWER) {
      const [featureWest, featureSouth, featureEast, featureNorth] = bbox(features.find((feature) => feature.id === id)!);
      expect([featureWest > west, featureSouth > south, featureEast < east, featureNorth < north], id).toEqual([true, true, true, true]);
    }
    const [[regionWest], [regionEast]] = INITIAL_BOUNDS;
    expect(east - west, 'degrees of longitude in view').toBeLessThan((regionEast - regionWest) / 4);
    // What the documents say: the table lists each with its passages, a row selects it on the map.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of features' });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await table.getByRole('button', { name: /Jabrayil–Aghband/ }).click();
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).toBe('l330-jabrayil-aghband');
    expect(consoleErrors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('sorts the table from the keyboard and says how it is sorted', async () => {
    const { page } = await openAtlas(browser, baseUrl, { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of features' });
    const header = table.getByRole('columnheader', { name: /Voltage/ });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const firstRow = () => table.locator('tbody tr').first().getByRole('rowheader').textContent();
    await expect.poll(firstRow).toMatch(/400 kV/);
    await page.keyboard.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(firstRow).toMatch(/330 kV/);

    // A tour started with the table open has its buttons in reach (the table steps aside), and
    // the table comes back as it was when the tour ends.
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await expect.poll(() => table.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Next view' }).click({ timeout: 5_000 });
    await expect.poll(() => page.locator('.presentation-step').textContent()).toMatch(/^2\//);
    await page.getByRole('button', { name: 'Exit (Esc)' }).click({ timeout: 5_000 });
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });

  it('lists only the features in view when asked', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#map=8/39.1/46.2' });
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of features' });
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(features.length);
    await table.getByLabel('Only those in view').check();
    await expect.poll(() => rows.count()).toBeLessThan(features.length);
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toContain('330 kV line to Nakhchivan: Jabrayil–Aghband segment');
    expect(names).not.toContain('Port of Aktau');
    await page.close();
  });

  it('shows one layer in one click', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('button', { name: 'Only Southern Gas Corridor' }).click();
    await expect.poll(() => drawnIds(page)).toEqual(features.filter((f) => f.properties.layer === 'southern-gas-corridor').map((f) => f.id).sort());
  });
});

describe('data and citations out', () => {
  it('downloads what is filtered as GeoJSON, CSV, KML and Web Annotations that open and parse', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#status=under_construction&country=Azerbaijan&kv=300..' });
    await page.getByRole('button', { name: 'Table', exact: true }).click();

    const geojson = JSON.parse(await downloaded(page, 'GeoJSON'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f: { id: string }) => f.id).sort()).toEqual(ANSWER);
    for (const feature of geojson.features) {
      expect(feature.properties.status).toBe('under construction');
      expect(feature.properties.passages.length).toBe(index.citationsByFeature.get(feature.id)!.length);
      expect(feature.properties.figures.some((f: { unit: string; value: number }) => f.unit === 'kV' && f.value === 330)).toBe(true);
    }

    const csv = await downloaded(page, 'CSV');
    expect(csv).toMatch(/\r\n$/);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.id).sort()).toEqual(ANSWER);
    expect(parsed.data.every((row) => row.voltage_kv === '330' && row.geometry_accuracy !== '')).toBe(true);
    // A GIS can place each row from the CSV alone: the lines come as WKT.
    expect(parsed.data.every((row) => /^(MULTI)?LINESTRING \(\d/.test(row.wkt))).toBe(true);

    // Read as Google Earth would: well-formed XML, a named placemark per feature.
    const kml = await downloaded(page, 'KML');
    const placemarks = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      if (xml.querySelector('parsererror')) return ['not XML'];
      return [...xml.querySelectorAll('Placemark > name')].map((name) => name.textContent ?? '');
    }, kml);
    expect(placemarks.sort()).toEqual(ANSWER.map((id) => features.find((f) => f.id === id)!.properties.name).sort());

    const annotations = JSON.parse(await downloaded(page, 'Citations (Web Annotations)'));
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const expected = ANSWER.reduce((sum, id) => sum + index.citationsByFeature.get(id)!.length, 0);
    expect(annotations.first.items).toHaveLength(expected);
    for (const item of annotations.first.items) {
      const quote = item.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      expect(anchorQuote(texts['bulletin-2026-02'], quote).ok).toBe(true);
    }
    await page.close();
  });

  it('copies a passage as a citation: quote, document, section and a link that opens that passage', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const passage = index.citationsByFeature.get('l330-nakhchivan-ordubad')!.find((p) => texts[p.source].slice(p.start, p.end).includes('105-kilometer'))!;
    const page = await context.newPage();
    await throttleIfAsked(page);
    await page.goto(new URL(`#passage=${passageKey(passage)}`, baseUrl).href);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Citation copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('“a parallel 105-kilometer section running from Nakhchivan to the Ordubad border”');
    expect(copied).toContain('Bulletin: Highlight of the Foreign Policy of Republic of Azerbaijan');
    expect(copied).toMatch(/II\. Zangezur Power Line/);
    const link = copied.trim().split('\n').at(-1)!;
    const back = await context.newPage();
    await throttleIfAsked(back);
    await back.goto(link);
    await waitForMapIdle(back);
    expect(await back.evaluate(() => window.corridorAtlasStore!.getState().passage)).toEqual({ source: passage.source, start: passage.start, end: passage.end });
    await expect.poll(() => back.locator('mark.open').first().textContent()).toMatch(/105-kilometer/);

    // The feature's panel copies a link to the view itself, which opens the same feature, year and all.
    await back.goto(new URL('#feature=bsc-submarine-cable&year=2030', baseUrl).href);
    await waitForMapIdle(back);
    await back.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => back.getByRole('button', { name: 'Link copied' }).count()).toBe(1);
    const view = await back.evaluate(() => navigator.clipboard.readText());
    const reopened = await context.newPage();
    await reopened.goto(view);
    await waitForMapIdle(reopened);
    expect(await reopened.evaluate(() => ({ selected: window.corridorAtlasStore!.getState().selectedId, year: window.corridorAtlasStore!.getState().year }))).toEqual({
      selected: 'bsc-submarine-cable',
      year: 2030,
    });
    await context.close();
  });
});

describe('search that forgives', () => {
  const firstFeature = async (page: Page, query: string) => {
    await page.getByRole('searchbox', { name: /search/i }).fill(query);
    const first = page.locator('.search-results .feature-list button').first();
    await first.waitFor();
    return first.textContent();
  };

  it('finds the issue’s queries: a plain hyphen, an abbreviation, a unit written out, other spellings', async () => {
    const { page } = await atlasAtOpeningView();
    expect(await firstFeature(page, 'Baku-Tbilisi-Kars')).toMatch(/Baku–Tbilisi–Kars railway/);
    expect(await firstFeature(page, 'BTK')).toMatch(/Baku–Tbilisi–Kars railway/);
    expect(await firstFeature(page, 'kilovolt')).toMatch(/kV/);
    expect(await firstFeature(page, 'Nakhichevan')).toMatch(/Nakhchivan/);
    expect(await firstFeature(page, 'Stepanakert')).toMatch(/Khankendi/);
    // The bulletin's table of contents is not offered as a passage.
    await page.getByRole('searchbox', { name: /search/i }).fill('Zangezur Power Line Construction Begins');
    const passages = page.locator('.text-results li');
    await passages.first().waitFor();
    expect(await passages.allTextContents()).not.toContainEqual(expect.stringMatching(/Construction Begins as Azerbaijan Expands Regional Energy Connectivity\*\*/));
  });
});
