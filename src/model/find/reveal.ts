/**
 * Selecting or framing something the filters hide: the filters give way for it, and the user is
 * told which, so the map never flies to an empty place in silence. Pure.
 */
import { layerTitleMessage, type LayerId } from '../features/layers.ts';
import type { AtlasFeature } from '../features/feature.ts';
import type { Status } from '../features/featureVocabulary.ts';
import { matchesFilter, NO_FILTER, type CitedPassages, type Facet, type FeatureFilter } from './filter.ts';
import { defineMessages, worded, type Message, type Worded } from '../words/message.ts';
import { LIST_WORDS } from '../words/listWords.ts';

export interface Filters {
  visibleLayers: ReadonlySet<LayerId>;
  filter: FeatureFilter;
}

export interface Revealed extends Filters {
  /** What gave way, in words; null when nothing was hidden. */
  notice: Worded | null;
}

const WORDS = defineMessages({
  hidden: {
    id: 'reveal.hidden',
    defaultMessage: '{names} {count, plural, one {was} other {were}} hidden by the filters: {changes}.',
    description: 'Notice when a chosen feature was hidden and is shown after all; {names} are the features, quoted; {changes} what gave way, e.g. “the layer “Railways” is shown again; the country filter is cleared”',
  },
  layer: { id: 'reveal.layer', defaultMessage: 'the layer {layer} is shown again', description: 'Part of a notice; {layer} is a layer’s title, quoted' },
  statuses: {
    id: 'reveal.statuses',
    defaultMessage: '{count, plural, one {the status {statuses} is shown again} other {the statuses {statuses} are shown again}}',
    description: 'Part of a notice; {statuses} are statuses in lower case, quoted, e.g. “proposed”',
  },
  kinds: { id: 'reveal.clearedKinds', defaultMessage: 'the kind filter is cleared', description: 'Part of a notice: the filter by kind of feature was emptied' },
  countries: { id: 'reveal.clearedCountries', defaultMessage: 'the country filter is cleared', description: 'Part of a notice' },
  documents: { id: 'reveal.clearedDocuments', defaultMessage: 'the document filter is cleared', description: 'Part of a notice' },
  section: { id: 'reveal.clearedSection', defaultMessage: 'the section filter is cleared', description: 'Part of a notice' },
  voltageKv: { id: 'reveal.clearedVoltage', defaultMessage: 'the voltage range is cleared', description: 'Part of a notice' },
  capacityMw: { id: 'reveal.clearedCapacity', defaultMessage: 'the capacity range is cleared', description: 'Part of a notice' },
});

/** A status inside a sentence, in lower case as the data writes it. */
const STATUS_IN_TEXT: Record<Status, Message> = defineMessages({
  operating: { id: 'reveal.status.operating', defaultMessage: 'operating', description: 'A status inside a sentence, lower case' },
  'under construction': { id: 'reveal.status.underConstruction', defaultMessage: 'under construction', description: 'A status inside a sentence, lower case' },
  planned: { id: 'reveal.status.planned', defaultMessage: 'planned', description: 'A status inside a sentence, lower case' },
  proposed: { id: 'reveal.status.proposed', defaultMessage: 'proposed', description: 'A status inside a sentence, lower case' },
  'under discussion': { id: 'reveal.status.underDiscussion', defaultMessage: 'under discussion', description: 'A status inside a sentence, lower case' },
  suspended: { id: 'reveal.status.suspended', defaultMessage: 'suspended', description: 'A status inside a sentence, lower case: built, but out of service for a time' },
});

/** A facet that hid a feature is cleared, in these words (status gives way by one option instead). */
const CLEARED: Record<Exclude<Facet, 'statuses'>, Message> = {
  kinds: WORDS.kinds,
  countries: WORDS.countries,
  documents: WORDS.documents,
  section: WORDS.section,
  voltageKv: WORDS.voltageKv,
  capacityMw: WORDS.capacityMw,
};

const quoted = (name: Worded | { featureId: string; name: string }) => worded(LIST_WORDS.quoted, { name });

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
  const gaveWay: Worded[] = [
    ...layers.map((layer) => worded(WORDS.layer, { layer: quoted(worded(layerTitleMessage(layer))) })),
    ...(statuses.length > 0
      ? [worded(WORDS.statuses, { count: statuses.length, statuses: { items: statuses.map((status) => quoted(worded(STATUS_IN_TEXT[status]))), separator: ', ' } })]
      : []),
    ...cleared.map((facet) => worded(CLEARED[facet])),
  ];
  return {
    visibleLayers: new Set([...filters.visibleLayers, ...layers]),
    filter,
    notice: worded(WORDS.hidden, {
      names: { items: hidden.map((feature) => quoted({ featureId: feature.id, name: feature.properties.name })), separator: ', ' },
      count: hidden.length,
      changes: { items: gaveWay, separator: LIST_WORDS.clauses },
    }),
  };
}
