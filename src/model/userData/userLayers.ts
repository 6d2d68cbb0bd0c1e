/**
 * Layers of the user's own data, drawn beside the atlas's: pure updaters for adding, renaming,
 * recolouring, hiding and removing them, and the limits a file must meet before it is read.
 */
import { defineMessages, worded, type Worded } from '../words/message.ts';
import type { Rgb } from '../../style/palette.ts';
import type { UserFeatures } from './userFeatures.ts';
import type { FileKind } from './importData.ts';
import type { UserLayerStyle } from './userLayerStyle.ts';

/**
 * What the browser's storage keeps of a layer in its index; the layer's GeoJSON is kept apart,
 * under its id, and the drawing is rebuilt from that.
 */
export interface UserLayerRecord {
  id: string;
  name: string;
  color: Rgb;
  visible: boolean;
  /** Worded for the language shown; plain strings are English, kept by an earlier version of the atlas. */
  warnings: (Worded | string)[];
  featureCount: number;
  /** The fingerprint of the checked features' GeoJSON text (model/userData/textHash.ts): the same data is known again by it. */
  sourceHash: string;
  /** Coloured or labelled by its properties (model/userData/userLayerStyle.ts); absent: one colour, no labels. */
  style?: UserLayerStyle;
}

export interface UserLayer extends UserLayerRecord {
  features: UserFeatures;
  /** The checked GeoJSON text, held on the page only when the browser's storage would not keep it. */
  unstoredSource?: string;
}

export const MAX_LAYER_NAME = 60;
export const MAX_USER_LAYERS = 12;
/** Larger files take more memory than a browser tab reliably has (the text, the parsed objects and the drawing). */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** Colours apart from the atlas's own layers (see LAYER_SYMBOLS), so the user's data is told apart. */
/**
 * The colours a layer of one's own is given, in order. The first is of no atlas layer's hue (lime,
 * where TRIPP is crimson and the gas corridor brown); later ones differ from them at least in tone.
 */
export const USER_LAYER_COLORS: readonly Rgb[] = [
  [120, 220, 0],
  [0, 200, 255],
  [255, 105, 180],
  [90, 90, 255],
  [128, 0, 0],
  [20, 20, 20],
  [255, 240, 0],
  [0, 255, 200],
];

export function nextUserLayerColor(layers: readonly Pick<UserLayerRecord, 'color'>[]): Rgb {
  const used = new Set(layers.map((layer) => layer.color.join(',')));
  return USER_LAYER_COLORS.find((color) => !used.has(color.join(','))) ?? USER_LAYER_COLORS[layers.length % USER_LAYER_COLORS.length];
}

/** A name as typed, tidied: trimmed, one line, not too long; an empty name keeps the old one. */
export function cleanLayerName(name: string, fallback: string): string {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_LAYER_NAME).trim();
  return clean || fallback;
}

export function layerNameFromFileName(fileName: string): string {
  return cleanLayerName(fileName.replace(/\.(geo)?json$|\.csv$/i, '').replace(/[_-]+/g, ' '), 'My layer');
}

/** The file's extension decides; its media type only when it has none (browsers guess those). */
export function fileKindOf(fileName: string, mimeType = ''): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1].toLowerCase();
  if (extension) return extension === 'csv' ? 'csv' : extension === 'json' || extension === 'geojson' ? 'geojson' : null;
  if (mimeType === 'text/csv') return 'csv';
  return mimeType.includes('json') ? 'geojson' : null;
}

/** What the model says of files and of layers carried in a views file, worded for the language shown. */
const WORDS = defineMessages({
  notGeojsonOrCsv: {
    id: 'userData.notGeojsonOrCsv',
    defaultMessage: '"{name}" is neither GeoJSON (.geojson, .json) nor CSV (.csv): only those can be added.',
    description: 'A file refused before reading; {name} is the file’s name',
  },
  tooLarge: {
    id: 'userData.tooLarge',
    defaultMessage: '"{name}" is {size} MB: too large for this browser (the limit is {limit} MB). Split it or simplify its geometry.',
    description: 'A file refused before reading; {name} is the file’s name',
  },
  tooManyLayers: {
    id: 'userData.tooManyLayers',
    defaultMessage: 'There are already {max} layers of your own: remove one before adding another.',
    description: 'A file refused before reading; {max} is a number (at least 2)',
  },
  carriedAdded: {
    id: 'userData.carried.added',
    defaultMessage: 'Added {count, plural, one {{count} layer} other {{count} layers}} of your own data (see the Find panel).',
    description: 'After importing a views file that carried layers; “Find” is the name of the side panel’s tab, as translated',
  },
  carriedHere: {
    id: 'userData.carried.alreadyHere',
    defaultMessage:
      '{count, plural, one {{count} layer of your own data in this file is} other {{count} layers of your own data in this file are}} already on the map, the same data: not added again.',
    description: 'After importing a views file that carried layers',
  },
  carriedRefused: {
    id: 'userData.carried.refused',
    defaultMessage: '{count, plural, one {{count} layer} other {{count} layers}} of your own data could not be added (the Find panel says why).',
    description: 'After importing a views file that carried layers; “Find” is the name of the side panel’s tab, as translated',
  },
  carriedNoRoom: {
    id: 'userData.carried.noRoom',
    defaultMessage:
      '{count, plural, one {{count} layer of your own data was not added: the atlas draws at most {max}; remove one and import the file again to add it.} other {{count} layers of your own data were not added: the atlas draws at most {max}; remove one and import the file again to add them.}}',
    description: 'After importing a views file that carried layers; {max} is a number',
  },
});

/** Why a file will not be read at all, before reading it; null when it may be. */
export function fileRefusal(fileName: string, bytes: number, mimeType = '', layerCount = 0): Worded | null {
  if (fileKindOf(fileName, mimeType) === null) return worded(WORDS.notGeojsonOrCsv, { name: fileName });
  if (bytes > MAX_FILE_BYTES) {
    return worded(WORDS.tooLarge, { name: fileName, size: (bytes / 1024 / 1024).toFixed(0), limit: String(MAX_FILE_BYTES / 1024 / 1024) });
  }
  if (layerCount >= MAX_USER_LAYERS) return worded(WORDS.tooManyLayers, { max: MAX_USER_LAYERS });
  return null;
}

export function newUserLayerId(existing: readonly { id: string }[], random: () => number = Math.random): string {
  const taken = new Set(existing.map((layer) => layer.id));
  let id: string;
  do id = `u${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
  while (taken.has(id));
  return id;
}

export function addUserLayer<T extends UserLayerRecord>(layers: readonly T[], layer: T): T[] {
  if (layers.some((existing) => existing.id === layer.id)) return [...layers];
  return [...layers, layer].slice(0, MAX_USER_LAYERS);
}

export function renameUserLayer<T extends UserLayerRecord>(layers: readonly T[], id: string, name: string): T[] {
  return layers.map((layer) => (layer.id === id ? { ...layer, name: cleanLayerName(name, layer.name) } : layer));
}

export function recolorUserLayer<T extends UserLayerRecord>(layers: readonly T[], id: string, color: Rgb): T[] {
  return layers.map((layer) => (layer.id === id ? { ...layer, color } : layer));
}

export function setUserLayerVisible<T extends UserLayerRecord>(layers: readonly T[], id: string, visible: boolean): T[] {
  return layers.map((layer) => (layer.id === id ? { ...layer, visible } : layer));
}

export function removeUserLayer<T extends UserLayerRecord>(layers: readonly T[], id: string): T[] {
  return layers.filter((layer) => layer.id !== id);
}

/** The part of a layer that is stored in the index: neither the drawing nor the GeoJSON text. */
export function recordOf({ id, name, color, visible, warnings, featureCount, sourceHash, style }: UserLayerRecord): UserLayerRecord {
  return { id, name, color, visible, warnings, featureCount, sourceHash, ...(style ? { style } : {}) };
}

/** One tab's change to one layer, as the index in the browser storage takes it. */
export type LayerIndexChange = { added: UserLayerRecord } | { changed: UserLayerRecord } | { removed: string };

/**
 * The stored index with one tab's change made on it: only the layer that tab changed, so what other
 * tabs added, renamed or removed meanwhile stays as they left it (the last tab to write does not win).
 */
export function mergeLayerIndex(stored: readonly UserLayerRecord[], change: LayerIndexChange): UserLayerRecord[] {
  if ('removed' in change) return stored.filter((entry) => entry.id !== change.removed);
  const record = recordOf('added' in change ? change.added : change.changed);
  if (stored.some((entry) => entry.id === record.id)) return stored.map((entry) => (entry.id === record.id ? record : entry));
  // A change to a layer another tab removed does not bring it back.
  return 'added' in change ? [...stored, record].slice(0, MAX_USER_LAYERS) : [...stored];
}

/**
 * A tab's layers brought in line with the index another tab wrote: layers it removed go, names,
 * colours and visibility follow, and the entries this tab does not have yet are returned to load.
 * A layer the storage would not keep (held on this page only) is this tab's alone and stays.
 */
export function followLayerIndex<T extends UserLayer>(layers: readonly T[], entries: readonly UserLayerRecord[]): { layers: T[]; toLoad: UserLayerRecord[] } {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const kept = layers.flatMap((layer): T[] => {
    if (layer.unstoredSource !== undefined) return [layer];
    const entry = byId.get(layer.id);
    return entry ? [{ ...layer, name: entry.name, color: entry.color, visible: entry.visible, style: entry.style }] : [];
  });
  const have = new Set(layers.map((layer) => layer.id));
  return { layers: kept, toLoad: entries.filter((entry) => !have.has(entry.id)) };
}

export function hexOfColor([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export function colorOfHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return match ? [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)] : null;
}

/** What became of the layers of one's own that a views file carried. */
export interface CarriedOutcome {
  added: number;
  /** The same data is on the map already: not added twice. */
  alreadyHere: number;
  refused: number;
  /** Not read at all: the atlas already drew as many layers of one's own as it draws. */
  noRoom: number;
}

/** One sentence per outcome that happened, in plain words. */
export function describeCarried({ added, alreadyHere, refused, noRoom }: CarriedOutcome): Worded[] {
  return [
    added > 0 ? worded(WORDS.carriedAdded, { count: added }) : null,
    alreadyHere > 0 ? worded(WORDS.carriedHere, { count: alreadyHere }) : null,
    refused > 0 ? worded(WORDS.carriedRefused, { count: refused }) : null,
    noRoom > 0 ? worded(WORDS.carriedNoRoom, { count: noRoom, max: MAX_USER_LAYERS }) : null,
  ].filter((sentence): sentence is Worded => sentence !== null);
}
