/**
 * The words of the data contract (kinds, statuses, accuracies), apart from its zod schemas in
 * feature.ts: the app's filters and links use them at start without loading a validator.
 */
import { defineMessages, type Message } from '../words/message.ts';

export const FIGURE_QUANTITIES = ['length', 'voltage', 'capacity', 'power', 'area', 'other'] as const;

export const FEATURE_KINDS = [
  'rail',
  'road',
  'sea-route',
  'power-line',
  'cable',
  'pipeline',
  'port',
  'landing',
  'substation',
  'plant',
  'field',
  'place',
  'region',
  'border-crossing',
  'corridor',
] as const;

export const STATUSES = ['operating', 'under construction', 'planned', 'proposed', 'under discussion', 'suspended'] as const;

export const GEOMETRY_ACCURACIES = ['surveyed', 'approximate', 'schematic'] as const;

/**
 * What a cited passage is to a feature: it describes the feature (names it, or the concrete
 * infrastructure it is part of), or it is context (speaks of the corridor or programme the feature
 * belongs to, without describing it). The feature panel shows context apart.
 */
export const CITATION_ROLES = ['describes', 'context'] as const;

/**
 * Whose usage an alternate name is. A name one side uses, or a document's own term, is never
 * shown as the atlas's own: it always carries its usage (ALTERNATE_NAME_USAGE_LABELS).
 */
export const ALTERNATE_NAME_USAGES = [
  'bulletin',
  'charter',
  'azerbaijani-official',
  'armenian',
  'russian',
  'turkish',
  'georgian',
  'international',
  'historic',
  'spelling',
  'abbreviation',
  'project',
] as const;

/** How a usage reads beside the name, in the panel and the search results, in the language shown. */
export const ALTERNATE_NAME_USAGE_MESSAGES = defineMessages({
  bulletin: { id: 'usage.bulletin', defaultMessage: 'the bulletin’s term', description: 'Whose name this is: the Azerbaijani bulletin’s' },
  charter: { id: 'usage.charter', defaultMessage: 'the Charter’s term', description: 'Whose name this is: the US–Azerbaijan Charter’s' },
  'azerbaijani-official': { id: 'usage.azerbaijaniOfficial', defaultMessage: 'Azerbaijani official usage' },
  armenian: { id: 'usage.armenian', defaultMessage: 'Armenian usage' },
  russian: { id: 'usage.russian', defaultMessage: 'Russian form' },
  turkish: { id: 'usage.turkish', defaultMessage: 'Turkish form' },
  georgian: { id: 'usage.georgian', defaultMessage: 'Georgian form' },
  international: { id: 'usage.international', defaultMessage: 'common international usage' },
  historic: { id: 'usage.historic', defaultMessage: 'historic name' },
  spelling: { id: 'usage.spelling', defaultMessage: 'other spelling or transliteration' },
  abbreviation: { id: 'usage.abbreviation', defaultMessage: 'abbreviation' },
  project: { id: 'usage.project', defaultMessage: 'project or operator name' },
}) satisfies Record<(typeof ALTERNATE_NAME_USAGES)[number], Message>;

/** The same in English, for every export (the data's language). */
export const ALTERNATE_NAME_USAGE_LABELS = Object.fromEntries(
  Object.entries(ALTERNATE_NAME_USAGE_MESSAGES).map(([usage, message]) => [usage, message.defaultMessage]),
) as Record<(typeof ALTERNATE_NAME_USAGES)[number], string>;

export type CitationRole = (typeof CITATION_ROLES)[number];
export type AlternateNameUsage = (typeof ALTERNATE_NAME_USAGES)[number];

/** Another name a feature is known by, and whose usage it is (the zod schema is AlternateNameSchema in feature.ts). */
export interface AlternateName {
  name: string;
  usage: AlternateNameUsage;
}
export type FeatureKind = (typeof FEATURE_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type GeometryAccuracy = (typeof GEOMETRY_ACCURACIES)[number];

/** Kinds that are not projects: places and regions are never given a project status. */
export const STATUSLESS_KINDS: readonly FeatureKind[] = ['place', 'region'];

/**
 * Whether the status filter lets a feature through. Places, regions and anything else without a
 * project status are never hidden by it: unticking "Operating" must not empty the map of towns.
 */
export function passesStatusFilter(status: Status | undefined, shown: ReadonlySet<Status>): boolean {
  return status === undefined || shown.has(status);
}
