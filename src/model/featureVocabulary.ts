/**
 * The words of the data contract (kinds, statuses, accuracies), apart from its zod schemas in
 * feature.ts: the app's filters and links use them at start without loading a validator.
 */

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

export const STATUSES = ['operating', 'under construction', 'planned', 'proposed', 'under discussion'] as const;

export const GEOMETRY_ACCURACIES = ['surveyed', 'approximate', 'schematic'] as const;

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
