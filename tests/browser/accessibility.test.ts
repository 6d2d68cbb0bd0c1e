/**
 * Accessibility as axe-core checks it, in the states a person meets: the opening view, a selected
 * feature, the reader, the tour, the export dialog and a phone. No serious or critical violation,
 * and headings in order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { baseUrl, browser, throttleIfAsked, waitForMapIdle } from './harness.ts';

/** Several page loads on a busy machine, maybe with the page throttled 4×. */
const PAGE_TEST_TIMEOUT = 240_000;
let page: Page;

beforeAll(async () => {
  page = await openInContext(1280, 800);
}, PAGE_TEST_TIMEOUT);

/** axe opens frames of its own, so the page needs a context of its own (not browser.newPage()). */
async function openInContext(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const opened = await context.newPage();
  await throttleIfAsked(opened);
  await opened.goto(baseUrl);
  await waitForMapIdle(opened);
  return opened;
}

/** What axe finds that a screen-reader or keyboard user would trip over, one line each. */
async function barriers(on: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: on }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical' || violation.id === 'heading-order')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility', () => {
  it('the opening view', async () => {
    expect(await barriers(page)).toEqual([]);
  }, PAGE_TEST_TIMEOUT);

  it('a selected feature', async () => {
    await page.evaluate(() => window.corridorAtlasStore!.getState().select('bsc-submarine-cable'));
    await page.getByRole('tab', { name: 'Feature', selected: true }).waitFor();
    expect(await barriers(page)).toEqual([]);
  }, PAGE_TEST_TIMEOUT);

  it('the reader', async () => {
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.locator('.reader').waitFor();
    expect(await barriers(page)).toEqual([]);
  }, PAGE_TEST_TIMEOUT);

  it('the tour', async () => {
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await page.locator('.tour-caption').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.tour-caption blockquote').waitFor();
    expect(await barriers(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.app.presenting').waitFor({ state: 'detached' });
  }, PAGE_TEST_TIMEOUT);

  it('the export dialog', async () => {
    await page.getByRole('button', { name: 'Export picture' }).first().click();
    await page.locator('dialog[open]').waitFor();
    expect(await barriers(page)).toEqual([]);
    await page.keyboard.press('Escape');
  }, PAGE_TEST_TIMEOUT);

  it('a phone (390 × 844)', async () => {
    const phone = await openInContext(390, 844);
    expect(await barriers(phone)).toEqual([]);
    await phone.close();
  }, PAGE_TEST_TIMEOUT);
});
