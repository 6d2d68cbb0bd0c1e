import { useMemo, type ReactNode } from 'react';
import { useAtlas } from '../state/store';
import { citationIndex, documents, features } from '../state/atlasData';
import { featuresInFilter, featuresInYear } from '../state/shownFeatures';
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
} from '../model/filter';
import { passageKey, parsePassageKey } from '../model/citationIndex';
import { SOURCE_IDS } from '../model/sources';
import { STATUS_LABELS } from '../style/symbology';
import { DOCUMENT_NAME } from './PassageQuote';

const OPTIONS = facetOptions(features);
const SECTIONS = SOURCE_IDS.flatMap((source) => sectionSpans(source, documents[source]));

/** "power-line" reads "Power line". */
const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');

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
          {label(option)} <span className="count">{count}</span>
        </button>
      );
    });

  return (
    <section className="facets" aria-label="Filter">
      <div className="facet-summary" role="status">
        <span>
          <strong>{counts.total}</strong> of {inLayers.length} features on the map
        </span>
        <button type="button" className="link" disabled={isEmptyFilter(filter)} onClick={() => setFilter(NO_FILTER)}>
          Clear filters
        </button>
        <button
          type="button"
          className="link"
          disabled={isEmptyFilter(filter) || shownIds.length === 0}
          aria-label={`Zoom to them: the ${shownIds.length} features shown`}
          onClick={() => focus(shownIds)}
        >
          Zoom to them
        </button>
        <button type="button" className="link" onClick={() => setTableOpen(true)}>
          Table
        </button>
      </div>
      <Facet title="Status" facet="statuses" filter={filter} note="Places have no status and are never hidden by it.">
        {chips('statuses', OPTIONS.statuses, (status) => STATUS_LABELS[status], (status) => counts.statuses.get(status) ?? 0)}
      </Facet>
      <Facet title="Country" facet="countries" filter={filter}>
        {chips('countries', OPTIONS.countries, (country) => country, (country) => counts.countries.get(country) ?? 0)}
      </Facet>
      <Facet title="Kind" facet="kinds" filter={filter}>
        {chips('kinds', OPTIONS.kinds, kindLabel, (kind) => counts.kinds.get(kind) ?? 0)}
      </Facet>
      <Facet title="Cited in" facet="documents" filter={filter}>
        {chips('documents', OPTIONS.documents, (source) => DOCUMENT_NAME[source], (source) => counts.documents.get(source) ?? 0)}
        <label className="facet-section">
          <span className="visually-hidden">Section</span>
          <select
            value={filter.section ? passageKey(filter.section) : ''}
            onChange={(event) => setFilter({ ...filter, section: parsePassageKey(event.target.value) })}
          >
            <option value="">Any section</option>
            {SOURCE_IDS.map((source) => (
              <optgroup key={source} label={DOCUMENT_NAME[source]}>
                {SECTIONS.filter((section) => section.source === source).map((section) => (
                  <option key={section.start} value={passageKey(section)}>
                    {section.title.length > 70 ? `${section.title.slice(0, 68)}…` : section.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </Facet>
      <RangeFacet title="Voltage" unit="kV" facet="voltageKv" stated={counts.withVoltage} filter={filter} onChange={setFilter} />
      <RangeFacet title="Capacity" unit="MW" facet="capacityMw" stated={counts.withCapacity} filter={filter} onChange={setFilter} />
    </section>
  );
}

function Facet({ title, facet, filter, note, children }: { title: string; facet: ListFacet; filter: FeatureFilter; note?: string; children: ReactNode }) {
  const setFilter = useAtlas((state) => state.setFilter);
  const chosen = filter[facet];
  const sectionSet = facet === 'documents' && filter.section !== null;
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      <div className="chips">{children}</div>
      {chosen !== null && chosen.length === 0 && <p className="hint">None chosen: only features without a {title.toLowerCase()} are shown.</p>}
      {(chosen !== null || sectionSet) && (
        <button
          type="button"
          className="link facet-clear"
          onClick={() => setFilter(facet === 'documents' ? clearFacet(clearFacet(filter, 'documents'), 'section') : clearFacet(filter, facet))}
        >
          Any {title.toLowerCase()}
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
  stated: number;
  filter: FeatureFilter;
  onChange: (filter: FeatureFilter) => void;
}) {
  const range = filter[facet];
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
      {field('min', 'from')}
      {field('max', 'to')}
      <span className="hint">
        {stated} {stated === 1 ? 'states' : 'state'} a {title.toLowerCase()}
      </span>
    </fieldset>
  );
}
