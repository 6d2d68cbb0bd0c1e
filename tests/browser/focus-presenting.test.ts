/**
 * Where the keyboard focus goes: onto what was opened, and back to where it came from; the map
 * shows focus and pans with the arrow keys; presenting takes the full screen and Escape leaves it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atlasAtOpeningView, baseUrl, browser, openAtlas, throttleIfAsked, waitForMapIdle } from './harness.ts';

/** A short description of the focused element: its id, or its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    return active.id ? `#${active.id}` : `${active.tagName.toLowerCase()}.${active.className}: ${active.textContent?.trim().slice(0, 40)}`;
  });

describe('focus', () => {
  it('lands on the feature after a search result is chosen, and on the passage after "Read in source"', async () => {
    const { page } = await atlasAtOpeningView();
    await page.getByRole('searchbox', { name: /search/i }).fill('submarine');
    await page.locator('.search-results').getByRole('button', { name: /Black Sea submarine/i }).first().click();
    await expect.poll(() => focused(page)).toBe('#feature-name');

    await page.locator('figure.passage').first().getByRole('button', { name: 'Read in source' }).click();
    await expect.poll(() => focused(page)).toMatch(/^mark\.cited open/);
  });

  it('the map canvas shows a focus ring and pans with the arrow keys', async () => {
    const { page } = await atlasAtOpeningView();
    const canvas = page.locator('.maplibregl-canvas');
    // Reached by keyboard (Tab from the control just before it), the map shows the ring.
    await page.locator('.maplibregl-ctrl-attrib-inner a, .maplibregl-ctrl button').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction(() => document.activeElement?.classList.contains('maplibregl-canvas'));
    expect(await canvas.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const before = await page.evaluate(() => window.corridorAtlas!.camera().center[0]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((lng) => window.corridorAtlas!.camera().center[0] > lng + 0.01, before);
    await page.evaluate(() => window.corridorAtlas!.settled());
  });

  it('the first Tab offers a way straight to the map, shown only while it has the focus', async () => {
    // A fresh page: the first Tab of a visit, not one after the earlier tests moved the focus.
    const { page } = await openAtlas(browser, baseUrl);
    const skip = page.getByRole('button', { name: 'Skip to the map' });
    expect((await skip.boundingBox())!.width, 'hidden until reached').toBeLessThanOrEqual(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toMatch(/^button\.skip-link: Skip to the map/);
    expect((await skip.boundingBox())!.width, 'seen once it has the focus').toBeGreaterThan(60);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('maplibregl-canvas'));
    // From the map, the keyboard's next steps are the map's own: N names a feature in view.
    await page.keyboard.press('n');
    expect(await page.getByRole('tooltip').textContent()).toBeTruthy();
    await page.close();
  });

  it('a header button reached by Tab before its code has come keeps the focus when the code comes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await throttleIfAsked(page);
    // The views dialog's code is held back, as on a slow connection, until the button has the focus.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/ViewsDialog-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Guided tour' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('button.header-button: Views & presenting');
    expect(await page.getByRole('button', { name: 'Views & presenting' }).getAttribute('aria-disabled')).toBe('true');
    release();
    // The dialog's own button takes the place, and the focus with it: Enter opens the dialog.
    await expect.poll(() => page.locator('.header-button[aria-disabled]').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('button.header-button: Views & presenting');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Views & presenting' }).waitFor();
    await page.close();
  });

  it('steps through the features in view from the keyboard, names each, and opens the one named', async () => {
    const { page } = await atlasAtOpeningView();
    await page.locator('.maplibregl-canvas').focus();
    const tooltip = page.getByRole('tooltip');
    await page.keyboard.press('n');
    const first = await tooltip.textContent();
    expect(first).toBeTruthy();
    await page.keyboard.press('n');
    const second = await tooltip.textContent();
    expect(second).not.toBe(first);
    await page.keyboard.press('p');
    expect(await tooltip.textContent()).toBe(first);
    expect(await page.evaluate(() => window.corridorAtlas!.hoverHighlighted())).toBe(true);
    await page.keyboard.press('Enter');
    // The feature named is the one opened, its panel showing its name.
    await expect.poll(() => page.evaluate(() => window.corridorAtlasStore!.getState().selectedId)).not.toBeNull();
    const opened = await page.evaluate(() => (window.corridorAtlasFeatures!.get(window.corridorAtlasStore!.getState().selectedId!) as { properties: { name: string } }).properties.name);
    expect(opened).toBe(first);
  });
});

describe('presenting', () => {
  it('asks for full screen, leaves it on Escape, and gives the focus back to the button that started it', async () => {
    const { page } = await atlasAtOpeningView();
    const tourButton = page.getByRole('button', { name: 'Guided tour' });
    await tourButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await expect.poll(() => focused(page)).toMatch(/^button/);
    expect(await page.evaluate(() => document.querySelector('.presentation-controls')!.contains(document.activeElement))).toBe(true);
    // Large enough to read from the back of a room.
    const fontPx = await page.locator('.presentation-step').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(20);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null && !window.corridorAtlasStore!.getState().presentation.on);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Guided tour');
  });
});
