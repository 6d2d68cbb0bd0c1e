/**
 * The tour file's full contract, in zod: checked by the validator when the app is built (and by
 * the tests). The app reads the built tour by its outline (model/view/tour.ts).
 */
import { z } from '../features/schemaRuntime.ts';
import { CitationSchema } from '../features/feature.ts';
import type { Tour } from '../view/tour.ts';
import { readTourTranslation, statedNumbers } from '../view/tourTranslation.ts';
import { anchorQuote } from '../documents/anchor.ts';
import type { SourceId } from '../documents/sources.ts';
import { YEAR_LIMITS } from '../view/viewState.ts';

const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const TourStepSchema = z
  .strictObject({
    title: z.string().min(1).max(80),
    text: z.string().min(1).max(600),
    featureIds: z.array(z.string().min(1)).min(1).optional(),
    bounds: z.tuple([LonLatSchema, LonLatSchema]).optional(),
    passage: CitationSchema.optional(),
    year: z.number().int().min(YEAR_LIMITS[0]).max(YEAR_LIMITS[1]).optional(),
  })
  // Features and bounds together: the step frames both (the features and the neighbours round them).
  .refine((step) => step.featureIds || step.bounds, 'a step frames features or bounds');

export const TourSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  note: z.string().optional(),
  steps: z.array(TourStepSchema).min(1),
});

/** The tour, or the first thing wrong with it in plain words. */
export function parseTour(json: unknown): { tour: Tour | null; problem: string | null } {
  const parsed = TourSchema.safeParse(json);
  if (parsed.success) return { tour: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  return { tour: null, problem: `The tour could not be read: ${issue.path.join('.')}: ${issue.message}.` };
}

/** Everything wrong with a tour file, for the validator: its contract, then every frame and quote. */
export function tourFileProblems(json: unknown, texts: Readonly<Record<SourceId, string>>, featureIds: ReadonlySet<string>): string[] {
  const { tour, problem } = parseTour(json);
  if (!tour) return [problem!];
  return tour.steps.flatMap((step) => [
    ...(step.featureIds ?? []).filter((id) => !featureIds.has(id)).map((id) => `step "${step.title}" frames "${id}", which is no feature`),
    ...(step.passage && !anchorQuote(texts[step.passage.source], step.passage).ok
      ? [`step "${step.title}" quotes a passage not found exactly once in ${step.passage.source}`]
      : []),
  ]);
}

/** What a translated step may hold: languages run longer than English, and a caption must still fit. */
export const TRANSLATED_LIMITS = { title: 90, text: 720 };

/**
 * Everything wrong with a tour's translation into one language, for the validator: a step missing
 * or out of step with the English, words too long for the caption, or a figure the English states
 * and the translation lost or changed.
 */
export function tourTranslationProblems(tour: Tour, json: unknown, lang: string): string[] {
  const translation = readTourTranslation(json);
  if (!translation) return ['it is not a tour translation: it needs tour, lang, title and steps of {translates, title, text}'];
  const problems: string[] = [];
  if (translation.tour !== tour.id || translation.lang !== lang) problems.push(`it says it is "${translation.tour}" in "${translation.lang}", not "${tour.id}" in "${lang}"`);
  if (translation.steps.length !== tour.steps.length) problems.push(`it has ${translation.steps.length} steps; the tour has ${tour.steps.length}`);
  tour.steps.forEach((step, index) => {
    const translated = translation.steps[index];
    if (!translated) return;
    const where = `step ${index + 1} ("${step.title}")`;
    if (translated.translates !== step.title) problems.push(`${where} translates "${translated.translates}": the English changed, translate it again`);
    if (translated.title.length > TRANSLATED_LIMITS.title) problems.push(`${where}: the title is longer than ${TRANSLATED_LIMITS.title} characters`);
    if (translated.text.length > TRANSLATED_LIMITS.text) problems.push(`${where}: the text is longer than ${TRANSLATED_LIMITS.text} characters`);
    const said = statedNumbers(`${translated.title} ${translated.text}`);
    const lost = statedNumbers(`${step.title} ${step.text}`).filter((figure) => {
      const at = said.indexOf(figure);
      if (at >= 0) said.splice(at, 1);
      return at < 0;
    });
    if (lost.length > 0) problems.push(`${where}: the English states ${lost.join(', ')}, which the translation does not`);
  });
  return problems;
}
