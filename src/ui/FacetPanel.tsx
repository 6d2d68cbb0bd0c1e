import { useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { useAtlas } from '../state/store.ts';
import { citationIndex, documents, features } from '../state/atlasData.ts';
import { featuresInFilter, featuresInYear } from '../state/shownFeatures.ts';
import {
  NO_FILTER,
  clearFacet,
  facetCounts,
  facetOptions,
  isChosen,
  isEmptyFilter,
  sectionSpans,
  setRange,
  toggleOption,
  type FeatureFilter,
  type ListFacet,
} from '../model/find/filter.ts';
import { passageKey, parsePassageKey } from '../model/documents/citationIndex.ts';
import { SOURCE_IDS } from '../model/documents/sources.ts';
import { STATUS_LABELS } from '../model/scene/symbology.ts';
import { DOCUMENT_NAME } from './PassageQuote.tsx';
import { countryName } from '../model/names/countryNames.ts';
import { UNITS } from '../model/features/featureFacts.ts';
import type { FeatureKind } from '../model/features/featureVocabulary.ts';
import './FacetPanel.css';

const OPTIONS = facetOptions(features);
const SECTIONS = SOURCE_IDS.flatMap((source) => sectionSpans(source, documents[source]));

const KIND_LABELS = defineMessages({
  rail: { id: 'kind.rail', defaultMessage: 'Rail' },
  road: { id: 'kind.road', defaultMessage: 'Road' },
  'sea-route': { id: 'kind.seaRoute', defaultMessage: 'Sea route' },
  'power-line': { id: 'kind.powerLine', defaultMessage: 'Power line' },
  cable: { id: 'kind.cable', defaultMessage: 'Cable', description: 'A submarine power or data cable' },
  pipeline: { id: 'kind.pipeline', defaultMessage: 'Pipeline' },
  port: { id: 'kind.port', defaultMessage: 'Port' },
  landing: { id: 'kind.landing', defaultMessage: 'Landing', description: 'Where a submarine cable comes ashore' },
  substation: { id: 'kind.substation', defaultMessage: 'Substation' },
  plant: { id: 'kind.plant', defaultMessage: 'Plant', description: 'A power plant' },
  field: { id: 'kind.field', defaultMessage: 'Field', description: 'A gas or oil field' },
  place: { id: 'kind.place', defaultMessage: 'Place' },
  region: { id: 'kind.region', defaultMessage: 'Region' },
  'border-crossing': { id: 'kind.borderCrossing', defaultMessage: 'Border crossing' },
  corridor: { id: 'kind.corridor', defaultMessage: 'Corridor' },
}) satisfies Record<FeatureKind, unknown>;

/** Per facet, since each language words "any status" and "without a status" in its own way. */
const FACET_ANY = defineMessages({
  statuses: { id: 'facet.status.any', defaultMessage: 'Any status' },
  countries: { id: 'facet.country.any', defaultMessage: 'Any country' },
  kinds: { id: 'facet.kind.any', defaultMessage: 'Any kind' },
  documents: { id: 'facet.documents.any', defaultMessage: 'Any document' },
}) satisfies Record<ListFacet, unknown>;
const FACET_NONE = defineMessages({
  statuses: { id: 'facet.status.none', defaultMessage: 'None chosen: only features without a status are shown.' },
  countries: { id: 'facet.country.none', defaultMessage: 'None chosen: only features without a country are shown.' },
  kinds: { id: 'facet.kind.none', defaultMessage: 'None chosen: only features without a kind are shown.' },
  documents: { id: 'facet.documents.none', defaultMessage: 'None chosen: only features no document cites are shown.' },
}) satisfies Record<ListFacet, unknown>;

const FACET_TITLES = defineMessages({
  status: { id: 'facet.status', defaultMessage: 'Status' },
  country: { id: 'facet.country', defaultMessage: 'Country' },
  kind: { id: 'facet.kind', defaultMessage: 'Kind', description: 'Facet: the kind of feature (rail, port, power line…)' },
  documents: { id: 'facet.documents', defaultMessage: 'Cited in', description: 'Facet: which of the two documents cites a feature' },
});

/** Facets over the features on the map: choose options to narrow; each says how many it would leave. */
export function FacetPanel() {
  const filter = useAtlas((state) => state.filter);
  const setFilter = useAtlas((state) => state.setFilter);
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const setTableOpen = useAtlas((state) => state.setTableOpen);
  const focus = useAtlas((state) => state.focus);
  const year = useAtlas((state) => state.year);
  // Counts are of the year shown: a project not begun then is on no list, and its status is that year's.
  const inLayers = useMemo(() => featuresInYear(year).filter((feature) => visibleLayers.has(feature.properties.layer)), [visibleLayers, year]);
  const counts = useMemo(() => facetCounts(inLayers, filter, citationIndex), [inLayers, filter]);
  // A filtered link opens at the whole region, where a few features are small: this brings them close.
  const shownIds = useMemo(() => {
    const kept = new Set(featuresInFilter(filter, year).map((feature) => feature.id));
    return inLayers.filter((feature) => kept.has(feature.id)).map((feature) => feature.id);
  }, [inLayers, filter, year]);
  const intl = useIntl();

  const chips = <F extends ListFacet>(facet: F, options: readonly NonNullable<FeatureFilter[F]>[number][], label: (option: NonNullable<FeatureFilter[F]>[number]) => string, countOf: (option: NonNullable<FeatureFilter[F]>[number]) => number) =>
    options.map((option) => {
      const count = countOf(option);
      const chosen = isChosen(filter, facet, option);
      return (
        <button
          key={option}
          type="button"
          className="chip"
          aria-pressed={chosen}
          disabled={count === 0 && !chosen}
          onClick={() => setFilter(toggleOption(filter, facet, option, options))}
        >
          {label(option)} <span className="count">{intl.formatNumber(count)}</span>
        </button>
      );
    });

  return (
    <section className="facets" aria-label={intl.formatMessage({ id: 'facets.label', defaultMessage: 'Filter' })}>
      <div className="facet-summary" role="status">
        <span>
          <FormattedMessage
            id="facets.summary"
            defaultMessage="<strong>{shown, number}</strong> of {total, plural, one {# feature} other {# features}} on the map"
            values={{ shown: counts.total, total: inLayers.length, strong: (chunks) => <strong>{chunks}</strong> }}
          />
        </span>
        <button type="button" className="link" disabled={isEmptyFilter(filter)} onClick={() => setFilter(NO_FILTER)}>
          <FormattedMessage id="facets.clear" defaultMessage="Clear filters" />
        </button>
        <button
          type="button"
          className="link"
          disabled={isEmptyFilter(filter) || shownIds.length === 0}
          aria-label={intl.formatMessage(
            { id: 'facets.zoom.label', defaultMessage: 'Zoom to them: the {count, plural, one {# feature} other {# features}} shown' },
            { count: shownIds.length },
          )}
          onClick={() => focus(shownIds)}
        >
          <FormattedMessage id="facets.zoom" defaultMessage="Zoom to them" description="Frame the map on the features the filter leaves" />
        </button>
        <button type="button" className="link" onClick={() => setTableOpen(true)}>
          <FormattedMessage id="facets.table" defaultMessage="Table" description="Opens the table of features" />
        </button>
      </div>
      <Facet
        title={intl.formatMessage(FACET_TITLES.status)}
        facet="statuses"
        filter={filter}
        note={intl.formatMessage({ id: 'facet.status.note', defaultMessage: 'Places have no status and are never hidden by it.' })}
      >
        {chips('statuses', OPTIONS.statuses, (status) => intl.formatMessage(STATUS_LABELS[status]), (status) => counts.statuses.get(status) ?? 0)}
      </Facet>
      <Facet title={intl.formatMessage(FACET_TITLES.country)} facet="countries" filter={filter}>
        {chips('countries', OPTIONS.countries, (country) => countryName(country, (message) => intl.formatMessage(message)), (country) => counts.countries.get(country) ?? 0)}
      </Facet>
      <Facet title={intl.formatMessage(FACET_TITLES.kind)} facet="kinds" filter={filter}>
        {chips('kinds', OPTIONS.kinds, (kind) => intl.formatMessage(KIND_LABELS[kind]), (kind) => counts.kinds.get(kind) ?? 0)}
      </Facet>
      <Facet title={intl.formatMessage(FACET_TITLES.documents)} facet="documents" filter={filter}>
        {chips('documents', OPTIONS.documents, (source) => intl.formatMessage(DOCUMENT_NAME[source]), (source) => counts.documents.get(source) ?? 0)}
        <label className="facet-section">
          <span className="visually-hidden">
            <FormattedMessage id="facet.section" defaultMessage="Section" description="A section of a document" />
          </span>
          <select
            value={filter.section ? passageKey(filter.section) : ''}
            onChange={(event) => setFilter({ ...filter, section: parsePassageKey(event.target.value) })}
          >
            <option value="">{intl.formatMessage({ id: 'facet.section.any', defaultMessage: 'Any section' })}</option>
            {SOURCE_IDS.map((source) => (
              <optgroup key={source} label={intl.formatMessage(DOCUMENT_NAME[source])}>
                {SECTIONS.filter((section) => section.source === source).map((section) => (
                  <option key={section.start} value={passageKey(section)} lang="en">
                    {section.title.length > 70 ? `${section.title.slice(0, 68)}…` : section.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </Facet>
      <RangeFacet
        title={intl.formatMessage({ id: 'facet.voltage', defaultMessage: 'Voltage' })}
        unit={intl.formatMessage(UNITS.kV)}
        facet="voltageKv"
        stated={intl.formatMessage(
          { id: 'facet.voltage.stated', defaultMessage: '{count, plural, one {# states a voltage} other {# state a voltage}}' },
          { count: counts.withVoltage },
        )}
        filter={filter}
        onChange={setFilter}
      />
      <RangeFacet
        title={intl.formatMessage({ id: 'facet.capacity', defaultMessage: 'Capacity' })}
        unit={intl.formatMessage(UNITS.MW)}
        facet="capacityMw"
        stated={intl.formatMessage(
          { id: 'facet.capacity.stated', defaultMessage: '{count, plural, one {# states a capacity} other {# state a capacity}}' },
          { count: counts.withCapacity },
        )}
        filter={filter}
        onChange={setFilter}
      />
    </section>
  );
}

function Facet({ title, facet, filter, note, children }: { title: string; facet: ListFacet; filter: FeatureFilter; note?: string; children: ReactNode }) {
  const setFilter = useAtlas((state) => state.setFilter);
  const chosen = filter[facet];
  const sectionSet = facet === 'documents' && filter.section !== null;
  const intl = useIntl();
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      <div className="chips">{children}</div>
      {chosen !== null && chosen.length === 0 && (
        <p className="hint">{intl.formatMessage(FACET_NONE[facet])}</p>
      )}
      {(chosen !== null || sectionSet) && (
        <button
          type="button"
          className="link facet-clear"
          onClick={() => setFilter(facet === 'documents' ? clearFacet(clearFacet(filter, 'documents'), 'section') : clearFacet(filter, facet))}
        >
          {intl.formatMessage(FACET_ANY[facet])}
        </button>
      )}
      {note && chosen !== null && <p className="hint">{note}</p>}
    </fieldset>
  );
}

function RangeFacet({
  title,
  unit,
  facet,
  stated,
  filter,
  onChange,
}: {
  title: string;
  unit: string;
  facet: 'voltageKv' | 'capacityMw';
  /** How many features state the quantity, in words. */
  stated: string;
  filter: FeatureFilter;
  onChange: (filter: FeatureFilter) => void;
}) {
  const range = filter[facet];
  const intl = useIntl();
  const field = (end: 'min' | 'max', label: string) => (
    <label>
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={0}
        aria-label={`${title} ${label} (${unit})`}
        value={range[end] ?? ''}
        onChange={(event) => onChange(setRange(filter, facet, end, event.target.value === '' ? null : Number(event.target.value)))}
      />
    </label>
  );
  return (
    <fieldset className="facet facet-range">
      <legend>
        {title} ({unit})
      </legend>
      {field('min', intl.formatMessage({ id: 'facet.range.from', defaultMessage: 'from', description: 'Lower end of a range: voltage from … kV' }))}
      {field('max', intl.formatMessage({ id: 'facet.range.to', defaultMessage: 'to', description: 'Upper end of a range: … to … kV' }))}
      <span className="hint">{stated}</span>
    </fieldset>
  );
}
