/**
 * Facets: which features a question keeps. Status, kind, country, document (and section), and
 * voltage or capacity where the documents state them; facets combine (and), options within a facet
 * add up (or). Counts say how many features each option would leave, given the other facets.
 */
import type { AtlasFeature } from '../features/feature.ts';
import { FEATURE_KINDS, STATUSES, type FeatureKind, type Status } from '../features/featureVocabulary.ts';
import { SOURCE_IDS, type SourceId } from '../documents/sources.ts';
import type { CitationIndex, PassageRef } from '../documents/citationIndex.ts';
import type { ReadableDocument } from '../documents/documentText.ts';
import { defineMessages, worded, type Worded } from '../words/message.ts';
import { firstFew, quotedNames } from '../words/listWords.ts';

export interface NumberRange {
  min: number | null;
  max: number | null;
}

export interface FeatureFilter {
  /** null: any. Features without a project status (places, regions) are never hidden by this facet. */
  statuses: Status[] | null;
  kinds: FeatureKind[] | null;
  countries: string[] | null;
  /** Features cited by these documents. */
  documents: SourceId[] | null;
  /** Features cited within this stretch of a document (one of its sections). */
  section: PassageRef | null;
  /** Stated voltage in kV; a feature passes if one of its stated voltages is in range. */
  voltageKv: NumberRange;
  /** Stated power or capacity in MW. */
  capacityMw: NumberRange;
}

export const NO_RANGE: NumberRange = { min: null, max: null };

export const NO_FILTER: FeatureFilter = {
  statuses: null,
  kinds: null,
  countries: null,
  documents: null,
  section: null,
  voltageKv: NO_RANGE,
  capacityMw: NO_RANGE,
};

/** Where each feature is cited: the anchored passages of the citation index. */
export type CitedPassages = Pick<CitationIndex, 'citationsByFeature'>;

export function statedVoltagesKv(feature: AtlasFeature): number[] {
  return feature.properties.figures.flatMap((figure) =>
    figure.quantity !== 'voltage' ? [] : figure.unit === 'kV' ? [figure.value] : figure.unit === 'V' ? [figure.value / 1000] : [],
  );
}

export function statedCapacitiesMw(feature: AtlasFeature): number[] {
  return feature.properties.figures.flatMap((figure) => {
    if (figure.quantity !== 'power' && figure.quantity !== 'capacity') return [];
    return figure.unit === 'MW' ? [figure.value] : figure.unit === 'GW' ? [figure.value * 1000] : [];
  });
}

export function isRangeSet(range: NumberRange): boolean {
  return range.min !== null || range.max !== null;
}

function inRange(values: number[], range: NumberRange): boolean {
  if (!isRangeSet(range)) return true;
  return values.some((value) => (range.min === null || value >= range.min) && (range.max === null || value <= range.max));
}

const allows = <T>(chosen: readonly T[] | null, value: T) => chosen === null || chosen.includes(value);

export type Facet = 'statuses' | 'kinds' | 'countries' | 'documents' | 'section' | 'voltageKv' | 'capacityMw';

/** Whether a feature passes one facet of the filter. */
function passesFacet(feature: AtlasFeature, filter: FeatureFilter, facet: Facet, cited: CitedPassages): boolean {
  const p = feature.properties;
  switch (facet) {
    case 'statuses':
      return p.status === undefined || allows(filter.statuses, p.status);
    case 'kinds':
      return allows(filter.kinds, p.kind);
    case 'countries':
      return filter.countries === null || p.countries.some((country) => filter.countries!.includes(country));
    case 'documents':
      return filter.documents === null || passagesOf(feature, cited).some((passage) => filter.documents!.includes(passage.source));
    case 'section': {
      const section = filter.section;
      return (
        section === null ||
        passagesOf(feature, cited).some((passage) => passage.source === section.source && passage.start < section.end && passage.end > section.start)
      );
    }
    case 'voltageKv':
      return inRange(statedVoltagesKv(feature), filter.voltageKv);
    case 'capacityMw':
      return inRange(statedCapacitiesMw(feature), filter.capacityMw);
  }
}

const FACETS: readonly Facet[] = ['statuses', 'kinds', 'countries', 'documents', 'section', 'voltageKv', 'capacityMw'];

function passagesOf(feature: AtlasFeature, cited: CitedPassages): readonly PassageRef[] {
  return cited.citationsByFeature.get(feature.id) ?? [];
}

/** Whether a feature passes every facet of the filter. */
export function matchesFilter(feature: AtlasFeature, filter: FeatureFilter, cited: CitedPassages): boolean {
  return FACETS.every((facet) => passesFacet(feature, filter, facet, cited));
}

export function filterFeatures(features: readonly AtlasFeature[], filter: FeatureFilter, cited: CitedPassages): AtlasFeature[] {
  if (isEmptyFilter(filter)) return [...features];
  return features.filter((feature) => matchesFilter(feature, filter, cited));
}

export function isEmptyFilter(filter: FeatureFilter): boolean {
  return (
    filter.statuses === null &&
    filter.kinds === null &&
    filter.countries === null &&
    filter.documents === null &&
    filter.section === null &&
    !isRangeSet(filter.voltageKv) &&
    !isRangeSet(filter.capacityMw)
  );
}

/** How many features each option leaves, given the other facets as they are. */
export interface FacetCounts {
  statuses: Map<Status, number>;
  kinds: Map<FeatureKind, number>;
  countries: Map<string, number>;
  documents: Map<SourceId, number>;
  /** Features that state a voltage / a capacity and pass the other facets. */
  withVoltage: number;
  withCapacity: number;
  /** Features the whole filter leaves. */
  total: number;
}

export function facetCounts(features: readonly AtlasFeature[], filter: FeatureFilter, cited: CitedPassages): FacetCounts {
  const counts: FacetCounts = {
    statuses: new Map(),
    kinds: new Map(),
    countries: new Map(),
    documents: new Map(),
    withVoltage: 0,
    withCapacity: 0,
    total: 0,
  };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const feature of features) {
    const passes = Object.fromEntries(FACETS.map((facet) => [facet, passesFacet(feature, filter, facet, cited)])) as Record<Facet, boolean>;
    const passesAllBut = (except: Facet) => FACETS.every((facet) => facet === except || passes[facet]);
    const p = feature.properties;
    if (passesAllBut('statuses') && p.status !== undefined) bump(counts.statuses, p.status);
    if (passesAllBut('kinds')) bump(counts.kinds, p.kind);
    if (passesAllBut('countries')) p.countries.forEach((country) => bump(counts.countries, country));
    if (passesAllBut('documents')) new Set(passagesOf(feature, cited).map((passage) => passage.source)).forEach((source) => bump(counts.documents, source));
    if (passesAllBut('voltageKv') && statedVoltagesKv(feature).length > 0) counts.withVoltage++;
    if (passesAllBut('capacityMw') && statedCapacitiesMw(feature).length > 0) counts.withCapacity++;
    if (FACETS.every((facet) => passes[facet])) counts.total++;
  }
  return counts;
}

/** The options a facet offers, in the order the panel lists them. */
export interface FacetOptions {
  statuses: readonly Status[];
  kinds: readonly FeatureKind[];
  countries: readonly string[];
  documents: readonly SourceId[];
}

export function facetOptions(features: readonly AtlasFeature[]): FacetOptions {
  const kinds = new Set(features.map((feature) => feature.properties.kind));
  const countries = new Set(features.flatMap((feature) => feature.properties.countries));
  return {
    statuses: STATUSES,
    kinds: FEATURE_KINDS.filter((kind) => kinds.has(kind)),
    countries: [...countries].sort((a, b) => a.localeCompare(b)),
    documents: SOURCE_IDS,
  };
}

export type ListFacet = 'statuses' | 'kinds' | 'countries' | 'documents';

type OptionOf<F extends ListFacet> = NonNullable<FeatureFilter[F]>[number];

/**
 * Chooses or unchooses one option. Nothing chosen means any; choosing every option reads as
 * nothing chosen too, so a filter that lets everything through is no filter.
 */
export function toggleOption<F extends ListFacet>(filter: FeatureFilter, facet: F, option: OptionOf<F>, all: readonly OptionOf<F>[]): FeatureFilter {
  const chosen = (filter[facet] ?? []) as readonly OptionOf<F>[];
  const next = chosen.includes(option) ? chosen.filter((value) => value !== option) : all.filter((value) => value === option || chosen.includes(value));
  return { ...filter, [facet]: next.length === 0 || next.length === all.length ? null : next };
}

export function isChosen<F extends ListFacet>(filter: FeatureFilter, facet: F, option: OptionOf<F>): boolean {
  return ((filter[facet] ?? []) as readonly OptionOf<F>[]).includes(option);
}

export function clearFacet(filter: FeatureFilter, facet: Facet): FeatureFilter {
  return { ...filter, [facet]: NO_FILTER[facet] };
}

export function setRange(filter: FeatureFilter, facet: 'voltageKv' | 'capacityMw', end: 'min' | 'max', value: number | null): FeatureFilter {
  return { ...filter, [facet]: { ...filter[facet], [end]: value !== null && Number.isFinite(value) ? value : null } };
}

/** A document's sections as stretches of its text, each up to the next heading. */
export function sectionSpans(source: SourceId, doc: Pick<ReadableDocument, 'sections' | 'text'>): (PassageRef & { title: string })[] {
  return doc.sections.map((section, i) => ({
    source,
    start: section.start,
    end: doc.sections[i + 1]?.start ?? doc.text.length,
    title: section.title,
  }));
}

const { unknownCountries: UNKNOWN_COUNTRIES } = defineMessages({
  unknownCountries: {
    id: 'link.unknownCountries',
    defaultMessage: "No feature of the atlas lies in {names}; the link's country filter leaves {count, plural, one {it} other {them}} out.",
    description: 'Notice about a link’s country filter; {names} are the countries as the link wrote them (in English), quoted; {count} how many',
  },
});

/**
 * A link's country filter against the atlas: the countries no feature lists are dropped, with a
 * notice naming them, so "#country=Narnia" never shows an empty map without a word.
 */
export function withKnownCountries(filter: FeatureFilter, features: readonly AtlasFeature[]): { filter: FeatureFilter; notice?: Worded } {
  if (filter.countries === null) return { filter };
  const listed = new Set(features.flatMap((feature) => feature.properties.countries));
  const unknown = filter.countries.filter((country) => !listed.has(country));
  if (unknown.length === 0) return { filter };
  const known = filter.countries.filter((country) => listed.has(country));
  // The names as the link wrote them, each in the quotation marks of the language shown.
  const names = firstFew(quotedNames(unknown.map((country) => country.slice(0, 40))).items);
  return {
    filter: { ...filter, countries: known.length > 0 ? known : null },
    notice: worded(UNKNOWN_COUNTRIES, { names, count: unknown.length }),
  };
}
