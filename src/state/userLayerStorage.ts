/**
 * The user's layers kept in this browser (IndexedDB, through idb-keyval): a small index of names,
 * colours and visibility, written by the page, and each layer's GeoJSON under its own key, written
 * and read by the import worker, so that text of many megabytes never crosses the page's thread
 * (a rename rewrites only the index). Every function says plainly when the browser's storage refused.
 */
import { createStore, del, get, set, update } from 'idb-keyval';
import { mergeLayerIndex, type LayerIndexChange, type UserLayerRecord } from '../model/userData/userLayers.ts';
import { worded, type Worded } from '../model/words/message.ts';
import { USER_DATA_WORDS as WORDS } from './userDataWords.ts';

const INDEX_KEY = 'index';
const sourceKey = (id: string) => `source:${id}`;

let database: ReturnType<typeof createStore> | null = null;
function store() {
  database ??= createStore('corridor-atlas-user-layers', 'layers');
  return database;
}

/** Why the storage refused, worded (the worker, which has no catalogue, hands it to the page as it is). */
export function storageReason(error: unknown): Worded {
  const name = (error as { name?: string })?.name;
  return worded(name === 'QuotaExceededError' ? WORDS.storageFull : WORDS.storageUnavailable);
}

export const newLayerRefusal = (name: string, reason: Worded): Worded => worded(WORDS.notKept, { name, reason });

/** Keeps a layer's GeoJSON (in the import worker); null when kept, else why not. */
export async function keepLayerSource(id: string, source: string): Promise<Worded | null> {
  try {
    await set(sourceKey(id), source, store());
    return null;
  } catch (error) {
    return storageReason(error);
  }
}

/** A layer's GeoJSON as kept; undefined when it is not there. Throws when the storage cannot be read. */
export async function readLayerSource(id: string): Promise<string | undefined> {
  const source: unknown = await get(sourceKey(id), store());
  return typeof source === 'string' ? source : undefined;
}

/**
 * Makes one change to the index (an import, rename, recolour, hide or remove), read and written in
 * one transaction so that another tab's changes made meanwhile stay; a removed layer's GeoJSON goes
 * too. Other tabs are told. Null when kept, else why not.
 */
export async function keepLayerIndex(change: LayerIndexChange): Promise<Worded | null> {
  try {
    await update(INDEX_KEY, (stored) => mergeLayerIndex((stored ?? []) as UserLayerRecord[], change), store());
    if ('removed' in change) await del(sourceKey(change.removed), store());
    announceIndexChange();
    return null;
  } catch (error) {
    return storageReason(error);
  }
}

/** One channel per page, for telling and for hearing: a channel does not hear its own messages, so a tab never follows itself. */
let channel: BroadcastChannel | null = null;
function indexChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel('corridor-atlas.user-layers');
  return channel;
}

function announceIndexChange(): void {
  indexChannel()?.postMessage('index changed');
}

/** Calls back whenever another tab of this atlas changed the index of layers. */
export function onIndexChangedElsewhere(callback: () => void): void {
  const listening = indexChannel();
  if (listening) listening.onmessage = callback;
}

/** Lets go of a layer's GeoJSON that no index names (its index could not be written). */
export async function forgetLayerSource(id: string): Promise<void> {
  await del(sourceKey(id), store()).catch(() => undefined);
}

/** The layers kept in this browser, without their GeoJSON (the worker reads that itself). */
export async function loadUserLayerIndex(): Promise<{ entries: UserLayerRecord[]; problem: Worded | null }> {
  try {
    return { entries: ((await get(INDEX_KEY, store())) ?? []) as UserLayerRecord[], problem: null };
  } catch (error) {
    return { entries: [], problem: worded(WORDS.indexUnreadable, { reason: storageReason(error) }) };
  }
}
