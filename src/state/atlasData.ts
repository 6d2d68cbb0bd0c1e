/**
 * Everything the app reads from data/, fetched once at start as one file of the app's own
 * (preloaded by index.html, so it arrives while the code loads) and prepared once: the features,
 * the two documents ready for reading, the citation index both ways. Problems (a broken file,
 * a quote that no longer matches, a data file that could not be fetched) are collected for the notices.
 */
import atlasDataAddress from 'virtual:atlas-data';
import { fetchOwn, ownBaseUrl } from '../ownFiles.ts';
import { EMPTY_ATLAS_DATA, readAtlasDataFile, type AtlasDataFile } from '../model/features/atlasDataFile.ts';
import { loadLayers, readAtlasLayer } from '../model/features/dataset.ts';
import { buildCitationIndex } from '../model/documents/citationIndex.ts';
import { prepareDocument, type ReadableDocument } from '../model/documents/documentText.ts';
import type { SourceId } from '../model/documents/sources.ts';
import type { AtlasFeature } from '../model/features/feature.ts';
import type { CoverageExclusion } from '../model/documents/coverage.ts';
import { readTour } from '../model/view/tour.ts';

/** The data file, or an empty atlas and why: the app still opens, and says so. */
async function fetchAtlasData(): Promise<{ data: AtlasDataFile; problem: string | null }> {
  try {
    const response = await fetchOwn(new URL(atlasDataAddress, ownBaseUrl()));
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const read = readAtlasDataFile(await response.json());
    if ('problem' in read) throw new Error(`the file ${read.problem}`);
    return { data: read.data, problem: null };
  } catch (error) {
    return { data: EMPTY_ATLAS_DATA, problem: `The atlas's data could not be loaded (${(error as Error).message}); the map shows no features.` };
  }
}

// Every module that reads the data waits for it here, so none of them ever sees it half-loaded.
const loaded = await fetchAtlasData();
const dataset = loadLayers(loaded.data.layers, readAtlasLayer);

export const features: readonly AtlasFeature[] = dataset.features;
export const featureById: ReadonlyMap<string, AtlasFeature> = new Map(features.map((f) => [f.id, f]));

export const texts: Readonly<Record<SourceId, string>> = loaded.data.texts;
export const documents: Readonly<Record<SourceId, ReadableDocument>> = {
  'charter-2026': prepareDocument(texts['charter-2026']),
  'bulletin-2026-02': prepareDocument(texts['bulletin-2026-02']),
};

export const citationIndex = buildCitationIndex(features, texts);

/** Paragraphs reviewed and judged not mappable, with the reason, shown in the reader. */
export const exclusions: readonly CoverageExclusion[] = loaded.data.exclusions;

const parsedTour = loaded.problem ? { tour: null, problem: null } : readTour(loaded.data.tour);
/** The classroom tour (data/tours/), or null if its file could not be read. */
export const tour = parsedTour.tour;

export const dataProblems: readonly string[] = [
  ...(loaded.problem ? [loaded.problem] : []),
  ...dataset.problems,
  ...citationIndex.problems,
  ...(parsedTour.problem ? [parsedTour.problem] : []),
];
