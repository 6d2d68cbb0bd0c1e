/**
 * The whole view as a link: camera, visible layers, status filter, selection, open passage,
 * the reader, and presentation settings. Parsing never throws: a garbled or hostile part is
 * dropped with a plain-words problem, and the rest of the link still works.
 */
import { LAYER_IDS, isLayerId, type LayerId } from '../features/layers.ts';
import { currentFeatureId, currentLayerId } from './renamedIds.ts';
import { NO_FILTER, type FeatureFilter } from '../find/filter.ts';
import { readFilterParam, writeFilterParams } from '../find/filterLink.ts';
import { isSourceId, type SourceId } from '../documents/sources.ts';
import { parsePassageKey, passageKey, type PassageRef } from '../documents/citationIndex.ts';
import type { Camera } from './camera.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../words/language.ts';
import { defineMessages, worded, type Worded, type WordedValue } from '../words/message.ts';
import { firstFew } from '../words/listWords.ts';

/** A link's problems, worded for whoever reads them (the notices, or `npm run export` in its language). */
const PROBLEMS = defineMessages({
  unreadable: { id: 'link.unreadable', defaultMessage: 'The link could not be read; showing the default view.', description: 'Notice: a link to a view that cannot be read at all' },
  map: {
    id: 'link.badMap',
    defaultMessage: 'The map position {value} in the link is not valid; showing the whole region.',
    description: 'Notice about a link; {value} is the part of the link as written, in quotes',
  },
  layers: {
    id: 'link.unknownLayers',
    defaultMessage: 'The link names layers that do not exist ({names}); they are ignored.',
    description: 'Notice about a link; {names} lists the unknown layer ids as written, e.g. "no0", "no1" and 3 more',
  },
  feature: {
    id: 'link.badFeature',
    defaultMessage: 'The feature {value} in the link is not a valid id; nothing is selected.',
    description: 'Notice about a link; {value} is the id as written, in quotes',
  },
  passage: {
    id: 'link.badPassage',
    defaultMessage: 'The passage {value} in the link is not valid; no passage is opened.',
    description: 'Notice about a link; {value} is the passage key as written, in quotes',
  },
  document: {
    id: 'link.unknownDocument',
    defaultMessage: 'The document {value} in the link does not exist.',
    description: 'Notice about a link; {value} is the document id as written, in quotes',
  },
  palette: {
    id: 'link.unknownPalette',
    defaultMessage: 'The palette {value} in the link does not exist; using the light one.',
    description: 'Notice about a link; {value} is the palette name as written, in quotes; the light palette is the default colours',
  },
  year: {
    id: 'link.badYear',
    defaultMessage: "The year {value} in the link is not one the atlas shows ({first}–{last}); showing February 2026, the documents' present.",
    description: 'Notice about a link; {value} is the year as written, in quotes; {first} and {last} are years',
  },
  lang: {
    id: 'link.unknownLanguage',
    defaultMessage: 'The language {value} in the link is not one the atlas speaks; the interface stays in its language.',
    description: 'Notice about a link; {value} is the language code as written, in quotes',
  },
  unknownPart: {
    id: 'link.unknownPart',
    defaultMessage: 'The link has a part this atlas does not know ({name}); it is ignored.',
    description: 'Notice about a link; {name} is the part’s key as written, in quotes',
  },
  unknownParts: {
    id: 'link.unknownParts',
    defaultMessage: 'The link has {count} parts this atlas does not know ({names}); they are ignored.',
    description: 'Notice about a link; {count} is at least 2; {names} lists the keys as written, e.g. "a", "b", "c" and 9997 more',
  },
});

export const PANELS = ['find', 'feature', 'read'] as const;
export type Panel = (typeof PANELS)[number];

export const PALETTE_NAMES = ['light', 'high-contrast'] as const;
export type PaletteName = (typeof PALETTE_NAMES)[number];

export interface Presentation {
  on: boolean;
  title: string;
  legend: boolean;
  scale: boolean;
}

export interface ViewState {
  /** null: the opening view of the region. */
  camera: Camera | null;
  /** Visible layers, in registry order. */
  layers: LayerId[];
  /** Which features the facets keep. */
  filter: FeatureFilter;
  feature: string | null;
  passage: PassageRef | null;
  /** The document open in the reader. */
  reader: SourceId;
  panel: Panel;
  palette: PaletteName;
  presentation: Presentation;
  /** The year shown (its last day); null: the documents' present, February 2026. */
  year: number | null;
  /** The interface's language; null: the link does not say (the reader's own language is kept). */
  lang: Lang | null;
  /** Shown inside another page (`embed=1`, the embed code's iframe): the map only, read-only. */
  embed: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  camera: null,
  layers: [...LAYER_IDS],
  filter: NO_FILTER,
  feature: null,
  passage: null,
  reader: 'bulletin-2026-02',
  panel: 'find',
  palette: 'light',
  presentation: { on: false, title: '', legend: true, scale: true },
  year: null,
  lang: null,
  embed: false,
};

/** The years a link may ask for: the slider's span (its first event is 1872; validation keeps every event inside), with room for what the data may add. */
export const YEAR_LIMITS = [1850, 2035] as const;

const FEATURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TITLE = 120;

export interface ParsedView {
  view: ViewState;
  problems: Worded[];
}

export function parseViewHash(hash: string): ParsedView {
  const problems: Worded[] = [];
  const view: ViewState = structuredClone(DEFAULT_VIEW);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return { view, problems: [worded(PROBLEMS.unreadable)] };
  }
  const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const unknownKeys: string[] = [];
  // One problem per kind of part, however often a link repeats it: a hostile link gives a few notices, not thousands.
  const reported = new Set<string>();
  const report = (key: string, problem: Worded) => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };

  for (const [key, value] of params) {
    switch (key) {
      case 'map': {
        const camera = parseCamera(value);
        if (camera) view.camera = camera;
        else report(key, worded(PROBLEMS.map, { value: shown(value) }));
        break;
      }
      case 'layers': {
        const ids = value === '' ? [] : value.split(',').map(currentLayerId);
        const bad = ids.filter((id) => !isLayerId(id));
        if (bad.length > 0) report(key, worded(PROBLEMS.layers, { names: listed(bad, shown) }));
        view.layers = LAYER_IDS.filter((id) => ids.includes(id));
        break;
      }
      case 'status':
      case 'kind':
      case 'country':
      case 'doc':
      case 'section':
      case 'kv':
      case 'mw': {
        const read = readFilterParam(view.filter, key, value);
        view.filter = read.filter;
        if (read.problem) report(key, read.problem);
        break;
      }
      case 'feature':
        if (FEATURE_ID.test(value) && value.length <= 100) view.feature = currentFeatureId(value);
        else report(key, worded(PROBLEMS.feature, { value: shown(value) }));
        break;
      case 'passage': {
        const passage = parsePassageKey(value);
        if (passage) view.passage = passage;
        else report(key, worded(PROBLEMS.passage, { value: shown(value) }));
        break;
      }
      case 'read':
        if (isSourceId(value)) view.reader = value;
        else report(key, worded(PROBLEMS.document, { value: shown(value) }));
        break;
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) view.panel = value as Panel;
        break;
      case 'palette':
        if ((PALETTE_NAMES as readonly string[]).includes(value)) view.palette = value as PaletteName;
        else report(key, worded(PROBLEMS.palette, { value: shown(value) }));
        break;
      case 'present':
        view.presentation.on = value === '1';
        break;
      case 'year': {
        const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
        if (year >= YEAR_LIMITS[0] && year <= YEAR_LIMITS[1]) view.year = year;
        else report(key, worded(PROBLEMS.year, { value: shown(value), first: String(YEAR_LIMITS[0]), last: String(YEAR_LIMITS[1]) }));
        break;
      }
      case 'lang':
        if (isLang(value)) view.lang = value;
        else report(key, worded(PROBLEMS.lang, { value: shown(value) }));
        break;
      case 'title':
        view.presentation.title = cleanTitle(value);
        break;
      case 'legend':
        view.presentation.legend = value !== '0';
        break;
      case 'scale':
        view.presentation.scale = value !== '0';
        break;
      case 'embed':
        view.embed = value === '1';
        break;
      default:
        unknownKeys.push(key);
    }
  }
  if (unknownKeys.length > 0) {
    const distinct = [...new Set(unknownKeys)];
    problems.push(
      distinct.length === 1
        ? worded(PROBLEMS.unknownPart, { name: shown(distinct[0]) })
        : worded(PROBLEMS.unknownParts, { count: distinct.length, names: listed(distinct, shown) }),
    );
  }
  if (view.passage && !params.has('read')) view.reader = view.passage.source;
  if (!params.has('panel')) view.panel = impliedPanel(view);
  return { view, problems };
}

/** The first few of many names, and how many more there are. */
function listed(names: readonly string[], shown: (value: string) => string): WordedValue {
  return firstFew([...new Set(names)].map(shown));
}

/** The panel a link opens when it does not say: the passage it names, else the feature, else Find. */
function impliedPanel(view: Pick<ViewState, 'feature' | 'passage'>): Panel {
  return view.passage ? 'read' : view.feature ? 'feature' : 'find';
}

/** Only what differs from the default goes into the link, so links stay short. */
export function formatViewHash(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.camera) params.set('map', formatCamera(view.camera));
  if (view.layers.length !== LAYER_IDS.length) params.set('layers', view.layers.join(','));
  writeFilterParams(view.filter, params);
  if (view.feature) params.set('feature', view.feature);
  if (view.passage) params.set('passage', passageKey(view.passage));
  if (view.reader !== DEFAULT_VIEW.reader) params.set('read', view.reader);
  if (view.panel !== impliedPanel(view)) params.set('panel', view.panel);
  if (view.palette !== DEFAULT_VIEW.palette) params.set('palette', view.palette);
  if (view.year !== null) params.set('year', String(view.year));
  // English is the default: an English view's link leaves the reader in their own language.
  if (view.lang !== null && view.lang !== DEFAULT_LANG) params.set('lang', view.lang);
  if (view.presentation.on) params.set('present', '1');
  if (view.presentation.title) params.set('title', view.presentation.title);
  if (!view.presentation.legend) params.set('legend', '0');
  if (!view.presentation.scale) params.set('scale', '0');
  if (view.embed) params.set('embed', '1');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** zoom/latitude/longitude[/bearing[/pitch]], as map sites write it. */
function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => /^-?\d{1,3}(\.\d{1,8})?$/.test(part))) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number);
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180 || Math.abs(bearing) > 360 || pitch < 0 || pitch > 85) {
    return null;
  }
  return { center: [lon, lat], zoom, bearing, pitch };
}

function formatCamera({ center: [lon, lat], zoom, bearing, pitch }: Camera): string {
  const parts = [zoom.toFixed(2), lat.toFixed(4), lon.toFixed(4)];
  if (bearing !== 0 || pitch !== 0) parts.push(bearing.toFixed(1), pitch.toFixed(1));
  return parts.map((part) => part.replace(/\.?0+$/, '') || '0').join('/');
}

function cleanTitle(value: string): string {
  // Plain text only; React escapes it when shown, and control characters are dropped here.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return Array.from(value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()).slice(0, MAX_TITLE).join('').trimEnd();
}
