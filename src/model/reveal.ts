/**
 * Selecting or framing something the filters hide: the filters give way for it, and the user is
 * told which, so the map never flies to an empty place in silence. Pure.
 */
import { layerTitle, type LayerId } from './layers.ts';
import type { AtlasFeature } from './feature.ts';
import { matchesFilter, NO_FILTER, type CitedPassages, type Facet, type FeatureFilter } from './filter.ts';

export interface Filters {
  visibleLayers: ReadonlySet<LayerId>;
  filter: FeatureFilter;
}

export interface Revealed extends Filters {
  /** What gave way, in words; null when nothing was hidden. */
  notice: string | null;
}

/** A facet that hid a feature is cleared, in these words (status gives way by one option instead). */
const CLEARED: Record<Exclude<Facet, 'statuses'>, string> = {
  kinds: 'the kind filter is cleared',
  countries: 'the country filter is cleared',
  documents: 'the document filter is cleared',
  section: 'the section filter is cleared',
  voltageKv: 'the voltage range is cleared',
  capacityMw: 'the capacity range is cleared',
};

const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join(', ');

/** Whether the feature passes this one facet of the filter (the others set aside). */
function passesFacet(feature: AtlasFeature, filter: FeatureFilter, facet: Facet, cited: CitedPassages): boolean {
  return matchesFilter(feature, { ...NO_FILTER, [facet]: filter[facet] }, cited);
}

/** The filters with every one of these features drawn, and a notice naming what gave way. */
export function revealFeatures(filters: Filters, features: readonly AtlasFeature[], cited: CitedPassages): Revealed {
  const hidden = features.filter((feature) => !filters.visibleLayers.has(feature.properties.layer) || !matchesFilter(feature, filters.filter, cited));
  if (hidden.length === 0) return { ...filters, notice: null };

  const layers = [...new Set(hidden.map((feature) => feature.properties.layer))].filter((layer) => !filters.visibleLayers.has(layer));
  const statuses = [
    ...new Set(hidden.flatMap((feature) => (!passesFacet(feature, filters.filter, 'statuses', cited) && feature.properties.status ? [feature.properties.status] : []))),
  ];
  const cleared = (Object.keys(CLEARED) as (keyof typeof CLEARED)[]).filter((facet) =>
    hidden.some((feature) => !passesFacet(feature, filters.filter, facet, cited)),
  );
  const filter: FeatureFilter = {
    ...filters.filter,
    ...Object.fromEntries(cleared.map((facet) => [facet, NO_FILTER[facet]])),
    statuses: statuses.length > 0 ? [...filters.filter.statuses!, ...statuses] : filters.filter.statuses,
  };
  const gaveWay = [
    ...layers.map((layer) => `the layer “${layerTitle(layer)}” is shown again`),
    ...(statuses.length > 0 ? [`the status${statuses.length > 1 ? 'es' : ''} ${quoted(statuses)} ${statuses.length > 1 ? 'are' : 'is'} shown again`] : []),
    ...cleared.map((facet) => CLEARED[facet]),
  ];
  return {
    visibleLayers: new Set([...filters.visibleLayers, ...layers]),
    filter,
    notice: `${quoted(hidden.map((feature) => feature.properties.name))} ${hidden.length > 1 ? 'were' : 'was'} hidden by the filters: ${gaveWay.join('; ')}.`,
  };
}
