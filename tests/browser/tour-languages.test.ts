/**
 * The tour in Azerbaijani, Armenian and Russian: every step's caption is in the language, and the
 * step is still framed wholly in the part of the map its (longer) caption and controls leave free,
 * on a phone, where the caption takes the most room, and on a small laptop, with no English left
 * behind in the caption and the controls. framing.test.ts walks the English tour at four sizes and
 * back again; this walks each language forward once (languages.test.ts looks at its first step only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browser, openAtlas, waitForCamera } from './harness.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { focusSubject } from '../../src/model/view/framing.ts';
import { parseTour } from '../../src/model/validation/tourSchema.ts';
import { expectFramedInFreePart, measureFraming } from './framingCheck.ts';
import { englishLeftBehind } from './untranslated.ts';
import type { Lang } from '../../src/model/words/language.ts';

const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature]));
const tour = parseTour(JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8'))).tour!;
const subjects = tour.steps.map((step) => focusSubject((step.featureIds ?? []).map((id) => byId.get(id)!), step.bounds)!);
const translated = (lang: Lang) =>
  (JSON.parse(readFileSync(`data/tours/region-walkthrough.${lang}.json`, 'utf8')) as { steps: { title: string }[] }).steps.map((step) => step.title);
const tourButton = (lang: Lang) => (JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8')) as Record<string, string>)['header.tour'];

const RUNS: { lang: Exclude<Lang, 'en'>; width: number; height: number }[] = [
  { lang: 'az', width: 390, height: 844 },
  { lang: 'hy', width: 390, height: 844 },
  { lang: 'ru', width: 390, height: 844 },
  { lang: 'hy', width: 1280, height: 720 },
];

async function waitForStep(page: Page, index: number) {
  await page.waitForFunction((i) => window.corridorAtlasStore!.getState().stepIndex === i && document.querySelectorAll('.tour-caption, .presentation-controls').length === 2, index);
  await waitForCamera(page);
}

describe('the tour in the region’s languages', () => {
  it.each(RUNS)('in $lang at $width×$height, every step in the language and framed clear of its caption', { timeout: 300_000 }, async ({ lang, width, height }) => {
    const { page, consoleErrors } = await openAtlas(browser, baseUrl, { width, height, path: `#lang=${lang}` });
    await page.getByRole('button', { name: tourButton(lang) }).click();
    const titles = translated(lang);
    for (const index of tour.steps.keys()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await waitForStep(page, index);
      const where = `${lang} step ${index + 1} "${titles[index]}"`;
      const caption = page.locator('.tour-caption');
      expect(await caption.locator('h2').textContent(), where).toBe(titles[index]);
      expect(await caption.locator('h2').getAttribute('lang'), where).toBe(lang);
      expect(await englishLeftBehind(page, lang, ['.presentation-overlay']), where).toEqual([]);
      // The whole caption can be read: on the screen, and scrolled only if it is taller than its room.
      const box = (await caption.boundingBox())!;
      expect(box.y + box.height, `${where}: the caption ends on the screen`).toBeLessThanOrEqual(height + 1);
      expectFramedInFreePart(await measureFraming(page, subjects[index]), where);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
