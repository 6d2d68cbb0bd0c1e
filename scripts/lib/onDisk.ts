/**
 * The committed data as node reads it: the source texts and the layer files, parsed with the
 * app's own model code. Shared by the validator, the unit tests and the browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SOURCE_IDS, SOURCES, type SourceId } from '../../src/model/sources.ts';
import { loadDataset, parseAtlasLayer } from '../../src/model/dataset.ts';
import { buildCitationIndex } from '../../src/model/citationIndex.ts';
import type { AtlasFeature } from '../../src/model/feature.ts';

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

export function datasetFromDisk(): AtlasFeature[] {
  return loadDataset(layerFiles(), parseAtlasLayer).features;
}

export function citationIndexFromDisk(features = datasetFromDisk()) {
  return buildCitationIndex(features, sourceTexts());
}
