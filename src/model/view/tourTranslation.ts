/**
 * A tour in another language: one file per language beside the tour
 * (data/tours/<tour>.<lang>.json). Each step names the English title it translates, so a step
 * rewritten in English shows its English words until it is translated again, never a stale
 * translation (and the validator names the step). The documents' passages are never translated.
 */
import type { Lang } from '../words/language.ts';
import type { Tour } from './tour.ts';
import { isJsonObject } from '../features/jsonShape.ts';

export interface TourTranslation {
  tour: string;
  lang: string;
  title: string;
  note?: string;
  steps: { translates: string; title: string; text: string }[];
}

/** A step's words as shown, and the language they are in (English where no translation fits). */
export interface StepWords {
  title: string;
  text: string;
  lang: Lang;
}

/** A translation file as the app reads it by its outline, or null (the full check is tourTranslationProblems). */
export function readTourTranslation(json: unknown): TourTranslation | null {
  if (!isJsonObject(json) || typeof json.tour !== 'string' || typeof json.lang !== 'string' || !Array.isArray(json.steps)) return null;
  const wellFormed = json.steps.every((step) => isJsonObject(step) && ['translates', 'title', 'text'].every((key) => typeof step[key] === 'string'));
  return wellFormed ? (json as unknown as TourTranslation) : null;
}

/** The words of a tour's step in a language, or its English words where that language has none for it. */
export function stepWords(tour: Tour, index: number, translation: TourTranslation | null, lang: Lang): StepWords {
  const english = tour.steps[index];
  const translated = translation?.tour === tour.id && translation.lang === lang ? translation.steps[index] : undefined;
  if (translated && translated.translates === english.title) return { title: translated.title, text: translated.text, lang };
  return { title: english.title, text: english.text, lang: 'en' };
}

/** The figures a text states, as digits: "1,800 km in 2017" and "1 800 km, 2017-ci ildə" both give 1800 and 2017. */
export function statedNumbers(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d{3}(?!\d))*/g)].map((match) => match[0].replace(/\D/g, '')).sort();
}
