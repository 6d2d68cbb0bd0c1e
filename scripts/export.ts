/**
 * Pictures for slides from the command line, through the same code as the "Export picture" button:
 * serves the built app (dist/), opens it in headless Chromium at a share link's view, calls
 * window.corridorAtlas.exportPicture() in the page and writes the PNG it returns.
 *
 *   npm run export -- --view "<share link or #hash>" --size 3840x2160 --out route.png [--format png|svg|pdf]
 *     [--title "Text" | --no-title] [--no-legend] [--no-scale-bar] [--no-sources] [--locator] [--viewport 1280x800] [--beside YEAR]
 *     [--lang az]
 *
 * --beside 2017 draws the view in 2017 on the left of the view's own year (its link's year=, or
 * February 2026): then and now in one picture.
 *
 * It speaks the language of the link (lang=), or of --lang, which words the picture too.
 *
 * --format svg or pdf (or an --out ending in .svg or .pdf) writes vectors instead: the same view, size and
 * words, every feature a path, the names as text, and the passages that describe the features as
 * numbered footnotes (exportSlide.ts). The locator and --beside are the PNG's only.
 *
 * --size also takes a preset: slide-hd, slide-4k, a4-300dpi. It builds nothing: run `npm run build` first.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { waitForFraming } from './lib/atlasSettled.ts';
import { launchBrowser, serveDist } from './lib/chromium.ts';
import { canWriteOnDisk, commandWords, firstLine, parseExportArgs, pathKindOnDisk, viewHash } from './lib/exportOptions.ts';
import { EXPORT_COMMAND_WORDS as WORDS } from '../src/model/exports/exportCommandWords.ts';
import { wordsOf, type Translate } from '../src/model/words/message.ts';
import type { NoticeText } from '../src/state/notices.ts';
import { datasetFromDisk } from './lib/onDisk.ts';
import type { PictureSize } from '../src/model/exports/exportLayout.ts';
import type { ExportedPicture, ExportOptions, RefusedExport } from '../src/map/exportPicture.ts';
import type { SlideOptions } from '../src/map/exportSlide.ts';
import type { Footnote } from '../src/model/exports/slide.ts';

/** The button's options, less the progress callback (a function cannot cross into the page); `beside`: another year on the left. */
export type PictureRequest = Omit<ExportOptions, 'onProgress'> & { beside?: number };

/** What the page's export gives back, with the picture as PNG bytes instead of a Blob. */
export type PictureFromPage = (Omit<ExportedPicture, 'blob'> & { png: Buffer }) | RefusedExport;

/** Opens the built app at a view and waits until the link's feature is framed and the map drawn. */
export async function openView(browser: Browser, baseUrl: string, view: string, viewport: PictureSize): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(new URL(viewHash(view), baseUrl).href);
  // A link to a feature frames it with a short flight after the first map: the picture waits for it.
  await waitForFraming(page);
  return page;
}

/** Calls the app's own export in the page and brings the PNG back as bytes. */
export async function exportFromPage(page: Page, request: PictureRequest): Promise<PictureFromPage> {
  const result = await page.evaluate(async ({ beside, ...options }) => {
    const atlas = window.corridorAtlas!;
    const state = window.corridorAtlasStore?.getState();
    const presentationTitle = state?.presentation?.title;
    const title = options.title === undefined && presentationTitle ? presentationTitle : options.title;
    const exported =
      beside === undefined
        ? await atlas.exportPicture({ ...options, title })
        : await window.corridorAtlasThenAndNow!({ ...options, title }, [beside, state?.year ?? null]);
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

/** What the page's vector export gives back: the file's bytes, its footnotes and the names it drew. */
export type SlideFromPage =
  | { ok: true; bytes: Buffer; width: number; height: number; milliseconds: number; footnotes: Footnote[]; names: string[] }
  | { ok: false; message: string };

/** Calls the app's own SVG/PDF export in the page (exportSlide.ts) and brings the file back as bytes. */
export async function exportSlideFromPage(page: Page, request: Omit<SlideOptions, 'onProgress'>): Promise<SlideFromPage> {
  const result = await page.evaluate(async (options) => {
    const state = window.corridorAtlasStore?.getState();
    const presentationTitle = state?.presentation?.title;
    const title = options.title === undefined && presentationTitle ? presentationTitle : options.title;
    const exported = await window.corridorAtlasSlide!({ ...options, title });
    if (!exported.ok) return exported;
    const { blob, ...rest } = exported;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    return { ...rest, base64: btoa(binary) };
  }, request);
  if (!result.ok) return result;
  const { base64, width, height, milliseconds, footnotes, names } = result;
  return { ok: true, width, height, milliseconds, footnotes, names, bytes: Buffer.from(base64, 'base64') };
}

/** A refusal with its reason; reported as one line once the browser and server are closed. */
class ExportRefused extends Error {}
function fail(message: string): never {
  throw new ExportRefused(message);
}

/** What the page itself reported while opening the view (a feature or passage it does not have), in the command's words. */
async function pageProblems(page: Page, say: Translate): Promise<string[]> {
  const notices: NoticeText[] = await page.evaluate(() => window.corridorAtlasStore?.getState().notices.map((notice) => notice.message) ?? []);
  return notices.map((notice) => wordsOf(say, notice));
}

async function main(args: readonly string[], say: Translate) {
  const features = new Set(datasetFromDisk().map((feature) => feature.id));
  const parsed = parseExportArgs(args, { hasFeature: (id) => features.has(id), pathKind: pathKindOnDisk, canWrite: canWriteOnDisk });
  if (parsed.ok === 'help') {
    // Asked for, so it is no error: the usage on standard output, and success.
    console.log(parsed.usage);
    return;
  }
  if (!parsed.ok) fail(parsed.message);
  // The language is in the hash already (--lang is written into it): the page words the picture.
  const { hash, size, viewport, out, title, legend, scaleBar, sources, locator, beside, format, linkBase } = parsed.command;
  const picture = { title, legend, scaleBar, sources, locator, ...(beside === undefined ? {} : { beside }) };
  if (!existsSync('dist/index.html')) fail(say(WORDS.noBuild));

  // The browser starts while the server does: the command's time is mostly waiting for both.
  const starting = launchBrowser();
  starting.catch(() => undefined);
  const server = await serveDist().catch(async (error: unknown) => {
    await starting.then((started) => started.close(), () => undefined);
    throw error;
  });
  let browser: Browser | undefined;
  try {
    browser = await starting;
    const page = await openView(browser, server.url, hash, viewport);
    const problems = await pageProblems(page, say);
    if (problems.length > 0) fail(say(WORDS.pageProblem, { problem: problems[0] }));
    if (format !== 'png') {
      const slide = await exportSlideFromPage(page, { ...size, format, title, legend, scaleBar, sources, linkBase: linkBase ?? '' });
      if (!slide.ok) fail(slide.message);
      writeFileSync(out, slide.bytes);
      console.log(say(WORDS.saved, { out, width: slide.width, height: slide.height, milliseconds: slide.milliseconds }));
      return;
    }
    const result = await exportFromPage(page, { ...size, ...picture });
    if (!result.ok) {
      fail(result.suggestedSize ? say(WORDS.trySize, { problem: result.message, width: result.suggestedSize.width, height: result.suggestedSize.height }) : result.message);
    }
    writeFileSync(out, result.png);
    console.log(say(WORDS.saved, { out, width: result.width, height: result.height, milliseconds: result.milliseconds }));
  } finally {
    await browser?.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Whatever goes wrong (an option, a port, the browser, the disk), the terminal gets one line, not a stack.
  const args = process.argv.slice(2);
  await main(args, commandWords(args)).catch((error: unknown) => {
    console.error(`export: ${error instanceof ExportRefused ? error.message : firstLine(error)}`);
    process.exitCode = 1;
  });
}
