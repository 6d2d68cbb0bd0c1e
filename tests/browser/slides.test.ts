/**
 * Vector slides as a presenter gets them from `npm run export -- --format svg|pdf`: the text a PDF
 * or SVG reader extracts holds the countries' names as the map shows them and the passages that
 * describe the features, verbatim, in English, whatever the interface language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { baseUrl, browser, throttleIfAsked } from './harness.ts';
import { openView } from '../../scripts/export.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';

const VIEW = '#feature=tripp-syunik-route';
const folder = mkdtempSync(join(tmpdir(), 'atlas-slides-'));

/** The TRIPP passage the charter gives, as the data quotes it (byte for byte from the document). */
const trippPassage = (() => {
  const feature = datasetFromDisk().find((candidate) => candidate.id === 'tripp-syunik-route')!;
  return feature.properties.citations.find((citation) => citation.exact.startsWith('They acknowledge the importance of the Trump Route'))!.exact;
})();

async function runExport(...args: string[]): Promise<string> {
  const out = join(folder, `${args.join('-').replace(/[^a-z0-9]+/gi, '-')}`);
  const file = `${out}.${args[args.indexOf('--format') + 1]}`;
  await promisify(execFile)('npx', ['tsx', 'scripts/export.ts', '--view', new URL(VIEW, baseUrl).href, ...args, '--out', file], { timeout: 170_000 });
  return file;
}

/** Every page's text as pdfjs reads it, lines joined by spaces. */
async function pdfText(file: string): Promise<{ pages: number; text: string; firstPage: string; firstPageItems: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const pages: string[] = [];
  let firstPageItems: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    if (n === 1) firstPageItems = content.items.map((item) => ('str' in item ? item.str : ''));
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('').replace(/\s+/g, ' '));
  }
  return { pages: doc.numPages, text: pages.join(' '), firstPage: pages[0], firstPageItems };
}

describe('a PDF slide from the command line', () => {
  let english: Awaited<ReturnType<typeof pdfText>>;
  let armenian: Awaited<ReturnType<typeof pdfText>>;

  beforeAll(async () => {
    english = await pdfText(await runExport('--format', 'pdf'));
    armenian = await pdfText(await runExport('--format', 'pdf', '--lang', 'hy'));
  }, 360_000);

  it('names the countries as the map shows them, as text on the map page, each once', () => {
    for (const name of ['Armenia', 'Azerbaijan', 'Iran']) expect(english.firstPage).toContain(name);
    // A name's halo is drawn, not written: copied, searched or read aloud, the name comes once.
    for (const name of ['Armenia', 'Azerbaijan', 'Iran']) expect(english.firstPageItems.filter((item) => item.trim() === name)).toHaveLength(1);
  });

  it('quotes the TRIPP passage verbatim among its footnotes, after the map page', () => {
    expect(english.pages).toBeGreaterThan(1);
    expect(english.firstPage).not.toContain(trippPassage);
    expect(english.text).toContain(`“${trippPassage}”`);
    expect(english.text).toContain('Passages cited');
  });

  it('in Armenian, words its furniture in Armenian and keeps the passage in English', () => {
    expect(armenian.firstPage).toContain('Հայաստան');
    expect(armenian.text).toContain('Մեջբերված հատվածներ');
    expect(armenian.text).toContain(`“${trippPassage}”`);
  });
});

describe('an SVG slide from the command line', () => {
  it('is valid XML with a layer per group, a path per feature id and the passages as English text and metadata', async () => {
    const svg = readFileSync(await runExport('--format', 'svg'), 'utf8');
    const page = await browser.newPage();
    try {
      const read = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const layers = [...doc.querySelectorAll('g')].filter((g) => g.getAttribute('inkscape:groupmode') === 'layer').map((g) => g.getAttribute('inkscape:label'));
        const texts = [...doc.querySelectorAll('text')];
        const english = texts.filter((t) => t.getAttribute('xml:lang') === 'en').map((t) => t.textContent).join(' ');
        return {
          errors: doc.getElementsByTagName('parsererror').length,
          layers,
          route: doc.getElementById('tripp-syunik-route')?.tagName,
          names: texts.map((t) => t.textContent),
          english,
          metadata: doc.querySelector('metadata footnotes')?.textContent ?? '',
        };
      }, svg);
      expect(read.errors).toBe(0);
      expect(read.layers).toEqual(expect.arrayContaining(['Countries', 'Rivers', 'Borders', 'Names', 'TRIPP route and the railways either side', 'Legend', 'Footnotes']));
      expect(read.route).toBe('path');
      expect(read.names).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Iran']));
      expect(read.english).toContain(`“${trippPassage}”`);
      const footnotes = JSON.parse(read.metadata) as { feature: string; passages: { quote: string }[] }[];
      expect(footnotes.find((note) => note.feature === 'tripp-syunik-route')?.passages.map((p) => p.quote)).toContain(trippPassage);
    } finally {
      await page.close();
    }
  }, 240_000);
});

describe('the export dialog', () => {
  it('offers SVG and PDF beside PNG and downloads the chosen format', async () => {
    const page = await openView(browser, baseUrl, VIEW, { width: 1280, height: 800 });
    await throttleIfAsked(page);
    try {
      await page.getByRole('button', { name: 'Export picture' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export picture' });
      await dialog.getByLabel('Format').selectOption('svg');
      // The locator map and the other year are the PNG's only.
      expect(await dialog.getByLabel('Locator map (where the view lies in the region)').isDisabled()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export SVG' }).click()]);
      expect(download.suggestedFilename()).toBe('corridor-atlas-1920x1080.svg');
      const svg = readFileSync(await download.path(), 'utf8');
      expect(svg).toContain('id="tripp-syunik-route"');
      expect(svg).toContain(trippPassage.replace(/&/g, '&amp;'));
      await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    } finally {
      await page.close();
    }
  }, 180_000);
});
