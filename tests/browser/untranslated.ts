/**
 * Finds English left behind in a page shown in another language: the visible text (and the
 * accessible names a screen reader speaks) of the parts of the page a view shows. Text an element
 * marks as another language (`lang="en"`: the documents' quotes, the data's names and notes, each
 * language's own name in the picker) is not the interface's and is not read.
 *
 * Two nets, since Azerbaijani is written in Latin letters too: any word of the English catalogue
 * that the language's own catalogue never uses, and, in Cyrillic and Armenian script, any Latin word
 * at all that is not a proper name of the allow-list.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/model/words/language.ts';
import { SOURCES } from '../../src/model/documents/sources.ts';

/** Proper names, file formats and technical terms that stay in Latin letters in every language. */
export const LATIN_ALLOWED = ['TRIPP', 'TANAP', 'TAP', 'SCP', 'Esc', 'GeoJSON', 'JSON', 'CSV', 'KML', 'PNG', 'SVG', 'PDF', 'Full HD', 'dpi', 'Web Annotations'];

/** Whole texts that are proper names in English: the documents' own titles (shown as a tooltip on a passage's source). */
export const TEXTS_ALLOWED = new Set(Object.values(SOURCES).map((source) => source.title));

const catalogue = (lang: Lang) => readFileSync(new URL(`../../src/i18n/messages/${lang}.json`, import.meta.url), 'utf8');
/** The tour's words in a language (data/tours/), which are that language's words as much as the catalogue's. */
const tourWords = (lang: Lang) => readFileSync(new URL(`../../data/tours/region-walkthrough.${lang}.json`, import.meta.url), 'utf8');
const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/** Words of the English interface that a language's catalogue does not share (so "status" in Azerbaijani is no English). */
function englishOnlyWords(lang: Lang): Set<string> {
  const english = Object.values(JSON.parse(catalogue('en')) as Record<string, { defaultMessage: string }>)
    // The arguments and plural keywords of ICU syntax are not words of the interface.
    .map((message) => message.defaultMessage.replace(/\{[^{}]*,\s*(plural|select|number)[^{}]*\{/g, '{').replace(/\{\w+\}/g, ' '));
  const own = new Set(words(catalogue(lang) + tourWords(lang)));
  return new Set(english.flatMap(words).filter((word) => !own.has(word)));
}

/** The interface's own text in the page's language under these parts of the page (CSS selectors), as [where, text] lines. */
async function interfaceText(page: Page, parts: readonly string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const lang = document.documentElement.lang;
    const ours = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true }) || element.closest('.visually-hidden') !== null;
    const out: string[] = [];
    for (const selector of selectors) {
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          const text = node.textContent!.trim();
          // A shown <select>'s options are read: they are its choices even while it is closed.
          const select = parent.closest('select');
          // Code to copy (the embed snippet, marked translate="no") is no words of the interface; its label still is.
          const code = parent.closest('[translate="no"]') !== null;
          if (text && !code && ours(parent) && (select ? shown(select) : shown(parent))) out.push(`${selector}: ${text}`);
        }
        for (const element of [root, ...root.querySelectorAll('*')]) {
          if (!ours(element) || !shown(element)) continue;
          for (const attribute of ['aria-label', 'placeholder', 'title', 'aria-valuetext']) {
            const value = element.getAttribute(attribute);
            if (value) out.push(`${selector} [${attribute}]: ${value}`);
          }
        }
      }
    }
    return out;
  }, parts);
}

/**
 * Lines of the interface's text under these parts that are English left behind, with the words that
 * give them away. `given`: what the user wrote (a file's name, a cell of their file), shown as they
 * wrote it inside the interface's sentences: not the interface's words, so not read.
 */
export async function englishLeftBehind(page: Page, lang: Exclude<Lang, 'en'>, parts: readonly string[], given: readonly string[] = []): Promise<string[]> {
  const englishOnly = englishOnlyWords(lang);
  const latinScript = lang === 'az';
  return (await interfaceText(page, parts)).flatMap((line) => {
    const text = given.reduce((rest, words) => rest.replaceAll(words, ' '), line.slice(line.indexOf(': ') + 2));
    if (TEXTS_ALLOWED.has(text)) return [];
    const found = new Set(words(text).filter((word) => englishOnly.has(word)));
    if (!latinScript) {
      const withoutNames = LATIN_ALLOWED.reduce((rest, name) => rest.replaceAll(name, ' '), text);
      for (const word of withoutNames.match(/[A-Za-z]{2,}/g) ?? []) found.add(word);
    }
    return found.size > 0 ? [`${line}  ← ${[...found].join(', ')}`] : [];
  });
}
