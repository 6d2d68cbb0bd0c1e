/**
 * A guided tour: steps that frame a part of the map, say in plain words what is there, and show
 * one passage of the documents about it. The file format is checked here; the tour runs through
 * presentation mode.
 */
import { z } from './schemaRuntime.ts';
import { CitationSchema } from './feature.ts';

const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const TourStepSchema = z
  .strictObject({
    title: z.string().min(1).max(80),
    text: z.string().min(1).max(600),
    featureIds: z.array(z.string().min(1)).min(1).optional(),
    bounds: z.tuple([LonLatSchema, LonLatSchema]).optional(),
    passage: CitationSchema.optional(),
  })
  // Features and bounds together: the step frames both (the features and the neighbours round them).
  .refine((step) => step.featureIds || step.bounds, 'a step frames features or bounds');

export const TourSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  note: z.string().optional(),
  steps: z.array(TourStepSchema).min(1),
});

export type Tour = z.infer<typeof TourSchema>;
export type TourStep = z.infer<typeof TourStepSchema>;

export function parseTour(json: unknown): { tour: Tour | null; problem: string | null } {
  const parsed = TourSchema.safeParse(json);
  if (parsed.success) return { tour: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  return { tour: null, problem: `The tour could not be read: ${issue.path.join('.')}: ${issue.message}.` };
}
