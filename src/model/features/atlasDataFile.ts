/**
 * The atlas's data as the app fetches it: one JSON file, assembled at build time from data/ (the
 * layer files, the two documents, the coverage exclusions, the tour) after the validator passed.
 * The app only checks its outline here; the full contract was checked when it was built.
 */
import { SOURCE_IDS, type SourceId } from '../documents/sources.ts';
import type { CoverageExclusion } from '../documents/coverage.ts';
import { isJsonObject } from './jsonShape.ts';

export interface AtlasDataFile {
  /** Each layer file's parsed content, by file name (`places.geojson`). */
  layers: Record<string, unknown>;
  /** The two documents, byte for byte. */
  texts: Record<SourceId, string>;
  exclusions: CoverageExclusion[];
  /** The classroom tour, checked by model/view/tour.ts when read. */
  tour: unknown;
}

/** The data file, or what is wrong with its outline in plain words. */
export function readAtlasDataFile(json: unknown): { data: AtlasDataFile } | { problem: string } {
  if (!isJsonObject(json)) return { problem: 'is not a JSON object' };
  if (!isJsonObject(json.layers)) return { problem: 'has no layers' };
  const texts = json.texts;
  if (!isJsonObject(texts) || !SOURCE_IDS.every((id) => typeof texts[id] === 'string')) return { problem: 'lacks the text of a document' };
  if (!Array.isArray(json.exclusions)) return { problem: 'has no list of paragraphs judged not mappable' };
  return { data: json as unknown as AtlasDataFile };
}

/** An atlas with nothing in it, for when the data file cannot be fetched or read: the app still opens and says why. */
export const EMPTY_ATLAS_DATA: AtlasDataFile = {
  layers: {},
  texts: Object.fromEntries(SOURCE_IDS.map((id) => [id, ''])) as Record<SourceId, string>,
  exclusions: [],
  tour: null,
};
