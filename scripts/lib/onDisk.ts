/**
 * The committed data as node reads it: the source texts and the layer files, parsed with the
 * app's own model code, their status events' dates read as the app receives them. Shared by the
 * validator, the build, the unit tests and the browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SOURCE_IDS, SOURCES, type SourceId } from '../../src/model/documents/sources.ts';
import { loadDataset } from '../../src/model/features/dataset.ts';
import { parseAtlasLayer } from '../../src/model/validation/layerContract.ts';
import { featureWithDatesRead, layerWithDatesRead } from '../../src/model/validation/eventDates.ts';
import { buildCitationIndex } from '../../src/model/documents/citationIndex.ts';
import type { AtlasFeature } from '../../src/model/features/feature.ts';
import type { AtlasDataFile } from '../../src/model/features/atlasDataFile.ts';
import type { CoverageExclusion } from '../../src/model/documents/coverage.ts';

const root = new URL('../../', import.meta.url);

export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

export function sourceTexts(): Record<SourceId, string> {
  return Object.fromEntries(SOURCE_IDS.map((id) => [id, readProjectFile(`data/sources/${SOURCES[id].file}`)])) as Record<SourceId, string>;
}

/** The layer files' names and raw text, in file order. */
export function layerFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(new URL('data/features/', root))
      .filter((name) => name.endsWith('.geojson'))
      .sort()
      .map((name) => [name, readProjectFile(`data/features/${name}`)]),
  );
}

/** The features that pass the full contract, as the app reads them: each status event's dates read. */
export function datasetFromDisk(): AtlasFeature[] {
  return loadDataset(layerFiles(), parseAtlasLayer).features.map(featureWithDatesRead);
}

export function citationIndexFromDisk(features = datasetFromDisk()) {
  return buildCitationIndex(features, sourceTexts());
}

/**
 * The data file the app fetches (model/features/atlasDataFile.ts), assembled from data/: the layer
 * files with each status event's dates read at build time, so the app needs no EDTF parser.
 */
export function atlasDataFromDisk(): AtlasDataFile {
  return {
    layers: Object.fromEntries(Object.entries(layerFiles()).map(([name, text]) => [name, layerWithDatesRead(JSON.parse(text), name)])),
    texts: sourceTexts(),
    exclusions: (JSON.parse(readProjectFile('data/coverage-exclusions.json')) as { exclusions: CoverageExclusion[] }).exclusions,
    tour: JSON.parse(readProjectFile('data/tours/region-walkthrough.json')),
  };
}
