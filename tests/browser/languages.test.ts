/**
 * The interface in Azerbaijani, Armenian and Russian: a link's `lang=` opens the atlas in that
 * language with no English left behind (but the documents' quotes and proper names), `<html lang>`
 * follows it, and the header's picker changes it live, into the link and for the next visit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browser, openAtlas, waitForMapIdle } from './harness.ts';
import { englishLeftBehind } from './untranslated.ts';
import type { Lang } from '../../src/model/words/language.ts';

type Translated = Exclude<Lang, 'en'>;
const LANGS: Translated[] = ['az', 'hy', 'ru'];
const words = (lang: Lang, id: string): string => {
  const entry = (JSON.parse(readFileSync(new URL(`../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8')) as Record<string, unknown>)[id];
  return typeof entry === 'string' ? entry : (entry as { defaultMessage: string }).defaultMessage;
};

interface View {
  name: string;
  /** The rest of the link that shows it (after lang=), if it is a view of its own. */
  path?: string;
  /** What a user does to open it. */
  open?: (page: Page) => Promise<unknown>;
  /** What shows when it is there (its code may come on demand). */
  ready: string;
  /** The parts of the page it shows. */
  parts: string[];
  /** Whether Escape closes it (a dialog, the tour) before the next view. */
  closedByEscape?: boolean;
}

const headerButton = (page: Page, index: number) => page.locator('.header-actions .header-button').nth(index);

/** The views walked for English left behind, in order on one page. A new view is a line here. */
const VIEWS: View[] = [
  {
    name: 'the opening view',
    ready: '.map-key li',
    // The map's controls too: MapLibre's tooltips, the scale bar's unit, the credit line, and our reset button.
    parts: ['.app-header', '.side-panel', '.map-key', '.year-slider', '.measure-tool', '.maplibregl-control-container'],
  },
  { name: 'a selected feature', path: 'feature=bsc-submarine-cable', ready: '.feature-details', parts: ['.app-header', '.side-panel', '.map-key'] },
  { name: 'the documents reader', path: 'panel=read', ready: '.reader-text', parts: ['.side-panel'] },
  { name: 'a search', path: 'panel=find', open: (page) => page.locator('.search input').fill('Baku'), ready: '.search-results li', parts: ['.side-panel'] },
  // Its first step, with the legend of a presentation: tour-languages.test.ts walks every step of the
  // tour in each language and finds no English left behind in any.
  { name: 'the guided tour', open: (page) => headerButton(page, 0).click(), ready: '.presentation-controls', parts: ['.presentation-overlay'], closedByEscape: true },
  { name: 'the views dialog', open: (page) => headerButton(page, 1).click(), ready: 'dialog[open]', parts: ['.views-dialog'], closedByEscape: true },
  { name: 'the export dialog', open: (page) => page.locator('.export-open').click(), ready: 'dialog[open]', parts: ['.export-dialog'], closedByEscape: true },
  {
    name: 'the table of features',
    open: async (page) => {
      await page.locator('.search input').fill('');
      await page.locator('.facet-summary button').last().click();
    },
    ready: '.feature-table tbody tr',
    parts: ['.feature-table'],
  },
  // Last: its link hides every layer. Its parts are only digits, so what is quoted from the link is no English.
  {
    name: 'a link’s notices (a year it does not show, a layer that does not exist, a feature that layer list hides)',
    path: 'year=9999&layers=123&feature=bsc-submarine-cable',
    ready: '.notices li.notice:nth-child(3)',
    parts: ['.notices'],
  },
];

const headerTitle = (page: Page) => page.locator('.app-header h1').textContent();

const gazetteer = JSON.parse(readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as { entries: { key: string; rows: { lang: string; name: string; form: string }[] }[] };
/** A name's shown form in a language, as the gazetteer gives it. */
const gazetteerName = (key: string, lang: Lang) => gazetteer.entries.find((entry) => entry.key === key)!.rows.find((row) => row.lang === lang)!.name;

describe('the interface in the region’s languages', () => {
  it.each(LANGS)('#lang=%s opens in that language, every view walked without English left behind', async (lang) => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { path: `#lang=${lang}` });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await headerTitle(page)).toBe(words(lang, 'header.title'));
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe(words(lang, 'panel.tab.find'));
    for (const view of VIEWS) {
      if (view.path) {
        await page.evaluate((hash) => (window.location.hash = hash), `lang=${lang}&${view.path}`);
        await waitForMapIdle(page);
      }
      await view.open?.(page);
      await page.locator(view.ready).first().waitFor();
      expect(await englishLeftBehind(page, lang, view.parts), view.name).toEqual([]);
      if (view.closedByEscape) {
        await page.keyboard.press('Escape');
        await page.locator(view.ready).waitFor({ state: 'hidden' });
      }
    }
    // The documents' words stay English, and say so.
    await page.evaluate((hash) => (window.location.hash = hash), `lang=${lang}&feature=bsc-submarine-cable`);
    // The feature's name is the gazetteer's in the language, with the English name the documents use beside it.
    await expect.poll(() => page.locator('#feature-name').textContent()).toBe(gazetteerName('feature/bsc-submarine-cable', lang));
    expect(await page.locator('.feature-english-name').textContent()).toBe('Black Sea submarine cable (Anaklia–Constanța)');
    expect(await page.locator('.feature-english-name').getAttribute('lang')).toBe('en');
    const quote = page.locator('.side-panel blockquote').first();
    expect(await quote.getAttribute('lang')).toBe('en');
    expect(consoleErrors).toEqual([]);
  });

  it('the picker changes the language live, puts it in the link, and the next visit opens in it', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#lang=ru' });
    const picker = page.getByRole('combobox', { name: words('ru', 'header.language') });
    // Each language is offered in its own words.
    expect(await picker.locator('option').allTextContents()).toEqual(['English', 'Azərbaycanca', 'Հայերեն', 'Русский']);

    // MapLibre's own controls speak Russian, the scale bar's unit too.
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    const scaleUnit = async () => (await page.locator('.maplibregl-ctrl-scale').textContent())?.replace(/[\d\s.,]/g, '');
    expect(await zoomIn.getAttribute('title')).toBe(words('ru', 'map.control.zoomIn'));
    expect(await scaleUnit()).toBe(words('ru', 'map.scale.kilometres'));

    await picker.selectOption('hy');
    await expect.poll(() => headerTitle(page)).toBe(words('hy', 'header.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hy');
    // …and follow the language picked, without a reload.
    await expect.poll(() => zoomIn.getAttribute('title')).toBe(words('hy', 'map.control.zoomIn'));
    expect(await page.locator('.maplibregl-ctrl-compass').getAttribute('title')).toBe(words('hy', 'map.control.resetBearing'));
    expect(await page.locator('.atlas-reset-view').getAttribute('title')).toBe(words('hy', 'map.control.resetView'));
    expect(await scaleUnit()).toBe(words('hy', 'map.scale.kilometres'));
    expect(await englishLeftBehind(page, 'hy', ['.maplibregl-control-container'])).toEqual([]);
    // One of each control still: the old ones went when the new ones came.
    expect(await page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).hash).toContain('lang=hy');
    // The map's key speaks it too: the legend rows come from the same scene as the pictures.
    await expect.poll(() => page.locator('.map-key').textContent()).toContain(words('hy', 'layer.southernGasCorridor'));

    // A visit without lang= opens in the language chosen last.
    await page.goto(new URL('', baseUrl).href);
    await expect.poll(() => headerTitle(page)).toBe(words('hy', 'header.title'));

    await page.getByRole('combobox', { name: words('hy', 'header.language') }).selectOption('en');
    await expect.poll(() => headerTitle(page)).toBe('Corridor Atlas');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => new URL(page.url()).hash).not.toContain('lang=');
  });
});
