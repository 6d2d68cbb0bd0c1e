/**
 * Named views: a preset for each corridor (framing its features), and the user's own views,
 * kept in the browser and carried between browsers as a small JSON file. A view is stored as
 * its link hash, so a saved view, a shared link and a presentation step are the same thing.
 */
import { defineMessages, worded, type Worded } from '../words/message.ts';
import { bbox } from '@turf/turf';
import { LAYERS, type LayerId } from '../features/layers.ts';
import type { AtlasFeature } from '../features/feature.ts';
import { parseViewHash } from './viewState.ts';

import type { Bounds } from '../geometry/coordinates.ts';
import { isJsonObject } from '../features/jsonShape.ts';
import { stringifyWithVerbatim } from '../userData/verbatimJson.ts';

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
    return [{ layer: id, name: title.defaultMessage, bounds: [[west, south], [east, north]] as Bounds }];
  });
}

export interface SavedView {
  name: string;
  /** The view's link hash, e.g. "#map=7/39.2/46&feature=…". */
  hash: string;
  savedAt: string;
  /** Anything else a newer atlas wrote into the entry: kept as it is, so a file round-trips. */
  [other: string]: unknown;
}

export const VIEWS_FILE_FORMAT = 'corridor-atlas-views';
/** How many views one browser keeps; enforced when adding, never by dropping views already kept. */
export const MAX_VIEWS = 200;
export const MAX_VIEW_NAME = 80;
/** A view's link is short (the longest real one is under 600 characters); longer is not a view. */
export const MAX_VIEW_HASH = 4000;
/**
 * A views file of 200 views is a few tens of kB, but the user's own layers travel in it too (a
 * layer of 100,000 lines is some 35 million characters): the limit is what a browser reads as one
 * text with room to spare (V8 strings stop short of 540 million characters).
 */
export const MAX_VIEWS_FILE_CHARS = 400_000_000;

/**
 * A views file: the views, and any other sections (imported layers, or whatever a later atlas
 * adds), which are carried through untouched.
 */
export interface ViewsFile {
  views: SavedView[];
  sections: Record<string, unknown>;
}

/** The views file's text; a section may hold JSON text to carry as it is (model/userData/verbatimJson.ts). */
export function serializeViews(views: readonly SavedView[], sections: Record<string, unknown> = {}): string {
  return stringifyWithVerbatim({ ...sections, format: VIEWS_FILE_FORMAT, version: 1, views }, 2);
}

export interface ParsedViews extends ViewsFile {
  problems: Worded[];
  /** False when something in the text could not be kept as it was: it should be set aside, not overwritten. */
  complete: boolean;
}

const WORDS = defineMessages({
  tooLarge: {
    id: 'viewsFile.tooLarge',
    defaultMessage: 'This views file is too large to read ({size} million characters; the limit is {limit} million): save it again with fewer or smaller layers of your own.',
    description: 'A views file refused; {size} and {limit} are numbers',
  },
  notJson: { id: 'viewsFile.notJson', defaultMessage: 'This is not a views file: it is not JSON.', description: 'A views file refused' },
  notViews: { id: 'viewsFile.notViews', defaultMessage: 'This is not a Corridor Atlas views file.', description: 'A views file refused; Corridor Atlas is the atlas’s name, as the header gives it' },
  skipped: { id: 'viewsFile.skipped', defaultMessage: 'View {number} {problem}; it was skipped.', description: 'A view of a views file left out; {number} counts from 1; {problem} e.g. “has no name”' },
  notAView: { id: 'viewsFile.notAView', defaultMessage: 'is not a view', description: 'In “View 3 is not a view; it was skipped.”' },
  noName: { id: 'viewsFile.noName', defaultMessage: 'has no name', description: 'In “View 3 has no name; it was skipped.”' },
  noLink: { id: 'viewsFile.noLink', defaultMessage: 'has no link', description: 'In “View 3 has no link; it was skipped.”' },
  longLink: { id: 'viewsFile.longLink', defaultMessage: 'has a link longer than {max} characters', description: 'In “View 3 has a link longer than … characters; it was skipped.”' },
  badLink: {
    id: 'viewsFile.badLink',
    defaultMessage: 'View "{name}" has parts of its link that this atlas cannot read; they are ignored.',
    description: '{name} is the view’s name as saved',
  },
  tidied: { id: 'viewsFile.tidied', defaultMessage: 'View "{name}" was read with its name, link or date tidied.', description: '{name} is the view’s name as saved' },
});

const refused = (problem: Worded): ParsedViews => ({ views: [], sections: {}, problems: [problem], complete: false });

/**
 * Reads a views file (or what the browser kept). Whatever is wrong with one entry costs only
 * that entry; a file that is not a views file at all is refused whole, with the reason.
 * Never throws, whatever the text.
 */
export function parseViews(text: string): ParsedViews {
  if (text.length > MAX_VIEWS_FILE_CHARS) {
    return refused(worded(WORDS.tooLarge, { size: (text.length / 1e6).toFixed(0), limit: String(MAX_VIEWS_FILE_CHARS / 1e6) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(worded(WORDS.notJson));
  }
  if (!isJsonObject(json) || json.format !== VIEWS_FILE_FORMAT || !Array.isArray(json.views)) {
    return refused(worded(WORDS.notViews));
  }
  const sections: Record<string, unknown> = { ...json };
  for (const own of ['format', 'version', 'views']) delete sections[own];
  const entries = json.views as unknown[];
  const views: SavedView[] = [];
  const problems: Worded[] = [];
  let verbatim = true;
  entries.forEach((entry, i) => {
    const read = readView(entry);
    if ('problem' in read) problems.push(worded(WORDS.skipped, { number: i + 1, problem: read.problem }));
    else {
      const { view } = read;
      if (parseViewHash(view.hash).problems.length > 0) {
        problems.push(worded(WORDS.badLink, { name: view.name }));
      }
      views.push(view);
      const { name, hash, savedAt } = entry as Record<string, unknown>;
      if (view.name !== name || view.hash !== hash || view.savedAt !== savedAt) {
        verbatim = false;
        problems.push(worded(WORDS.tidied, { name: view.name }));
      }
    }
  });
  // A name trimmed or a link mended is still a change to what was stored: that counts as not whole.
  return { views, sections, problems, complete: verbatim && views.length === entries.length };
}

/** One entry of a views file, or what is wrong with it. */
function readView(entry: unknown): { view: SavedView } | { problem: Worded } {
  if (!isJsonObject(entry)) return { problem: worded(WORDS.notAView) };
  const { name, hash, savedAt, ...other } = entry;
  if (typeof name !== 'string' || name.trim() === '') return { problem: worded(WORDS.noName) };
  if (typeof hash !== 'string') return { problem: worded(WORDS.noLink) };
  if (hash.length > MAX_VIEW_HASH) return { problem: worded(WORDS.longLink, { max: MAX_VIEW_HASH }) };
  return {
    view: {
      ...other,
      name: Array.from(name.trim()).slice(0, MAX_VIEW_NAME).join('').trimEnd(),
      hash: hash.startsWith('#') ? hash : `#${hash}`,
      savedAt: typeof savedAt === 'string' ? savedAt : new Date(0).toISOString(),
    },
  };
}

export interface AddedViews {
  views: SavedView[];
  /** How many of the incoming views found room. */
  added: number;
  /** How many did not: the list was full. */
  leftOut: number;
}

/**
 * Adds views to a list, up to the limit; a name already taken gets a number, so nothing is
 * overwritten. Views already in the list always stay, even past the limit.
 */
export function addViews(existing: readonly SavedView[], incoming: readonly SavedView[], limit = MAX_VIEWS): AddedViews {
  const room = Math.max(0, limit - existing.length);
  const result = [...existing];
  const taken = new Set(result.map((view) => view.name));
  for (const view of incoming.slice(0, room)) {
    let name = view.name;
    for (let n = 2; taken.has(name); n++) name = `${numberedBase(view.name, n)} (${n})`;
    taken.add(name);
    result.push({ ...view, name });
  }
  const added = Math.min(room, incoming.length);
  return { views: result, added, leftOut: incoming.length - added };
}

/** The name shortened so that "name (n)" still fits the name limit. */
function numberedBase(name: string, n: number): string {
  const chars = Array.from(name);
  const room = MAX_VIEW_NAME - ` (${n})`.length;
  return chars.length > room ? chars.slice(0, room).join('').trimEnd() : name;
}

/** A saved view's identity: two tabs that saved the same moment under the same name saved the same view. */
const viewKey = (view: SavedView) => `${view.savedAt}\u0000${view.name}\u0000${view.hash}`;

/**
 * One tab's change to its list of views (`before` → `after`), made again on the list as the browser
 * storage holds it now, which another tab may have changed since this tab read it: what this tab
 * deleted goes, what it added comes (numbered if another tab took its name), and what other tabs
 * added or kept stays. So the last tab to save does not win: nothing another tab saved is lost.
 */
export function mergeViewChange(stored: readonly SavedView[], before: readonly SavedView[], after: readonly SavedView[]): AddedViews {
  const beforeKeys = new Set(before.map(viewKey));
  const afterKeys = new Set(after.map(viewKey));
  const kept = stored.filter((view) => !beforeKeys.has(viewKey(view)) || afterKeys.has(viewKey(view)));
  const keptKeys = new Set(kept.map(viewKey));
  return addViews(kept, after.filter((view) => !beforeKeys.has(viewKey(view)) && !keptKeys.has(viewKey(view))));
}
