/**
 * Nothing lost, nobody locked out: the browser enforces the content policy, a hostile link gives
 * one notice, saved views survive a storage that refuses or is unreadable, a lost graphics
 * context comes back, and without WebGL the tour still runs as text and can always be left.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, browser, closestColorNear, projectToPage, screenshot, solidLineMidpoint, throttleIfAsked, waitForMapIdle } from './harness.ts';
import { LAYER_SYMBOLS } from '../../src/model/scene/symbology.ts';
import { readProjectFile } from '../../scripts/lib/onDisk.ts';
import { SET_ASIDE_KEY, STORAGE_KEY } from '../../src/state/savedViews.ts';
import type { Rgb } from '../../src/style/palette.ts';

/** Several page loads on a busy machine, maybe with the page throttled 4×. */
const PAGE_TEST_TIMEOUT = 240_000;
/** Waiting for a state, not a time: generous, for a busy machine and a throttled page. */
const POLL = { timeout: 30_000 };

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** A fresh page (its own storage), with `setup` run before any of the app's scripts. */
async function newPage(setup?: () => void): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  if (setup) await page.addInitScript(setup);
  await throttleIfAsked(page);
  return page;
}

async function openViews(page: Page) {
  await page.getByRole('button', { name: 'Views & presenting' }).click();
  return page.locator('dialog.views-dialog');
}

describe('the content policy', () => {
  it('comes as an HTTP header too, allows no inline styles, and nothing on load breaks it', async () => {
    const page = await newPage(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const response = await page.goto(`${baseUrl}#feature=bsc-submarine-cable`);
    const policy = response!.headers()['content-security-policy'];
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Guided tour' }).click();
    await page.locator('.tour-caption').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('notices', () => {
  it('turn a link with 10,000 unknown parts into one notice, and go all at once', async () => {
    const unknown = Array.from({ length: 10_000 }, (_, i) => `part${i}=1`).join('&');
    const page = await newPage();
    await page.goto(`${baseUrl}#${unknown}&feature=no-such-feature`);
    await waitForMapIdle(page);
    const notices = page.locator('.notices li.notice');
    await expect.poll(() => notices.count(), POLL).toBe(2);
    expect(await notices.first().textContent()).toMatch(/10000 parts this atlas does not know \("part0", "part1", "part2" and 9997 more\)/);
    await page.getByRole('button', { name: 'Dismiss all' }).click();
    await expect.poll(() => page.locator('.notices').count(), POLL).toBe(0);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('saved views', () => {
  it('are not claimed as saved when the browser storage refuses them', async () => {
    const page = await newPage(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const dialog = await openViews(page);
    await dialog.getByLabel('Name of this view').fill('For the board');
    await dialog.getByRole('button', { name: 'Save this view' }).click();
    await expect.poll(() => dialog.locator('.views-message').textContent(), POLL).toMatch(/^The browser storage is full: nothing was saved\./);
    expect(await dialog.locator('.saved-views li').count()).toBe(0);
    // The name is still there to try again.
    expect(await dialog.getByLabel('Name of this view').inputValue()).toBe('For the board');
    await page.close();
  }, PAGE_TEST_TIMEOUT);

  it('that cannot be read are set aside and offered as they were, never overwritten', async () => {
    const unreadable = '{"format": "corridor-atlas-views", "views": [{"name": "Half-written';
    const page = await newPage();
    await page.goto(baseUrl);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, unreadable]);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.locator('.notices').textContent(), POLL).toMatch(/could not be read; they are kept aside/);

    const dialog = await openViews(page);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download them as they were' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(unreadable);

    await dialog.getByLabel('Name of this view').fill('After the repair');
    await dialog.getByRole('button', { name: 'Save this view' }).click();
    await expect.poll(() => dialog.locator('.views-message').textContent(), POLL).toMatch(/Saved "After the repair" in this browser/);
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY)).toBe(unreadable);
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).views.map((v: { name: string }) => v.name), STORAGE_KEY)).toEqual([
      'After the repair',
    ]);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('a lost graphics context', () => {
  it('is announced while it lasts, and the map with its layers is drawn again when it comes back', async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const { feature, midpoint } = solidLineMidpoint();
    const colour = LAYER_SYMBOLS[feature.properties.layer].color as Rgb;
    // Put the line in the middle of the map, whatever the opening view turned out to be.
    await page.evaluate((center) => window.corridorAtlas!.moveAsUser({ center, zoom: 6 }), midpoint);
    await waitForMapIdle(page);
    const lineDistance = async () => {
      const { x, y } = await projectToPage(page, midpoint);
      return closestColorNear(await screenshot(page), x, y, colour, 2).distance;
    };
    expect(await lineDistance()).toBeLessThan(40);

    await page.evaluate(() => {
      const context = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.getContext('webgl2')!;
      const lose = context.getExtension('WEBGL_lose_context')!;
      (window as unknown as { restoreGraphics: () => void }).restoreGraphics = () => lose.restoreContext();
      lose.loseContext();
    });
    const status = page.locator('.notices [role="status"]');
    await expect.poll(() => status.textContent(), POLL).toMatch(/drawn again as soon as they are back/);

    await page.evaluate(() => (window as unknown as { restoreGraphics: () => void }).restoreGraphics());
    await expect.poll(() => status.count(), POLL).toBe(0);
    await waitForMapIdle(page);
    expect(await lineDistance()).toBeLessThan(40);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('search whose code cannot be fetched', () => {
  it('says so instead of searching for ever, and searches once the server answers again', async () => {
    const page = await newPage();
    // The server stops answering for search's code (the rest of the app is here already).
    let serverAnswers = false;
    await page.route(/\/assets\/SearchResults-[^/?]*\.js(\?.*)?$/, (route) => (serverAnswers ? route.continue() : route.abort('connectionrefused')));
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const search = page.getByRole('searchbox');
    await search.fill('submarine');
    await expect.poll(() => page.locator('.find [role="alert"]').textContent(), POLL).toMatch(/Search could not be loaded/);
    // Typing again while the server is still away says so again, and does not search for ever.
    await search.fill('');
    await search.fill('submarine');
    await expect.poll(() => page.locator('.find [role="alert"]').textContent(), POLL).toMatch(/Search could not be loaded/);
    expect(await page.locator('.find').textContent()).not.toContain('Searching…');

    serverAnswers = true;
    await search.fill('');
    await search.fill('submarine');
    const cable = page.locator('.search-results .feature-list button', { hasText: 'Black Sea submarine cable' });
    await expect.poll(() => cable.count(), POLL).toBeGreaterThan(0);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('parts loaded on demand whose code cannot be fetched', () => {
  it('each says which part failed, with Reload, where the part would be; dialogs and the tour close; the map still answers', async () => {
    const page = await newPage();
    // Offline after the first visit, or a new version removed the old files: the server refuses these parts' code.
    let serverAnswers = false;
    await page.route(/\/assets\/(ReaderPanel|ViewsDialog|ExportDialog|FeatureTable|PresentationOverlay)-[^/]*\.js$/, (route) =>
      serverAnswers ? route.continue() : route.abort('connectionrefused'),
    );
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    const reload = 'Reload the page to try again.';

    for (const [button, what] of [
      ['Views & presenting', 'Views & presenting'],
      ['Export picture', 'Picture export'],
    ]) {
      // The header button does not stay idle: it opens a dialog that says the part failed.
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: button });
      await expect.poll(() => dialog.getByRole('alert').locator('p').textContent(), POLL).toBe(`${what} could not be loaded: the connection or the server failed. ${reload}`);
      expect(await dialog.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible(), POLL).toBe(false);
    }

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of features' });
    await expect.poll(() => table.getByRole('alert').textContent(), POLL).toMatch(/^The table of features could not be loaded/);
    await table.getByRole('button', { name: 'Close table' }).click();
    await expect.poll(() => table.count(), POLL).toBe(0);

    // The rest of the app keeps working: a click on a line selects it.
    const { feature, midpoint } = solidLineMidpoint();
    await waitForMapIdle(page);
    const { x, y } = await projectToPage(page, midpoint);
    await page.mouse.click(x, y);
    await page.waitForFunction((id) => window.corridorAtlasStore?.getState().selectedId === id, feature.id, POLL);

    await page.getByRole('button', { name: 'Guided tour' }).click();
    await expect.poll(() => page.locator('.presentation-overlay [role="alert"]').textContent(), POLL).toMatch(/^The presentation could not be loaded/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app.presenting').count(), POLL).toBe(0);

    await page.getByRole('tab', { name: 'Documents' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.getByRole('alert').textContent(), POLL).toMatch(/^The documents reader could not be loaded: .* Reload the page/);
    expect(await panel.textContent()).not.toContain('Loading the documents');

    // Once the server answers again, Reload brings the reader back.
    serverAnswers = true;
    await panel.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.locator('.reader').count(), POLL).toBe(1);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});

describe('without WebGL', () => {
  const withoutWebgl = () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type.startsWith('webgl') ? null : (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  };

  it('a link with present=1 can be left, and the tour runs as captions and passages', async () => {
    const tour = JSON.parse(readProjectFile('data/tours/region-walkthrough.json')) as { steps: { title: string; passage?: { exact: string } }[] };
    const page = await newPage(withoutWebgl);
    await page.goto(`${baseUrl}#present=1&title=Locked`);
    await page.locator('.no-webgl').waitFor();
    const exit = page.getByRole('button', { name: 'Exit (Esc)' });
    await exit.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app.presenting').count(), POLL).toBe(0);

    const tourButton = page.getByRole('button', { name: 'Guided tour' });
    await tourButton.click();
    const caption = page.locator('.tour-caption');
    await expect.poll(() => caption.locator('h2').textContent(), POLL).toBe(tour.steps[0].title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.locator('h2').textContent(), POLL).toBe(tour.steps[1].title);
    const passage = tour.steps[1].passage!.exact;
    expect((await caption.textContent())!.replace(/\s+/g, ' ')).toContain(passage);
    // Escape leaves wherever the focus is.
    await page.getByRole('button', { name: 'Next view' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app.presenting').count(), POLL).toBe(0);
    expect(await tourButton.isVisible()).toBe(true);
    await page.close();
  }, PAGE_TEST_TIMEOUT);
});
