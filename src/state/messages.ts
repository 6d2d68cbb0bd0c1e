/**
 * The interface's words in each language: the catalogues compiled at build time
 * (scripts/lib/compiledMessages.ts). English comes with the app; the others are fetched when chosen.
 */
import { createIntl, createIntlCache, type IntlShape, type MessageFormatElement } from 'react-intl';
import english from 'virtual:messages/en';
import { LOCALES, type Lang } from '../model/language';

type Messages = Record<string, MessageFormatElement[]>;

const LATER: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Messages }>> = {
  az: () => import('virtual:messages/az'),
  hy: () => import('virtual:messages/hy'),
  ru: () => import('virtual:messages/ru'),
};

const cache = createIntlCache();

/** The interface in one language: react-intl's formatter over that language's catalogue. */
export function intlFor(lang: Lang, messages: Messages): IntlShape {
  return createIntl({ locale: LOCALES[lang], defaultLocale: LOCALES.en, messages }, cache);
}

export const ENGLISH: IntlShape = intlFor('en', english);

/** The interface in a language, fetching its catalogue once. Rejects when it cannot be fetched. */
const loaded = new Map<Lang, Promise<IntlShape>>([['en', Promise.resolve(ENGLISH)]]);
export function loadIntl(lang: Lang): Promise<IntlShape> {
  let intl = loaded.get(lang);
  if (!intl) {
    intl = LATER[lang as Exclude<Lang, 'en'>]().then((module) => intlFor(lang, module.default));
    // A failed fetch may succeed when asked again (the network came back).
    intl.catch(() => loaded.delete(lang));
    loaded.set(lang, intl);
  }
  return intl;
}
