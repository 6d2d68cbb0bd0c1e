/**
 * The browser's Back and Forward move between the views a user made, inside the app; and a
 * feature the filters hide is shown when it is chosen, with a word saying so.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { baseUrl, browser, mapShowsBounds, openAtlas, waitForCamera, waitForFraming } from './harness.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';

const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature]));

const selectedId = (page: Page) => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId);
const historyLength = (page: Page) => page.evaluate(() => history.length);

async function chooseSearchResult(page: Page, query: string, name: RegExp) {
  await page.getByRole('searchbox', { name: /search/i }).fill(query);
  await page.locator('.search-results').getByRole('button', { name }).first().click();
}

describe('Back and Forward', () => {
  it('Back after selecting returns to the view before, inside the app; Forward selects again; panning adds no pages', { timeout: 200_000 }, async () => {
    const { page } = await openAtlas(browser, baseUrl);
    // A mark on the page: it survives only if Back stays inside the app (no reload).
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const start = await historyLength(page);
    for (const lng of [45, 46]) {
      await page.evaluate((center) => window.corridorAtlas!.moveAsUser({ center, zoom: 6 }), [lng, 40] as [number, number]);
      await waitForFraming(page);
    }
    expect(await historyLength(page), 'pan and zoom rewrite the page').toBe(start);
    const panned = await page.evaluate(() => location.hash);

    await chooseSearchResult(page, 'submarine', /Black Sea submarine/i);
    await expect.poll(() => selectedId(page)).toBe('bsc-submarine-cable');
    await waitForFraming(page);
    expect(await historyLength(page)).toBe(start + 1);

    await page.evaluate(() => history.back());
    await expect.poll(() => selectedId(page)).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(panned);
    await waitForFraming(page);
    expect(await page.evaluate(() => window.corridorAtlas!.camera().center[0])).toBeCloseTo(46, 3);

    await page.evaluate(() => history.forward());
    await expect.poll(() => selectedId(page)).toBe('bsc-submarine-cable');
    expect(await page.locator('.feature-details h2').textContent()).toBe(byId.get('bsc-submarine-cable')!.properties.name);
    await page.close();
  });
});

describe('a feature the filters hide', () => {
  it('chosen from the search, is shown again with a notice that says which filter gave way', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#status=operating' });
    expect(await page.evaluate(() => window.corridorAtlasStore!.getState().filter.statuses?.includes('proposed'))).toBe(false);
    await chooseSearchResult(page, 'submarine', /Black Sea submarine/i);
    await expect.poll(() => selectedId(page)).toBe('bsc-submarine-cable');
    const notice = page.locator('.notice', { hasText: 'hidden by the filters' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('“proposed”');
    expect(await page.evaluate(() => window.corridorAtlasStore!.getState().filter.statuses?.includes('proposed'))).toBe(true);
    await waitForCamera(page);
    expect(await mapShowsBounds(page, bbox(byId.get('bsc-submarine-cable')!))).toBe(true);
    await page.close();
  });
});
