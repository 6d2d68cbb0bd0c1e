/**
 * Pictures for slides from the command line, through the same code as the "Export picture" button:
 * serves the built app (dist/), opens it in headless Chromium at a share link's view, calls
 * window.corridorAtlas.exportPicture() in the page and writes the PNG it returns.
 *
 *   npm run export -- --view "<share link or #hash>" --size 3840x2160 --out route.png
 *     [--title "Text" | --no-title] [--no-legend] [--no-scale-bar] [--no-sources] [--viewport 1280x800]
 *
 * --size also takes a preset: slide-hd, slide-4k, a4-300dpi. It builds nothing: run `npm run build` first.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './lib/chromium';
import { parsePictureSize, type PictureSize } from '../src/map/exportLayout';
import type { ExportedPicture, ExportOptions, RefusedExport } from '../src/map/exportPicture';

/** The button's options, less the progress callback (a function cannot cross into the page). */
export type PictureRequest = Omit<ExportOptions, 'onProgress'>;

/** What the page's export gives back, with the picture as PNG bytes instead of a Blob. */
export type PictureFromPage = (Omit<ExportedPicture, 'blob'> & { png: Buffer }) | RefusedExport;

/** The hash of a share link, or the hash itself; a bare "map=…" is taken as a hash too. */
export function viewHash(view: string): string {
  const trimmed = view.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return new URL(trimmed).hash;
  return `#${trimmed}`;
}

/** Opens the built app at a view and waits until the map, its labels and any framing have settled. */
export async function openView(browser: Browser, baseUrl: string, view: string, viewport: PictureSize): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(new URL(viewHash(view), baseUrl).href);
  await page.waitForFunction(() => window.corridorAtlas !== undefined, undefined, { timeout: 60_000 });
  await page.evaluate(async () => {
    const atlas = window.corridorAtlas!;
    await atlas.ready;
    // A link that selects a feature frames it with a short flight: wait until the map is still.
    for (let round = 0; round < 3; round++) {
      await new Promise<void>((resolve) => {
        atlas.map.once('idle', () => resolve());
        atlas.map.triggerRepaint();
      });
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (!atlas.map.isMoving()) break;
    }
  });
  return page;
}

/** Calls the app's own export in the page and brings the PNG back as bytes. */
export async function exportFromPage(page: Page, request: PictureRequest): Promise<PictureFromPage> {
  const result = await page.evaluate(async (options) => {
    const atlas = window.corridorAtlas!;
    const presentationTitle = window.corridorAtlasStore?.getState().presentation?.title;
    const title = options.title === undefined && presentationTitle ? presentationTitle : options.title;
    const exported = await atlas.exportPicture({ ...options, title });
    if (!exported.ok) return exported;
    const { blob, ...rest } = exported;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return { ...rest, base64: btoa(binary) };
  }, request);
  if (!result.ok) return result;
  const { base64, ...rest } = result;
  return { ...rest, png: Buffer.from(base64, 'base64') };
}

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

async function main() {
  const { values } = parseArgs({
    options: {
      view: { type: 'string', default: '' },
      size: { type: 'string', default: '1920x1080' },
      out: { type: 'string' },
      title: { type: 'string' },
      'no-title': { type: 'boolean', default: false },
      'no-legend': { type: 'boolean', default: false },
      'no-scale-bar': { type: 'boolean', default: false },
      'no-sources': { type: 'boolean', default: false },
      viewport: { type: 'string', default: '1280x800' },
    },
  });
  const size = parsePictureSize(values.size);
  if (!size) fail(`--size ${JSON.stringify(values.size)} is not WIDTHxHEIGHT (e.g. 3840x2160) or a preset name.`);
  const viewport = parsePictureSize(values.viewport);
  if (!viewport) fail(`--viewport ${JSON.stringify(values.viewport)} is not WIDTHxHEIGHT.`);
  if (!existsSync('dist/index.html')) fail('dist/ is missing: run `npm run build` first (this command builds nothing).');
  const out = values.out ?? `corridor-atlas-${size.width}x${size.height}.png`;

  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await openView(browser, server.url, values.view, viewport);
    const result = await exportFromPage(page, {
      ...size,
      title: values['no-title'] ? null : values.title,
      legend: !values['no-legend'],
      scaleBar: !values['no-scale-bar'],
      sources: !values['no-sources'],
    });
    if (!result.ok) {
      process.exitCode = 1;
      console.error(`export: ${result.message}${result.suggestedSize ? ` Try --size ${result.suggestedSize.width}x${result.suggestedSize.height}.` : ''}`);
      return;
    }
    writeFileSync(out, result.png);
    console.log(`saved ${out} (${result.width}×${result.height}, drawn in ${result.milliseconds} ms)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
