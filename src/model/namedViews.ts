/**
 * Named views: a preset for each corridor (framing its features), and the user's own views,
 * kept in the browser and carried between browsers as a small JSON file. A view is stored as
 * its link hash, so a saved view, a shared link and a presentation step are the same thing.
 */
import { bbox } from '@turf/turf';
import { LAYERS, type LayerId } from './layers.ts';
import type { AtlasFeature } from './feature.ts';
import { parseViewHash } from './viewState.ts';

export type { Bounds } from './camera';
import type { Bounds } from './camera';

export interface CorridorPreset {
  layer: LayerId;
  name: string;
  bounds: Bounds;
}

/** One preset per layer that has features, framing all of them. */
export function corridorPresets(features: readonly AtlasFeature[]): CorridorPreset[] {
  return LAYERS.flatMap(({ id, title }) => {
    const members = features.filter((feature) => feature.properties.layer === id);
    if (members.length === 0) return [];
    const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: [...members] });
    return [{ layer: id, name: title, bounds: [[west, south], [east, north]] as Bounds }];
  });
}

export interface SavedView {
  name: string;
  /** The view's link hash, e.g. "#map=7/39.2/46&feature=…". */
  hash: string;
  savedAt: string;
}

export const VIEWS_FILE_FORMAT = 'corridor-atlas-views';
const MAX_VIEWS = 200;
const MAX_NAME = 80;

export function serializeViews(views: readonly SavedView[]): string {
  return JSON.stringify({ format: VIEWS_FILE_FORMAT, version: 1, views }, null, 2);
}

export interface ParsedViews {
  views: SavedView[];
  problems: string[];
}

/**
 * Reads a views file (or what the browser kept). Whatever is wrong with one entry costs only
 * that entry; a file that is not a views file at all is refused whole, with the reason.
 */
export function parseViews(text: string): ParsedViews {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { views: [], problems: ['This file is not a views file: it is not JSON.'] };
  }
  const file = json as { format?: unknown; views?: unknown };
  if (file?.format !== VIEWS_FILE_FORMAT || !Array.isArray(file.views)) {
    return { views: [], problems: ['This file is not a Corridor Atlas views file.'] };
  }
  const views: SavedView[] = [];
  const problems: string[] = [];
  file.views.slice(0, MAX_VIEWS).forEach((entry, i) => {
    const view = entry as Partial<SavedView>;
    if (typeof view?.name !== 'string' || view.name.trim() === '' || typeof view.hash !== 'string') {
      problems.push(`View ${i + 1} has no name or no link; it was skipped.`);
      return;
    }
    const parsed = parseViewHash(view.hash);
    if (parsed.problems.length > 0) {
      problems.push(`View "${view.name.slice(0, MAX_NAME)}" has parts that could not be read; they were dropped.`);
    }
    views.push({
      name: view.name.trim().slice(0, MAX_NAME),
      hash: view.hash.startsWith('#') ? view.hash : `#${view.hash}`,
      savedAt: typeof view.savedAt === 'string' ? view.savedAt : new Date(0).toISOString(),
    });
  });
  if (file.views.length > MAX_VIEWS) problems.push(`Only the first ${MAX_VIEWS} views were read.`);
  return { views, problems };
}

/** Adds views to a list; a name already taken gets a number, so nothing is overwritten. */
export function addViews(existing: readonly SavedView[], incoming: readonly SavedView[]): SavedView[] {
  const result = [...existing];
  for (const view of incoming) {
    const taken = new Set(result.map((v) => v.name));
    let name = view.name;
    for (let n = 2; taken.has(name); n++) name = `${view.name} (${n})`;
    result.push({ ...view, name });
  }
  return result;
}
