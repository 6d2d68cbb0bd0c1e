/**
 * The atlas's features in the year shown and kept by the filter, worked out once per year and
 * filter: the map, the legend, the layer lists, the facets, the table and the downloads all read
 * this, so they agree.
 */
import { filterFeatures, type FeatureFilter } from '../model/find/filter.ts';
import type { AtlasFeature } from '../model/features/feature.ts';
import { PRESENT_TIME, featuresAt, yearTime } from '../model/features/timeline.ts';
import { citationIndex, featureById, features } from './atlasData.ts';

/** The features as they stood in a year (null: the documents' present): begun by then, with their status then. */
export function featuresInYear(year: number | null): readonly AtlasFeature[] {
  return featuresAt(features, year === null ? PRESENT_TIME : yearTime(year));
}

let last: { filter: FeatureFilter; year: number | null; shown: readonly AtlasFeature[]; ids: ReadonlySet<string> } | null = null;

function kept(filter: FeatureFilter, year: number | null) {
  if (last?.filter !== filter || last.year !== year) {
    const shown = filterFeatures(featuresInYear(year), filter, citationIndex);
    last = { filter, year, shown, ids: new Set(shown.map((feature) => feature.id)) };
  }
  return last;
}

export function featuresInFilter(filter: FeatureFilter, year: number | null): readonly AtlasFeature[] {
  return kept(filter, year).shown;
}

/** Whether the year and the filter keep a feature; anything that is not one of the atlas's own features is kept. */
export function filterKeeps(filter: FeatureFilter, year: number | null, featureId: string): boolean {
  return !featureById.has(featureId) || kept(filter, year).ids.has(featureId);
}
