/**
 * The data contract of data/features/<layer-id>.geojson: one RFC 7946 FeatureCollection per layer,
 * every feature tied to verbatim passages of the source documents.
 * The JSON Schema in data/schema/ is generated from these zod schemas (scripts/data/build-schema.ts).
 */
import { z } from './schemaRuntime.ts';
import { LAYERS, type LayerId } from './layers.ts';
import { SOURCE_IDS } from '../documents/sources.ts';
import { ALTERNATE_NAME_USAGES, CITATION_ROLES, FEATURE_KINDS, FIGURE_QUANTITIES, GEOMETRY_ACCURACIES, STATUSES, STATUSLESS_KINDS } from './featureVocabulary.ts';

export * from './featureVocabulary.ts';

export { SOURCE_IDS, type SourceId } from '../documents/sources.ts';

const layerIds = LAYERS.map((layer) => layer.id) as [LayerId, ...LayerId[]];

/** A W3C TextQuoteSelector. prefix/suffix only where `exact` occurs more than once. */
export const CitationSchema = z.strictObject({
  source: z.enum(SOURCE_IDS),
  exact: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
});

/** A passage cited for a feature, saying whether it describes the feature or is context for it. */
export const FeatureCitationSchema = z.strictObject({
  ...CitationSchema.shape,
  role: z.enum(CITATION_ROLES),
});

/** Another name a feature is known by, and whose usage it is. */
export const AlternateNameSchema = z.strictObject({
  name: z.string().min(1),
  usage: z.enum(ALTERNATE_NAME_USAGES),
});

/**
 * An outside source for a date or status in the status note: who published it, where, and what it
 * says (the claim in its words or close to them). The validator holds every date of the note to it.
 */
export const StatusSourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().optional(),
  says: z.string().min(1),
});

/**
 * One change of a project's status, dated in EDTF (ISO 8601-2, read at build time by the `edtf`
 * library in model/validation/eventDates.ts): `2017-10-30`, `2026-02`, `2032~` (around 2032),
 * `../2030` (by 2030). No date: the evidence says it will be, not when, and the atlas guesses none.
 * Its evidence is a passage of the documents (said when the document was published) or an outside
 * source (said when it was published).
 */
export const StatusEventSchema = z
  .strictObject({
    status: z.enum(STATUSES),
    date: z.string().min(1).optional(),
    citation: CitationSchema.optional(),
    source: StatusSourceSchema.extend({
      /** When the source said it, in EDTF. */
      published: z.string().min(1),
    }).optional(),
  })
  .refine((event) => (event.citation === undefined) !== (event.source === undefined), {
    message: 'a status event has one piece of evidence: a passage (citation) or an outside source (source)',
  });

/** A figure as a document states it, with the passage that states it. */
export const FigureSchema = z.strictObject({
  quantity: z.enum(FIGURE_QUANTITIES),
  value: z.number(),
  unit: z.string().min(1),
  label: z.string().min(1),
  citation: CitationSchema,
});

export const GeometrySourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  note: z.string().min(1).optional(),
});

/**
 * A stretch of water a land line really crosses (a subsea section, a strait tunnel), declared with
 * its source so the geographic check lets the line cross water there and nowhere else.
 */
export const WaterCrossingSchema = z.strictObject({
  name: z.string().min(1),
  from: z.tuple([z.number(), z.number()]),
  to: z.tuple([z.number(), z.number()]),
  source: GeometrySourceSchema,
});

export const FeaturePropertiesSchema = z
  .strictObject({
    name: z.string().min(1),
    /** Every other name, transliteration and historic spelling a reader may search for, with whose usage it is. */
    alternate_names: z.array(AlternateNameSchema).optional(),
    /** Why a name is given in two forms, or which form the documents use (shown with the name). */
    name_note: z.string().min(1).optional(),
    layer: z.enum(layerIds),
    kind: z.enum(FEATURE_KINDS),
    /** Project status; absent for places, regions and anything else that is not a project. */
    status: z.enum(STATUSES).optional(),
    status_year: z.int().min(1900).max(2100).optional(),
    status_note: z.string().min(1).optional(),
    /** The outside sources of the status note's dates and claims (the documents' own are citations). */
    status_sources: z.array(StatusSourceSchema).min(1).optional(),
    /** The project's status through time, oldest first, each change with its evidence. */
    status_events: z.array(StatusEventSchema).min(1).optional(),
    countries: z.array(z.string().min(1)).min(1),
    summary: z.string().min(1),
    figures: z.array(FigureSchema),
    length_note: z.string().min(1).optional(),
    water_crossings: z.array(WaterCrossingSchema).min(1).optional(),
    geometry_accuracy: z.enum(GEOMETRY_ACCURACIES),
    geometry_sources: z.array(GeometrySourceSchema).min(1),
    citations: z.array(FeatureCitationSchema).min(1),
  })
  .refine((p) => !(STATUSLESS_KINDS.includes(p.kind) && p.status), {
    message: 'places and regions have no project status',
    path: ['status'],
  })
  .refine((p) => (p.status === undefined) === (p.status_year === undefined), {
    message: 'status and status_year come together',
    path: ['status_year'],
  });

const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const LineCoordinatesSchema = z.array(PositionSchema).min(2);
const RingSchema = z.array(PositionSchema).min(4);

export const GeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema }),
  z.strictObject({ type: z.literal('LineString'), coordinates: LineCoordinatesSchema }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(LineCoordinatesSchema).min(1) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(RingSchema).min(1) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(RingSchema).min(1)).min(1) }),
]);

export const FeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case kebab-case'),
  properties: FeaturePropertiesSchema,
  geometry: GeometrySchema,
});

export const FeatureCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema),
});

export type Citation = z.infer<typeof CitationSchema>;
export type CitationWithRole = z.infer<typeof FeatureCitationSchema>;
export type StatusSource = z.infer<typeof StatusSourceSchema>;
/** A status event as written in data/features/, its dates EDTF text. */
export type WrittenStatusEvent = z.infer<typeof StatusEventSchema>;
/** The span of time an EDTF date stands for, as milliseconds. */
export interface DateSpan {
  /** When a status begins: the start of the date, or the end of a "by" interval. */
  from: number;
  /** The end of the date's span (the last millisecond of "2032~"). */
  to: number;
  /** Approximate (`~`), uncertain (`?`) or open ("by 2030"): drawn fading in across its span. */
  approximate: boolean;
}
/**
 * A status event as the app reads it: its dates read at build time into the data file
 * (model/validation/eventDates.ts), so the browser carries no EDTF parser.
 */
export type StatusEvent = WrittenStatusEvent & {
  /** The span of `date`; present exactly when `date` is. */
  date_span?: DateSpan;
  /** The span of the day its evidence said it (the document's or the source's `published`). */
  said_span: DateSpan;
};
export type Figure = z.infer<typeof FigureSchema>;
export type GeometrySource = z.infer<typeof GeometrySourceSchema>;
export type WaterCrossing = z.infer<typeof WaterCrossingSchema>;
/** A feature's properties as written in data/features/. */
export type FeatureProperties = z.infer<typeof FeaturePropertiesSchema>;
export type AtlasGeometry = z.infer<typeof GeometrySchema>;
/** A feature as written in data/features/ and checked by the validator. */
export type WrittenFeature = z.infer<typeof FeatureSchema>;
/** A feature as the app reads it from the built data file: its status events' dates already read. */
export type AtlasFeature = Omit<WrittenFeature, 'properties'> & {
  properties: Omit<FeatureProperties, 'status_events'> & { status_events?: StatusEvent[] };
};
/** A layer file as written in data/features/. */
export type AtlasFeatureCollection = z.infer<typeof FeatureCollectionSchema>;

/** The JSON Schema published as data/schema/feature-collection.schema.json. */
export function featureCollectionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(FeatureCollectionSchema),
    title: 'Corridor Atlas layer file (data/features/<layer-id>.geojson)',
  };
}
