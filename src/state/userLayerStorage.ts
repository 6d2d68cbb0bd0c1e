/**
 * The user's layers kept in this browser (IndexedDB, through idb-keyval): a small index of names,
 * colours and visibility, written by the page, and each layer's GeoJSON under its own key, written
 * and read by the import worker, so that text of many megabytes never crosses the page's thread
 * (a rename rewrites only the index). Every function says plainly when the browser's storage refused.
 */
import { createStore, del, get, set } from 'idb-keyval';
import { recordOf, type UserLayer, type UserLayerRecord } from '../model/userLayers';

const INDEX_KEY = 'index';
const sourceKey = (id: string) => `source:${id}`;

let database: ReturnType<typeof createStore> | null = null;
function store() {
  database ??= createStore('corridor-atlas-user-layers', 'layers');
  return database;
}

/** Why the storage refused, in words. */
export function storageReason(error: unknown): string {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError' ? 'it is full' : 'storage is turned off or unavailable';
}

export const newLayerRefusal = (name: string, reason: string) =>
  `The browser storage refused to keep "${name}" (${reason}): it is on the map now but will be gone after a reload. Export a views file to keep it.`;

/** Keeps a layer's GeoJSON (in the import worker); null when kept, else why not. */
export async function keepLayerSource(id: string, source: string): Promise<string | null> {
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
 * Rewrites the index after an import, rename, recolour, hide or remove; a layer whose GeoJSON the
 * storage would not keep is left out, so a reload does not look for it. Null when kept, else why not.
 */
export async function keepLayerIndex(all: readonly UserLayer[], removedId?: string): Promise<string | null> {
  try {
    await set(INDEX_KEY, all.filter((layer) => layer.unstoredSource === undefined).map(recordOf), store());
    if (removedId) await del(sourceKey(removedId), store());
    return null;
  } catch (error) {
    return storageReason(error);
  }
}

/** Lets go of a layer's GeoJSON that no index names (its index could not be written). */
export async function forgetLayerSource(id: string): Promise<void> {
  await del(sourceKey(id), store()).catch(() => undefined);
}

/** The layers kept in this browser, without their GeoJSON (the worker reads that itself). */
export async function loadUserLayerIndex(): Promise<{ entries: UserLayerRecord[]; problem: string | null }> {
  try {
    return { entries: ((await get(INDEX_KEY, store())) ?? []) as UserLayerRecord[], problem: null };
  } catch (error) {
    return { entries: [], problem: `Your layers could not be read from the browser storage (${storageReason(error)}).` };
  }
}
