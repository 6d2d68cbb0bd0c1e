/**
 * What every browser test needs: Debian's Chromium driven by playwright-core, the atlas opened
 * and drawn, a record of every request and console error, and pixel reading at map coordinates.
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { colorDistance } from '../../src/style/colour.ts';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { waitForCamera, waitForFraming, waitForMapIdle } from '../../scripts/lib/atlasSettled.ts';
import { along, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { INITIAL_BOUNDS } from '../../src/model/view/camera.ts';
import type { LAYER_SYMBOLS } from '../../src/model/scene/symbology.ts';

export { launchBrowser };
export { waitForCamera, waitForFraming, waitForMapIdle };

/** Where serveBuild.ts serves the production build for the whole run. */
export const baseUrl = inject('baseUrl');

/**
 * The test file's Chromium: oneBrowserPerFile.ts (a setup file of the browser config) launches it
 * before the file's first test and closes it after its last, so no test file does either itself.
 */
export let browser: Browser;

/**
 * Debian's launcher turns on GPU rasterization, which here means painting the page's own elements
 * (the panel, the dialogs) through the software GPU that WebGL already keeps busy:
 * the CPU's own painter is cheaper (measured on the 2-core machine: a page settled in 4.6 s, not
 * 6.6, and the tour walked back in 7 s, not 10, at 960×600; no slower at 1280×800). The map's
 * WebGL is drawn as before.
 */
const TEST_BROWSER_ARGS = ['--disable-gpu-rasterization'];

export async function launchFileBrowser(): Promise<void> {
  browser = await launchBrowser(TEST_BROWSER_ARGS);
}

export async function closeFileBrowser(): Promise<void> {
  await browser?.close();
}

export interface AtlasPage {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

export async function openAtlas(
  browser: Browser,
  baseUrl: string,
  {
    path = '',
    width = 1280,
    height = 800,
    phone = false,
    motion = false,
  }: {
    path?: string;
    width?: number;
    height?: number;
    /** a touch screen that reports itself as mobile */
    phone?: boolean;
    /** moves animated, as for most people; by default the page asks for reduced motion and moves jump */
    motion?: boolean;
  } = {},
): Promise<AtlasPage> {
  const page = phone
    ? await (await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true })).newPage()
    : await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await throttleIfAsked(page);
  // A test of where the map ends up need not wait for flights there (nor the machine draw them).
  if (!motion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(new URL(path, baseUrl).href);
  await waitForMapIdle(page);
  return { page, requests, consoleErrors };
}

let pageAtOpeningView: AtlasPage | undefined;

/**
 * The file's shared page at the opening view, for a test that needs the atlas as it opens but not
 * a fresh load (each load costs seconds of a busy machine): opened on first use, then brought back
 * through its link. Requests and console errors add up over the file, so a test sees every one.
 * The test leaves it open; the file's Chromium closes it.
 */
export async function atlasAtOpeningView(): Promise<AtlasPage> {
  if (!pageAtOpeningView || pageAtOpeningView.page.isClosed()) {
    pageAtOpeningView = await openAtlas(browser, baseUrl);
    return pageAtOpeningView;
  }
  const { page } = pageAtOpeningView;
  // An empty link is the opening view (the link always says the whole view): the app restores it.
  await page.evaluate(() => (window.location.hash = ''));
  await page.waitForFunction(() => {
    const state = window.corridorAtlasStore!.getState();
    return state.selectedId === null && state.passage === null && state.panel === 'find' && !state.presentation.on;
  });
  await waitForFraming(page);
  return pageAtOpeningView;
}

/**
 * The file's shared page (the one atlasAtOpeningView brings back) showing a link's view, for a test
 * that reads what the link shows but needs no fresh load: the link says the whole view, and the
 * app applies a link typed into the address bar as it applies one it opens with. Opened at the link
 * on first use; the test leaves it open.
 */
export async function atlasAtLink(hash: string): Promise<AtlasPage> {
  if (!pageAtOpeningView || pageAtOpeningView.page.isClosed()) {
    pageAtOpeningView = await openAtlas(browser, baseUrl, { path: hash });
  } else {
    // Waits for the address bar's change to reach the app (its hashchange), not for a time.
    await pageAtOpeningView.page.evaluate(async (next) => {
      if (window.location.hash === next) return;
      const heard = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      window.location.hash = next;
      await heard;
    }, hash);
  }
  await waitForFraming(pageAtOpeningView.page);
  return pageAtOpeningView;
}

/**
 * Slows the page's main thread `rate` times (Chrome DevTools Protocol), as on a busy machine or a
 * cheap phone; the returned function restores full speed.
 */
export async function throttle(page: Page, rate: number): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await session.detach();
  };
}

/**
 * With ATLAS_CPU_THROTTLE=4 in the environment, a test's page runs 4× slower (openAtlas does this
 * for every page it opens; a test that opens a page itself calls it): the tests must still pass.
 */
export async function throttleIfAsked(page: Page): Promise<void> {
  const rate = Number(process.env.ATLAS_CPU_THROTTLE);
  if (rate <= 1 || Number.isNaN(rate)) return;
  await throttle(page, rate);
  // Waits catch a page that never gets there, not a slow one (see vitest.config.ts): Playwright's
  // 30 seconds grow as the test timeouts do.
  page.setDefaultTimeout(30_000 * Math.max(1, rate / 2));
}

/** Screen position (page pixels) of a longitude/latitude. */
export async function projectToPage(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((coords) => {
    const atlas = window.corridorAtlas!;
    const point = atlas.project(coords);
    const box = atlas.pageBox();
    return { x: box.left + point.x, y: box.top + point.y };
  }, lonLat);
}

export type { Rgb } from '../../src/style/palette.ts';
import type { Rgb } from '../../src/style/palette.ts';

export interface Screenshot {
  width: number;
  height: number;
  pixel(x: number, y: number): Rgb;
}

export async function screenshot(page: Page): Promise<Screenshot> {
  const png = PNG.sync.read(await page.screenshot());
  return {
    width: png.width,
    height: png.height,
    pixel(x, y) {
      if (x < 0 || y < 0 || x >= png.width || y >= png.height) {
        throw new Error(`(${x.toFixed(0)}, ${y.toFixed(0)}) is outside the ${png.width}×${png.height} screenshot`);
      }
      const index = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[index], png.data[index + 1], png.data[index + 2]];
    },
  };
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}


/** The pixel nearest in colour to `target` within `radius` pixels of (x, y), and its distance. */
export function closestColorNear(shot: Screenshot, x: number, y: number, target: Rgb, radius: number) {
  let best = { distance: Infinity, color: [0, 0, 0] as Rgb };
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const color = shot.pixel(x + dx, y + dy);
      const distance = colorDistance(color, target);
      if (distance < best.distance) best = { distance, color };
    }
  }
  return best;
}

/** Whether the map's visible bounds hold a whole box (west, south, east, north). */
export async function mapShowsBounds(page: Page, box: number[]): Promise<boolean> {
  return page.evaluate(([west, south, east, north]) => {
    const [[shownWest, shownSouth], [shownEast, shownNorth]] = window.corridorAtlas!.shownFrame().bounds;
    return shownWest <= west && shownSouth <= south && shownEast >= east && shownNorth >= north;
  }, box);
}

type LineFeature = Feature<LineString> & { id: string; properties: { name: string; layer: keyof typeof LAYER_SYMBOLS } };

/** A solid (operating) line of the dataset whose middle is in the opening view, and that middle. */
export function solidLineMidpoint() {
  const [[west, south], [east, north]] = INITIAL_BOUNDS;
  for (const f of datasetFromDisk()) {
    if (f.geometry.type !== 'LineString' || f.properties.status !== 'operating') continue;
    const feature = f as LineFeature;
    const midpoint = along(feature, length(feature) / 2).geometry.coordinates as [number, number];
    const [lon, lat] = midpoint;
    if (lon > west + 2 && lon < east - 2 && lat > south + 1 && lat < north - 1) return { feature, midpoint };
  }
  throw new Error('The dataset has no operating LineString feature in the opening view to test with.');
}
