/**
 * The region year by year: a link's year shows the network as it stood then, the slider moves by
 * keyboard and by touch, and a project's own timeline leads to the words that date it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browser, openAtlas } from './harness.ts';

const drawn = (page: Page) =>
  page.evaluate(() => Object.fromEntries(window.corridorAtlas!.exportSnapshot().scene.drawn.map((feature) => [feature.id, feature.properties.status ?? null])));
const year = (page: Page) => page.evaluate(() => window.corridorAtlasStore!.getState().year);

describe('the year slider', () => {
  it('opens a link at 2017 on the network as it stood then, and moves through the years by keyboard', async () => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { path: '#year=2017' });
    const in2017 = await drawn(page);
    // Baku–Tbilisi–Kars opened on 30 October 2017; TANAP was still being built; the Khizi wind farm was not begun.
    expect(in2017['mc-baku-tbilisi-kars-railway']).toBe('operating');
    expect(in2017['sgc-tanap']).toBe('under construction');
    expect(in2017).not.toHaveProperty('plant-khizi-absheron-wind-sitalchay');
    // The cable was agreed in December 2022: a forecast "by 2029" does not put it on a map of 2017.
    expect(in2017).not.toHaveProperty('bsc-submarine-cable');
    // The facets count that year: nothing was yet planned for the 330 kV line.
    const filter = page.getByRole('region', { name: 'Filter' });
    expect(await filter.getByRole('button', { name: /^Planned/ }).isDisabled()).toBe(true);

    const slider = page.getByRole('slider', { name: 'Year shown' });
    expect(await slider.inputValue()).toBe('2017');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => year(page)).toBe(2018);
    await expect.poll(() => new URL(page.url()).hash).toContain('year=2018');
    expect((await drawn(page))['sgc-tanap']).toBe('operating');

    await page.keyboard.press('End');
    await expect.poll(() => year(page)).toBe(2035);
    // The bulletin expects the cable to operate "around 2032".
    expect((await drawn(page))['bsc-submarine-cable']).toBe('operating');

    await page.getByRole('button', { name: 'Back to Feb 2026' }).click();
    await expect.poll(() => year(page)).toBeNull();
    expect(new URL(page.url()).hash).not.toContain('year=');
    expect((await drawn(page))['bsc-submarine-cable']).toBe('proposed');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lists the plans without a date, and a project\'s timeline leads to the passage that dates it', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#year=2030' });
    await page.getByRole('button', { name: /plans? without a date/ }).click();
    const list = page.locator('.undated-list');
    await list.getByRole('button', { name: /segment through Syunik/ }).click();
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).toBe('l330-syunik-segment');

    await page.evaluate(() => window.corridorAtlasStore!.getState().select('bsc-submarine-cable', { showDetails: true }));
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    expect(await timeline.locator('li').count()).toBeGreaterThanOrEqual(3);
    // Xinhua's "by the end of 2029" and the bulletin's "around 2032": both shown, the difference named.
    expect(await timeline.locator('.disagreement').textContent()).toMatch(/differ on when it is operating/);
    await timeline.locator('li', { hasText: 'around 2032' }).getByRole('button', { name: 'Read in source' }).click();
    await page.locator('.reader-text mark.open').first().waitFor();
    expect(await page.locator('.reader-text mark.open').first().textContent()).toMatch(/2032/);

    // The reader lists the passages that state a date or a status, each leading to its feature.
    await page.evaluate(() => window.corridorAtlasStore!.getState().select(null));
    const dated = page.locator('.dated-passages');
    await dated.locator('summary').click();
    await dated.getByRole('button', { name: /330 kV line to Nakhchivan: segment through Syunik/ }).first().click();
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).toBe('l330-syunik-segment');
    expect(await page.locator('.reader-text mark.open').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('moves to a year by touch on a phone', async () => {
    const { page } = await openAtlas(browser, baseUrl, { width: 390, height: 844, phone: true });
    const slider = page.getByRole('slider', { name: 'Year shown' });
    const box = (await slider.boundingBox())!;
    // Near the right end of the track: a year in the 2030s.
    await page.touchscreen.tap(box.x + box.width * 0.97, box.y + box.height / 2);
    await expect.poll(() => year(page)).toBeGreaterThanOrEqual(2028);
    expect(await page.getByRole('button', { name: 'Back to Feb 2026' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('shows a tour step in its own year, the next step in the documents\' present, and gives the map its year back', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#year=2030' });
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const caption = page.getByRole('region', { name: 'Tour' });
    await caption.waitFor();
    // The presentation hides the slider: the caption must say which year the map shows.
    while (!/^2017/.test((await caption.locator('h2').textContent()) ?? '')) await page.getByRole('button', { name: 'Next view' }).click();
    await expect.poll(() => year(page)).toBe(2017);
    expect(await caption.locator('.tour-year').textContent()).toMatch(/The map shows 2017/);
    const in2017 = await drawn(page);
    expect(in2017['mc-baku-tbilisi-kars-railway']).toBe('operating');
    expect(in2017['sgc-tanap']).toBe('under construction');

    await page.getByRole('button', { name: 'Next view' }).click();
    await expect.poll(() => year(page)).toBeNull();
    expect(await caption.locator('.tour-year').count()).toBe(0);
    expect((await drawn(page))['bsc-submarine-cable']).toBe('proposed');

    await page.keyboard.press('Escape');
    await expect.poll(() => year(page)).toBe(2030);
    await page.close();
  });
});
