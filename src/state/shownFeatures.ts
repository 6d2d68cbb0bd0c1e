/**
 * The atlas's features the filter keeps, worked out once per filter: the map, the legend, the
 * layer lists, the table and the downloads all read this, so they agree.
 */
import { filterFeatures, type FeatureFilter } from '../model/filter';
import type { AtlasFeature } from '../model/feature';
import { citationIndex, featureById, features } from './atlasData';

let last: { filter: FeatureFilter; shown: readonly AtlasFeature[]; ids: ReadonlySet<string> } | null = null;

function kept(filter: FeatureFilter) {
  if (last?.filter !== filter) {
    const shown = filterFeatures(features, filter, citationIndex);
    last = { filter, shown, ids: new Set(shown.map((feature) => feature.id)) };
  }
  return last;
}

export function featuresInFilter(filter: FeatureFilter): readonly AtlasFeature[] {
  return kept(filter).shown;
}

/** Whether the filter keeps a feature; anything that is not one of the atlas's own features is kept. */
export function filterKeeps(filter: FeatureFilter, featureId: string): boolean {
  return !featureById.has(featureId) || kept(filter).ids.has(featureId);
}
