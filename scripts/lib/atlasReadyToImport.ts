/**
 * Where the import diagnostics (traceImport.ts, profileImport.ts) start: a generated file of
 * 100,000 points or lines on disk, and the built atlas open, settled and ready to take it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './chromium.ts';
import { syntheticLines } from './syntheticGeojson.ts';

export type ImportKind = 'points' | 'lines';

export function importKindArgument(): ImportKind {
  return process.argv[2] === 'points' ? 'points' : 'lines';
}

export async function atlasReadyToImport(kind: ImportKind): Promise<{ page: Page; browser: Browser; file: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-diagnostic-'));
  const file = join(dir, `${kind}.geojson`);
  writeFileSync(file, syntheticLines(100_000, kind === 'points' ? 1 : 10));
  const app = await serveDist();
  const browser = await launchBrowser();
  const close = async () => {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, undefined, { timeout: 120_000 });
    // As in the bench: a person points at the button first, and the map prepares while they choose.
    await page.hover('section.user-layers label.file-button');
    await page.evaluate(() => window.corridorAtlas!.prepareForUserData());
    return { page, browser, file, close };
  } catch (error) {
    await close();
    throw error;
  }
}
