/**
 * The filter in a link: one key per facet that is set (status, kind, country, doc, section, kv, mw).
 * Links written before facets existed (only `status=`) read the same as they always did.
 */
import { FEATURE_KINDS, STATUSES, type FeatureKind, type Status } from '../features/featureVocabulary.ts';
import { SOURCE_IDS, type SourceId } from '../documents/sources.ts';
import { parsePassageKey, passageKey } from '../documents/citationIndex.ts';
import type { FeatureFilter, NumberRange } from './filter.ts';
import { defineMessages, worded, type Worded } from '../words/message.ts';

const PROBLEMS = defineMessages({
  statuses: { id: 'link.unknownStatuses', defaultMessage: 'Some statuses in the link are not known; they are ignored.', description: 'Notice about a link’s status filter' },
  kinds: { id: 'link.unknownKinds', defaultMessage: 'Some kinds of feature in the link are not known; they are ignored.', description: 'Notice about a link’s filter by kind (railway, pipeline…)' },
  countries: { id: 'link.badCountries', defaultMessage: 'Some countries in the link could not be read; they are ignored.', description: 'Notice about a link’s country filter' },
  documents: { id: 'link.unknownDocuments', defaultMessage: 'Some documents in the link do not exist; they are ignored.', description: 'Notice about a link’s filter by citing document' },
  section: { id: 'link.badSection', defaultMessage: 'The document section in the link is not valid; it is ignored.', description: 'Notice about a link’s filter by a section of a document' },
  voltage: { id: 'link.badVoltage', defaultMessage: 'The voltage range in the link is not valid; it is ignored.', description: 'Notice about a link’s voltage filter (kV)' },
  capacity: { id: 'link.badCapacity', defaultMessage: 'The capacity range in the link is not valid; it is ignored.', description: 'Notice about a link’s capacity filter (MW)' },
});

export const FILTER_KEYS = ['status', 'kind', 'country', 'doc', 'section', 'kv', 'mw'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

const MAX_COUNTRIES = 40;
const MAX_COUNTRY_NAME = 60;

const spaced = (value: string) => value.replace(/_/g, ' ');
const underscored = (value: string) => value.replace(/ /g, '_');
const list = (value: string) => (value === '' ? [] : value.split(','));

/** The known options a link names; all of them read as no filter at all. */
function known<T extends string>(all: readonly T[], value: string): { chosen: T[] | null; unknown: boolean } {
  const wanted = list(value).map(spaced);
  const chosen = all.filter((option) => wanted.includes(option));
  return { chosen: chosen.length === all.length ? null : chosen, unknown: chosen.length !== wanted.length };
}

/** "300..", "..500", "300..500"; null for anything else. */
function parseRange(value: string): NumberRange | null {
  const match = /^(\d{1,6}(?:\.\d{1,3})?)?\.\.(\d{1,6}(?:\.\d{1,3})?)?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const range = { min: match[1] === undefined ? null : Number(match[1]), max: match[2] === undefined ? null : Number(match[2]) };
  return range.min !== null && range.max !== null && range.min > range.max ? null : range;
}

function formatRange(range: NumberRange): string {
  return `${range.min ?? ''}..${range.max ?? ''}`;
}

/** Reads one facet of the link into the filter; a part that cannot be read is dropped with a problem. */
export function readFilterParam(filter: FeatureFilter, key: FilterKey, value: string): { filter: FeatureFilter; problem?: Worded } {
  switch (key) {
    case 'status': {
      const { chosen: named, unknown } = known<Status>(STATUSES, value);
      // "Suspended" came with the timeline: a link written before it that names every other status meant all of them.
      const everyOlder = named !== null && STATUSES.every((status) => status === 'suspended' || named.includes(status));
      const chosen = everyOlder ? null : named;
      return { filter: { ...filter, statuses: chosen }, problem: unknown ? worded(PROBLEMS.statuses) : undefined };
    }
    case 'kind': {
      const { chosen, unknown } = known<FeatureKind>(FEATURE_KINDS, value);
      return { filter: { ...filter, kinds: chosen }, problem: unknown ? worded(PROBLEMS.kinds) : undefined };
    }
    case 'country': {
      const names = list(value).map(spaced);
      const fine = names.filter((name) => name.trim() !== '' && name.length <= MAX_COUNTRY_NAME).slice(0, MAX_COUNTRIES);
      return {
        filter: { ...filter, countries: fine },
        problem: fine.length !== names.length ? worded(PROBLEMS.countries) : undefined,
      };
    }
    case 'doc': {
      const { chosen, unknown } = known<SourceId>(SOURCE_IDS, value);
      return { filter: { ...filter, documents: chosen }, problem: unknown ? worded(PROBLEMS.documents) : undefined };
    }
    case 'section': {
      const section = parsePassageKey(value);
      return section ? { filter: { ...filter, section } } : { filter, problem: worded(PROBLEMS.section) };
    }
    case 'kv':
    case 'mw': {
      const range = parseRange(value);
      const field = key === 'kv' ? 'voltageKv' : 'capacityMw';
      return range
        ? { filter: { ...filter, [field]: range } }
        : { filter, problem: worded(key === 'kv' ? PROBLEMS.voltage : PROBLEMS.capacity) };
    }
  }
}

/** Only the facets that are set go into the link, so links stay short. */
export function writeFilterParams(filter: FeatureFilter, params: URLSearchParams): void {
  if (filter.statuses) params.set('status', filter.statuses.map(underscored).join(','));
  if (filter.kinds) params.set('kind', filter.kinds.join(','));
  if (filter.countries) params.set('country', filter.countries.map(underscored).join(','));
  if (filter.documents) params.set('doc', filter.documents.join(','));
  if (filter.section) params.set('section', passageKey(filter.section));
  if (filter.voltageKv.min !== null || filter.voltageKv.max !== null) params.set('kv', formatRange(filter.voltageKv));
  if (filter.capacityMw.min !== null || filter.capacityMw.max !== null) params.set('mw', formatRange(filter.capacityMw));
}
