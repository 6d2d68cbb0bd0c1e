/**
 * The interface's catalogues in Node, for the command line: the same id → text files the app
 * compiles (src/i18n/messages/), read as they are and formatted by react-intl's createIntl, which
 * in Node parses ICU itself. English is each message's own text.
 */
import { readFileSync } from 'node:fs';
import { createIntl, createIntlCache } from 'react-intl';
import { LOCALES, type Lang } from '../../src/model/words/language.ts';
import type { Translate } from '../../src/model/words/message.ts';

const FOLDER = new URL('../../src/i18n/messages/', import.meta.url);
const cache = createIntlCache();

/** The catalogue's text of each message in a language (English: the code's own, from en.json). */
function catalogue(lang: Lang): Record<string, string> {
  const read = JSON.parse(readFileSync(new URL(`${lang}.json`, FOLDER), 'utf8')) as Record<string, string | { defaultMessage: string }>;
  return Object.fromEntries(Object.entries(read).map(([id, entry]) => [id, typeof entry === 'string' ? entry : entry.defaultMessage]));
}

const translators = new Map<Lang, Translate>();

/** Words in a language, as the app says them. */
export function translatorFor(lang: Lang): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    const intl = createIntl({ locale: LOCALES[lang], defaultLocale: LOCALES.en, messages: catalogue(lang), onError: () => undefined }, cache);
    translate = (message, values) => intl.formatMessage(message, values);
    translators.set(lang, translate);
  }
  return translate;
}
