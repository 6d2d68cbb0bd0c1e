/** The dataset and its citation index as committed, read from data/ with the app's own model code. */
import { readdirSync, readFileSync } from 'node:fs';
import { loadDataset, parseAtlasLayer } from '../../src/model/dataset';
import { buildCitationIndex } from '../../src/model/citationIndex';
import type { AtlasFeature } from '../../src/model/feature';

export function loadDatasetFromDisk(dir = 'data/features'): AtlasFeature[] {
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.geojson'))
      .map((file) => [file, readFileSync(`${dir}/${file}`, 'utf8')]),
  );
  return loadDataset(files, parseAtlasLayer).features;
}

export function citationIndexFromDisk(features = loadDatasetFromDisk()) {
  return buildCitationIndex(features, {
    'charter-2026': readFileSync('data/sources/us-azerbaijan-strategic-partnership-charter-2026.txt', 'utf8'),
    'bulletin-2026-02': readFileSync('data/sources/azerbaijan-foreign-policy-bulletin-2026-02.txt', 'utf8'),
  });
}
