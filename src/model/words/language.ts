/**
 * The languages of the interface. The two documents stay in English whatever the language: their
 * passages are the evidence. Adding a language is a catalogue in src/i18n/messages/ and an entry here.
 */
export const LANGS = ['en', 'az', 'hy', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language in its own words, as the picker lists it: a reader finds their language without knowing English. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  az: 'Azərbaycanca',
  hy: 'Հայերեն',
  ru: 'Русский',
};

export const DEFAULT_LANG: Lang = 'en';

/** The locale each language formats dates and numbers in: the atlas's English is British ("30 Oct 2017"). */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', az: 'az', hy: 'hy', ru: 'ru' };

/** The language of a locale of ours ("en-GB" → en). */
export function langOfLocale(locale: string): Lang {
  return LANGS.find((lang) => LOCALES[lang] === locale) ?? DEFAULT_LANG;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language a browser prefers among ours ("ru-RU" → ru), or null. */
export function browserLang(preferred: readonly string[]): Lang | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}

/**
 * The language a page opens in: the link's, else the one the user chose last time, else the
 * browser's, else English. A link wins so that a shared link shows what its sender saw.
 */
export function openingLang({ link, remembered, browser }: { link: Lang | null; remembered: unknown; browser: readonly string[] }): Lang {
  return link ?? (isLang(remembered) ? remembered : null) ?? browserLang(browser) ?? DEFAULT_LANG;
}
