/**
 * Everything the app reads from data/, bundled at build time and prepared once: the features,
 * the two documents ready for reading, the citation index both ways, and search.
 * Problems (a broken file, a quote that no longer matches) are collected for the notices.
 */
import { loadDataset, parseAtlasLayer } from '../model/dataset';
import { buildCitationIndex } from '../model/citationIndex';
import { prepareDocument, type ReadableDocument } from '../model/documentText';
import { makeFeatureSearch, makeSearchable } from '../model/search';
import type { SourceId } from '../model/sources';
import type { AtlasFeature } from '../model/feature';
import type { CoverageExclusion } from '../model/coverage';
import bulletinText from '../../data/sources/azerbaijan-foreign-policy-bulletin-2026-02.txt?raw';
import charterText from '../../data/sources/us-azerbaijan-strategic-partnership-charter-2026.txt?raw';
import coverageExclusions from '../../data/coverage-exclusions.json';
import regionWalkthrough from '../../data/tours/region-walkthrough.json';
import { parseTour } from '../model/tour';

const rawFiles = import.meta.glob('../../data/features/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const dataset = loadDataset(rawFiles, parseAtlasLayer);

export const features: readonly AtlasFeature[] = dataset.features;
export const featureById: ReadonlyMap<string, AtlasFeature> = new Map(features.map((f) => [f.id, f]));

export const texts: Readonly<Record<SourceId, string>> = { 'charter-2026': charterText, 'bulletin-2026-02': bulletinText };
export const documents: Readonly<Record<SourceId, ReadableDocument>> = {
  'charter-2026': prepareDocument(charterText),
  'bulletin-2026-02': prepareDocument(bulletinText),
};

export const citationIndex = buildCitationIndex(features, texts);
export const searchable = makeSearchable(documents);
export const featureSearch = makeFeatureSearch(features);

/** Paragraphs reviewed and judged not mappable, with the reason, shown in the reader. */
export const exclusions: readonly CoverageExclusion[] = coverageExclusions.exclusions as CoverageExclusion[];

const parsedTour = parseTour(regionWalkthrough);
/** The classroom tour (data/tours/), or null if its file could not be read. */
export const tour = parsedTour.tour;

export const dataProblems: readonly string[] = [
  ...dataset.problems,
  ...citationIndex.problems,
  ...(parsedTour.problem ? [parsedTour.problem] : []),
];
