import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  clearFacet,
  facetCounts,
  facetOptions,
  filterFeatures,
  isChosen,
  isEmptyFilter,
  matchesFilter,
  sectionSpans,
  setRange,
  toggleOption,
  withKnownCountries,
  type FeatureFilter,
} from './filter.ts';
import { prepareDocument } from '../documents/documentText.ts';
import { STATUSES } from '../features/feature.ts';
import { LAYER_IDS, onlyLayer } from '../features/layers.ts';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../../scripts/lib/onDisk.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** A notice as an English reader sees it. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const ids = (filter: FeatureFilter) => filterFeatures(features, filter, index).map((f) => f.id).sort();
const analystsQuestion: FeatureFilter = { ...NO_FILTER, statuses: ['under construction'], countries: ['Azerbaijan'], voltageKv: { min: 300, max: null } };

describe('facets', () => {
  it('answers "under construction in Azerbaijan above 300 kV" with the two 330 kV segments', () => {
    expect(ids(analystsQuestion)).toEqual(['l330-jabrayil-aghband', 'l330-nakhchivan-ordubad']);
  });

  it('lets everything through when nothing is chosen', () => {
    expect(ids(NO_FILTER)).toHaveLength(features.length);
    expect(isEmptyFilter(NO_FILTER)).toBe(true);
  });

  it('never hides a place for its status: places have none', () => {
    const onlyOperating = filterFeatures(features, { ...NO_FILTER, statuses: ['operating'] }, index);
    expect(onlyOperating.some((f) => f.id === 'place-baku')).toBe(true);
    expect(onlyOperating.some((f) => f.properties.status === 'under construction')).toBe(false);
  });

  it('adds up options within a facet and combines facets', () => {
    const georgia = ids({ ...NO_FILTER, countries: ['Georgia'] });
    const romania = ids({ ...NO_FILTER, countries: ['Romania'] });
    const either = ids({ ...NO_FILTER, countries: ['Georgia', 'Romania'] });
    expect(either).toEqual([...new Set([...georgia, ...romania])].sort());
    const georgianPorts = ids({ ...NO_FILTER, countries: ['Georgia'], kinds: ['port'] });
    expect(georgianPorts).toEqual(['mc-port-anaklia', 'mc-port-batumi', 'mc-port-poti']);
  });

  it('keeps only features whose stated figures are in range, and drops those that state none', () => {
    expect(ids({ ...NO_FILTER, voltageKv: { min: 350, max: null } })).toEqual(['n400-converter-substation', 'n400-nakhchivan-agri']);
    expect(ids({ ...NO_FILTER, voltageKv: { min: null, max: 330 } }).every((id) => id.startsWith('l330-'))).toBe(true);
    expect(ids({ ...NO_FILTER, capacityMw: { min: 1000, max: 1300 } })).toEqual(['bsc-submarine-cable', 'l330-jabrayil-aghband', 'l330-nakhchivan-ordubad']);
  });

  it('filters by the document and by the section that cites a feature', () => {
    const charter = ids({ ...NO_FILTER, documents: ['charter-2026'] });
    const bulletin = ids({ ...NO_FILTER, documents: ['bulletin-2026-02'] });
    expect(charter.length).toBeGreaterThan(0);
    expect(charter.length).toBeLessThan(features.length);
    expect(new Set([...charter, ...bulletin]).size).toBe(features.length);
    const doc = prepareDocument(sourceTexts()['bulletin-2026-02']);
    const zangezurSection = sectionSpans('bulletin-2026-02', doc).find((s) => /^II\./.test(s.title))!;
    const inSection = ids({ ...NO_FILTER, section: zangezurSection });
    expect(inSection).toContain('l330-jabrayil-aghband');
    expect(inSection.length).toBeLessThan(bulletin.length);
    for (const id of inSection) {
      const cited = index.citationsByFeature.get(id)!;
      expect(cited.some((p) => p.source === 'bulletin-2026-02' && p.start < zangezurSection.end && p.end > zangezurSection.start)).toBe(true);
    }
  });

  it('matches one feature the way it filters many', () => {
    for (const feature of features) {
      expect(matchesFilter(feature, analystsQuestion, index)).toBe(ids(analystsQuestion).includes(feature.id));
    }
  });
});

describe('counts per option', () => {
  it('says how many features each option leaves, given the other facets', () => {
    const counts = facetCounts(features, analystsQuestion, index);
    expect(counts.total).toBe(2);
    // Ticking "planned" instead would leave the planned lines in Azerbaijan at 300 kV and more.
    expect(counts.statuses.get('planned') ?? 0).toBe(ids({ ...analystsQuestion, statuses: ['planned'] }).filter((id) => !id.startsWith('place-')).length);
    expect(counts.countries.get('Armenia') ?? 0).toBe(ids({ ...analystsQuestion, countries: ['Armenia'] }).length);
    expect(counts.countries.get('Azerbaijan')).toBe(2);
    expect(counts.withVoltage).toBe(ids({ ...analystsQuestion, voltageKv: { min: 0, max: null } }).length);
  });

  it('with no filter, counts every feature of each kind and country', () => {
    const counts = facetCounts(features, NO_FILTER, index);
    expect(counts.total).toBe(features.length);
    expect(counts.kinds.get('port')).toBe(features.filter((f) => f.properties.kind === 'port').length);
    expect(counts.countries.get('Azerbaijan')).toBe(features.filter((f) => f.properties.countries.includes('Azerbaijan')).length);
    expect([...counts.statuses.keys()].every((status) => STATUSES.includes(status))).toBe(true);
  });

  it('offers only the kinds and countries the data has', () => {
    const options = facetOptions(features);
    expect(options.kinds).toContain('power-line');
    expect(options.kinds).not.toContain('road');
    expect(options.countries).toContain('Azerbaijan');
    expect([...options.countries]).toEqual([...options.countries].sort((a, b) => a.localeCompare(b)));
  });
});

describe('changing the filter', () => {
  it('chooses and unchooses options; none or all chosen is no filter', () => {
    const one = toggleOption(NO_FILTER, 'statuses', 'planned', STATUSES);
    expect(one.statuses).toEqual(['planned']);
    expect(isChosen(one, 'statuses', 'planned')).toBe(true);
    const two = toggleOption(one, 'statuses', 'operating', STATUSES);
    expect(two.statuses).toEqual(['operating', 'planned']);
    expect(toggleOption(toggleOption(two, 'statuses', 'operating', STATUSES), 'statuses', 'planned', STATUSES).statuses).toBeNull();
    let all = NO_FILTER;
    for (const status of STATUSES) all = toggleOption(all, 'statuses', status, STATUSES);
    expect(all.statuses).toBeNull();
  });

  it('sets and clears ranges', () => {
    const from300 = setRange(NO_FILTER, 'voltageKv', 'min', 300);
    expect(from300.voltageKv).toEqual({ min: 300, max: null });
    expect(setRange(from300, 'voltageKv', 'min', Number.NaN).voltageKv).toEqual({ min: null, max: null });
    expect(clearFacet(analystsQuestion, 'voltageKv')).toEqual({ ...analystsQuestion, voltageKv: { min: null, max: null } });
  });
});

describe('only this layer', () => {
  it('shows one layer in one click, and every layer again from there', () => {
    const alone = onlyLayer(new Set(LAYER_IDS), 'tripp');
    expect([...alone]).toEqual(['tripp']);
    expect([...onlyLayer(alone, 'tripp')].sort()).toEqual([...LAYER_IDS].sort());
    expect([...onlyLayer(alone, 'places')]).toEqual(['places']);
  });
});

describe('a link’s country filter against the atlas', () => {
  const atlas = datasetFromDisk();
  it('drops a country no feature lies in, and says so by name', () => {
    const { filter, notice } = withKnownCountries({ ...NO_FILTER, countries: ['Narnia'] }, atlas);
    expect(filter.countries).toBeNull();
    expect(english(notice)).toBe('No feature of the atlas lies in “Narnia”; the link\'s country filter leaves it out.');
  });

  it('keeps the countries that are there, and leaves a good filter alone', () => {
    expect(withKnownCountries({ ...NO_FILTER, countries: ['Georgia', 'Narnia'] }, atlas).filter.countries).toEqual(['Georgia']);
    expect(withKnownCountries({ ...NO_FILTER, countries: ['Georgia'] }, atlas)).toEqual({ filter: { ...NO_FILTER, countries: ['Georgia'] } });
  });
});
