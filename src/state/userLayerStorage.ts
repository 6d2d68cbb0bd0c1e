/**
 * The user's layers kept in this browser (IndexedDB, through idb-keyval): a small index of names,
 * colours and visibility, and each layer's GeoJSON under its own key, so a rename rewrites only
 * the index. Every function says plainly when the browser's storage refused.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { UserLayerRecord } from '../model/userLayers';

type IndexEntry = Omit<UserLayerRecord, 'source'>;

const INDEX_KEY = 'index';
const sourceKey = (id: string) => `source:${id}`;

let database: ReturnType<typeof createStore> | null = null;
function store() {
  database ??= createStore('corridor-atlas-user-layers', 'layers');
  return database;
}

function reason(error: unknown): string {
  const name = (error as { name?: string })?.name;
  return name === 'QuotaExceededError' ? 'it is full' : 'storage is turned off or unavailable';
}

/** Keeps a new layer; null when kept, else what to tell the user. */
export async function storeUserLayer(layer: UserLayerRecord, all: readonly UserLayerRecord[]): Promise<string | null> {
  try {
    await set(sourceKey(layer.id), layer.source, store());
    await set(INDEX_KEY, all.map(indexEntry), store());
    return null;
  } catch (error) {
    return `The browser storage refused to keep "${layer.name}" (${reason(error)}): it is on the map now but will be gone after a reload. Export a views file to keep it.`;
  }
}

/** Rewrites the index after a rename, recolour, hide or remove. */
export async function storeUserLayerIndex(all: readonly UserLayerRecord[], removedId?: string): Promise<string | null> {
  try {
    await set(INDEX_KEY, all.map(indexEntry), store());
    if (removedId) await del(sourceKey(removedId), store());
    return null;
  } catch (error) {
    return `The browser storage refused to keep the change to your layers (${reason(error)}); after a reload they will be as they were.`;
  }
}

export async function loadUserLayers(): Promise<{ records: UserLayerRecord[]; problems: string[] }> {
  try {
    const index = ((await get(INDEX_KEY, store())) ?? []) as IndexEntry[];
    const records: UserLayerRecord[] = [];
    const problems: string[] = [];
    for (const entry of index) {
      const source = await get(sourceKey(entry.id), store());
      if (typeof source === 'string') records.push({ ...entry, source });
      else problems.push(`Your layer "${entry.name}" was not found in the browser storage any more.`);
    }
    return { records, problems };
  } catch (error) {
    return { records: [], problems: [`Your layers could not be read from the browser storage (${reason(error)}).`] };
  }
}

function indexEntry({ id, name, color, visible, warnings, featureCount }: UserLayerRecord): IndexEntry {
  return { id, name, color, visible, warnings, featureCount };
}
