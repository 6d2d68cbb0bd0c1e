/**
 * Feature ↔ passage, both ways, as a user does it: click a route and read what the documents
 * say; click a passage and see the map go to the route; search; follow a link; use the keyboard.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { along, bbox, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { atlasAtLink, atlasAtOpeningView, baseUrl, browser, mapShowsBounds, openAtlas, projectToPage, throttle, waitForCamera, waitForMapIdle } from './harness.ts';
import { citationIndexFromDisk, datasetFromDisk } from '../../scripts/lib/onDisk.ts';

const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const byId = new Map(features.map((f) => [f.id, f]));

const selectedId = (page: Page) => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId);


/** Whether the map's visible bounds hold the whole feature. */
function mapShowsFeature(page: Page, id: string): Promise<boolean> {
  return mapShowsBounds(page, bbox(byId.get(id)!));
}

describe('feature → passages', () => {
  it('clicking the TRIPP route on the map shows its passages in the sidebar, even on a slow machine', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#map=8.2/39.0/46.3' });
    const tripp = byId.get('tripp-syunik-route') as Feature<LineString>;
    const point = along(tripp, length(tripp) * 0.5).geometry.coordinates as [number, number];
    const { x, y } = await projectToPage(page, point);
    // A busy main thread (4× slower) and a hover first: the click must still select.
    const fullSpeed = await throttle(page, 4);
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 5 });
    await page.mouse.click(x, y);
    // TRIPP runs with the 330 kV line along the Aras: a click there may offer a choice.
    const chooser = page.getByRole('dialog', { name: 'Features here' });
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId !== null || document.querySelector('.pick-chooser'));
    if (await chooser.isVisible()) await chooser.getByRole('button', { name: tripp.properties!.name }).click();
    await expect.poll(() => selectedId(page)).toBe('tripp-syunik-route');

    const details = page.locator('.feature-details');
    await expect.poll(() => details.locator('h2').textContent()).toBe(tripp.properties!.name);
    const passages = details.locator('figure.passage');
    expect(await passages.count()).toBe(index.citationsByFeature.get('tripp-syunik-route')!.length);
    // Passages that are context for the route (Aliyev's corridor, the rail feasibility study) stand apart from those that describe it.
    const contextCount = index.citationsByFeature.get('tripp-syunik-route')!.filter((c) => c.role === 'context').length;
    expect(contextCount).toBeGreaterThan(0);
    const context = details.getByRole('region', { name: 'Context' });
    expect(await context.getByRole('heading').textContent()).toBe(`Also mentioned in… (${contextCount})`);
    expect(await context.locator('figure.passage').count()).toBe(contextCount);
    expect(await details.getByRole('region', { name: 'Passages' }).locator('figure.passage').count()).toBe(
      index.citationsByFeature.get('tripp-syunik-route')!.length - contextCount,
    );
    // The bulletin's name for the route is shown as the bulletin's.
    expect(await details.locator('.alternate-names').textContent()).toContain('Zangezur corridor (the bulletin’s term)');
    expect(await passages.first().locator('mark').textContent()).toBeTruthy();
    await expect.poll(() => details.textContent()).toContain('Trump Route for International Peace and Prosperity');
    // The passage is shown with its document and section.
    expect(await passages.first().locator('figcaption').textContent()).toMatch(/^(Bulletin|Charter)/);
    await fullSpeed();
    await page.close();
  });

  it('"Read in source" opens the reader at that passage, marked', async () => {
    const { page } = await atlasAtLink('#feature=bsc-submarine-cable&panel=feature');
    await page.locator('figure.passage').first().getByRole('button', { name: 'Read in source' }).click();
    const open = page.locator('.reader-text mark.open').first();
    await open.waitFor();
    expect(await open.isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Documents' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('status evidence', () => {
  it('the date in a status note is shown with the outside source that gives it', async () => {
    const { page } = await atlasAtLink('#feature=plant-garadagh-solar&panel=feature');
    const details = page.locator('.feature-details');
    await expect.poll(() => details.locator('.status-note').textContent()).toContain('26 October 2023');
    const sources = details.locator('details.status-sources');
    await sources.locator('summary').click();
    const azernews = sources.getByRole('link', { name: /^Azernews:/ });
    expect(await azernews.getAttribute('href')).toBe('https://www.azernews.az/business/239013.html');
    expect(await sources.locator('li').first().textContent()).toContain('October 26, 2023');
  });
});

describe('passage → feature', () => {
  it('clicking a highlighted passage about the 330 kV line selects it and moves the map to it', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('button', { name: /Bulletin/ }).click();
    const mark = page.locator('.reader-text mark.cited', { hasText: '74-kilometer segment' }).first();
    await mark.scrollIntoViewIfNeeded();
    expect(await mark.getAttribute('aria-label')).toContain('Jabrayil');
    await mark.click();
    await expect.poll(() => selectedId(page)).toBe('l330-jabrayil-aghband');
    await waitForCamera(page);
    expect(await mapShowsFeature(page, 'l330-jabrayil-aghband')).toBe(true);
    // The open passage lists every feature it is cited for.
    const open = await page.evaluate(() => window.corridorAtlasStore!.getState().passage!);
    const cited = index.passageByKey.get(`${open.source}:${open.start}-${open.end}`)!;
    expect(cited.featureIds).toContain('l330-jabrayil-aghband');
    const bar = page.locator('.open-passage');
    for (const id of cited.featureIds) {
      await expect.poll(() => bar.textContent()).toContain(byId.get(id)!.properties.name);
    }
  });

  it('every feature reaches all its passages', async () => {
    const { page } = await atlasAtOpeningView();
    for (const feature of features) {
      await page.evaluate((id) => window.corridorAtlasStore!.getState().select(id), feature.id);
      const shown = await page.locator('.feature-details figure.passage').count();
      expect(shown, feature.id).toBe(index.citationsByFeature.get(feature.id)!.length);
    }
  });

  it('every feature is reached from a passage marked in the reader', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('tab', { name: 'Documents' }).click();
    const reached = new Set<string>();
    for (const name of ['US–Azerbaijan Strategic Partnership Charter', 'Azerbaijan Foreign Policy Bulletin (February 2026)']) {
      await page.getByRole('button', { name }).click();
      const marked = await page.locator('.reader-text mark.cited').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-feature-ids') ?? ''));
      marked.flatMap((ids) => ids.split(' ')).forEach((id) => reached.add(id));
    }
    for (const feature of features) expect(reached.has(feature.id), feature.id).toBe(true);
  });
});

describe('finding things', () => {
  it('searching "submarine" reaches the Black Sea cable', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('searchbox', { name: /search/i }).fill('submarine');
    const results = page.locator('.search-results');
    await results.getByRole('button', { name: /Black Sea submarine/i }).first().click();
    await expect.poll(() => selectedId(page)).toBe('bsc-submarine-cable');
    // The text results show the passage and the features it is tied to.
    await page.getByRole('tab', { name: 'Find' }).click();
    await expect.poll(() => results.locator('.text-results li').count()).toBeGreaterThan(0);
    expect(await results.locator('.text-results li').first().textContent()).toMatch(/On the map as:.*Black Sea/);
  });
});

describe('links', () => {
  it('a link with a selected feature opens on it, selected and in view', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#feature=l330-nakhchivan-ordubad&panel=feature' });
    await waitForCamera(page);
    expect(await selectedId(page)).toBe('l330-nakhchivan-ordubad');
    expect(await page.locator('.feature-details h2').textContent()).toBe(byId.get('l330-nakhchivan-ordubad')!.properties.name);
    expect(await mapShowsFeature(page, 'l330-nakhchivan-ordubad')).toBe(true);
    // The address bar keeps the selection for a reload.
    await page.reload();
    await waitForMapIdle(page);
    expect(await selectedId(page)).toBe('l330-nakhchivan-ordubad');
    await page.close();
  });

  it('a link to an id that does not exist says so and shows the default view', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { path: '#feature=no-such-pipeline' });
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/no-such-pipeline.*not in the atlas/);
    expect(await selectedId(page)).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a garbled link falls back to defaults with a notice, not a crash or injected markup', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, {
      path: `#map=zz&title=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}&passage=%E0%A4%A&feature=<b>`,
    });
    await expect.poll(() => page.locator('.notice').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('finds, selects, reads and clears without a mouse', async () => {
    const { page } = await openAtlas(browser, baseUrl);
    // Tab from the start of the page reaches the panel's tabs (past the header's buttons), then the search box.
    const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role'));
    for (let i = 0; i < 6 && (await focusedRole()) !== 'tab'; i++) await page.keyboard.press('Tab');
    expect(await focusedRole()).toBe('tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    await page.keyboard.type('submarine');
    // The results follow the typing (search's code may still be arriving): Tab goes to the first.
    await page.locator('.search-results .feature-list button').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page)).toBe('bsc-submarine-cable');

    // The Feature tab is showing; Tab reaches "Read in source"; Enter opens the reader there.
    const readButton = page.getByRole('button', { name: 'Read in source' }).first();
    for (let i = 0; i < 40 && !(await readButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.reader-text mark.open').first().waitFor();

    // In the reader, a passage takes focus and Enter selects its feature.
    const mark = page.locator('.reader-text mark.cited').first();
    await mark.focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label') ?? '',
      ids: document.activeElement?.getAttribute('data-feature-ids') ?? '',
    }));
    expect(focused.label).toContain('cited for');
    const expected = focused.ids.split(' ')[0];
    expect(expected).not.toBe('bsc-submarine-cable');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedId(page)).toBe(expected);
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().panel)).toBe('read');

    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedId(page)).toBeNull();
    await page.close();
  });

  it('labels the map controls for screen readers', async () => {
    const { page } = await atlasAtOpeningView();
    for (const name of ['Zoom in', 'Zoom out', /reset north/, /Reset view/]) {
      expect(await page.getByRole('button', { name }).count()).toBe(1);
    }
    expect(await page.getByRole('region', { name: 'Map of the region' }).count()).toBe(1);
  });
});
