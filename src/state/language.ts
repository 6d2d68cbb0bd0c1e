/**
 * The interface's language, from the store to the page: when `lang` changes, its catalogue is
 * fetched and then shown (the words change all at once, never half), and `<html lang>` follows
 * the language shown. The picker's choice is remembered in this browser.
 */
import { useAtlas } from './store.ts';
import { loadIntl } from './messages.ts';
import { LANGUAGE_NAMES, langOfLocale, openingLang, type Lang } from '../model/words/language.ts';
import { defineMessages } from '../model/words/message.ts';

const STORAGE_KEY = 'corridor-atlas.lang';

const messages = defineMessages({
  unavailable: {
    id: 'language.unavailable',
    defaultMessage: 'The interface in {language} could not be loaded: the atlas’s server did not answer. Choose it again to try once more.',
    description: 'Notice when a language’s catalogue cannot be fetched; {language} is the language’s own name, e.g. Русский',
  },
});

/** The language a page opens in, the link's if it names one (see model/words/language.ts). */
export function pageOpeningLang(link: Lang | null): Lang {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage turned off: the language is still carried by the link.
  }
  return openingLang({ link, remembered, browser: navigator.languages ?? [] });
}

/** The user picked a language: show it, and open in it next time. */
export function chooseLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the link still carries it.
  }
  useAtlas.getState().setLang(lang);
}

/** Shows the store's language once its words are here; resolves when the opening language is shown. */
export function startLanguage(): Promise<void> {
  const show = async (lang: Lang) => {
    const state = useAtlas.getState();
    try {
      const intl = await loadIntl(lang);
      // Another language may have been chosen while this one was fetched.
      if (useAtlas.getState().lang === lang) useAtlas.getState().showLanguage(intl);
    } catch {
      state.notify(state.intl.formatMessage(messages.unavailable, { language: LANGUAGE_NAMES[lang] }));
      if (useAtlas.getState().lang === lang) state.setLang(langOfLocale(state.intl.locale));
    }
  };
  useAtlas.subscribe((state, previous) => {
    if (state.lang !== previous.lang && state.lang !== langOfLocale(state.intl.locale)) void show(state.lang);
    if (state.intl !== previous.intl) document.documentElement.lang = langOfLocale(state.intl.locale);
  });
  document.documentElement.lang = langOfLocale(useAtlas.getState().intl.locale);
  const opening = useAtlas.getState().lang;
  return opening === langOfLocale(useAtlas.getState().intl.locale) ? Promise.resolve() : show(opening);
}
