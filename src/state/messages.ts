/**
 * The interface's words in each language: the catalogues compiled at build time
 * (scripts/lib/compiledMessages.ts). English comes with the app; the others are fetched when chosen,
 * with the gazetteer that names the features in them (model/names/gazetteerData.ts) and the tour's words.
 */
import { createIntl, createIntlCache, type IntlShape, type MessageFormatElement } from 'react-intl';
import english from 'virtual:messages/en';
import { LOCALES, type Lang } from '../model/words/language.ts';
import { featureNameIn, type Gazetteer } from '../model/names/gazetteer.ts';
import { readTourTranslation, type TourTranslation } from '../model/view/tourTranslation.ts';

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
    const names = import('../model/names/gazetteerData.ts').then((module) => (gazetteer = module.GAZETTEER));
    // A tour without this language's words shows its English ones: the interface does not wait on it.
    const tour = import(`../../data/tours/region-walkthrough.${lang}.json`)
      .then((module: { default: unknown }) => readTourTranslation(module.default))
      .catch(() => null)
      .then((translation) => translation && tourTranslations.set(lang, translation));
    intl = Promise.all([LATER[lang as Exclude<Lang, 'en'>](), names, tour]).then(([module]) => intlFor(lang, module.default));
    // A failed fetch may succeed when asked again (the network came back).
    intl.catch(() => loaded.delete(lang));
    loaded.set(lang, intl);
  }
  return intl;
}

/** Fetched with the first language other than English: the features' names in every language. */
let gazetteer: Gazetteer | null = null;

/** A feature's name in a language whose words are shown (its English name until the gazetteer is here). */
export function featureNameFor(lang: Lang): (feature: { id: string; properties: { name: string } }) => string {
  return featureNameIn(gazetteer, lang);
}

const tourTranslations = new Map<Lang, TourTranslation>();

/** The tour's words in a language whose words are shown, or null (the tour shows its English words). */
export function tourTranslationFor(lang: Lang): TourTranslation | null {
  return tourTranslations.get(lang) ?? null;
}
