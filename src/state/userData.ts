/**
 * The user's own data, from a file to a layer on the map and back from the browser's storage:
 * the steps the UI calls. The checks and the layer updates are pure (src/model); this file only
 * sequences them with the worker, the store and the storage.
 */
import { useAtlas } from './store.ts';
import { importInWorker } from './importClient.ts';
import { forgetLayerSource, keepLayerIndex, loadUserLayerIndex, newLayerRefusal, onIndexChangedElsewhere, readLayerSource } from './userLayerStorage.ts';
import {
  addUserLayer,
  fileKindOf,
  fileRefusal,
  followLayerIndex,
  layerNameFromFileName,
  MAX_USER_LAYERS,
  newUserLayerId,
  nextUserLayerColor,
  recolorUserLayer,
  removeUserLayer,
  renameUserLayer,
  setUserLayerVisible,
  type CarriedOutcome,
  type UserLayer,
  type UserLayerRecord,
} from '../model/userData/userLayers.ts';
import { userFeatureBounds } from '../model/userData/userFeatures.ts';
import type { Rgb } from '../style/palette.ts';
import type { FileKind } from '../model/userData/importData.ts';
import type { CarriedLayer } from '../model/userData/carriedLayers.ts';
import { worded } from '../model/words/message.ts';
import { USER_DATA_WORDS as WORDS } from './userDataWords.ts';
import { restyleUserLayer, type UserLayerStyle } from '../model/userData/userLayerStyle.ts';

/** Imports run one after another: two large files at once could exhaust the tab's memory. */
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Reads a file in the worker, which also keeps it in the browser's storage; on success adds a
 * layer, otherwise says why and changes nothing. 'known' when it is the same data as a layer on the map.
 */
async function importOne(
  label: string,
  request: { kind: FileKind; file?: Blob; text?: string },
  layerOf: () => Pick<UserLayerRecord, 'name' | 'color' | 'visible'>,
): Promise<UserLayer | 'known' | null> {
  const { setImportStatus, setImportMessage } = useAtlas.getState();
  setImportStatus({ fileName: label, phase: 'reading', progress: 0 });
  const id = newUserLayerId(useAtlas.getState().userLayers);
  const known = useAtlas.getState().userLayers.map((layer) => layer.sourceHash);
  const outcome = await importInWorker({ ...request, keepAs: id, known }, (phase, progress) => setImportStatus({ fileName: label, phase, progress }));
  // The bench reads these marks: the stages of an import on the page's side.
  performance.mark('user-import-worker-done');
  setImportStatus(null);
  if (outcome.ok === 'known') return 'known';
  if (!outcome.ok) {
    setImportMessage({ kind: 'error', text: worded(WORDS.notAdded, { name: label }), reason: outcome.problem, details: [] });
    return null;
  }
  const { features, sourceHash, warnings, featureCount, storage } = outcome;
  const layer: UserLayer = { id, ...layerOf(), warnings, featureCount, sourceHash, features, ...(storage.kept ? {} : { unstoredSource: storage.source }) };
  useAtlas.getState().setUserLayers((layers) => addUserLayer(layers, layer));
  performance.mark('user-import-added');
  let refusal = storage.kept ? null : storage.reason;
  if (storage.kept) {
    refusal = await keepLayerIndex({ added: layer });
    if (refusal) void forgetLayerSource(id);
  }
  const kept = refusal ? newLayerRefusal(layer.name, refusal) : worded(WORDS.keptHere);
  setImportMessage({ kind: 'done', text: worded(WORDS.added, { name: layer.name, count: featureCount, kept }), details: warnings });
  return layer;
}

export function addUserFiles(files: readonly File[]): Promise<void> {
  return enqueue(async () => {
    for (const file of files) {
      // The bench reads this mark: the time from choosing a file to the layer drawn.
      performance.mark('user-import-start');
      const refusal = fileRefusal(file.name, file.size, file.type, useAtlas.getState().userLayers.length);
      if (refusal) {
        useAtlas.getState().setImportMessage({ kind: 'error', text: refusal, details: [] });
        continue;
      }
      const layers = useAtlas.getState().userLayers;
      await importOne(file.name, { kind: fileKindOf(file.name, file.type)!, file }, () => ({
        name: layerNameFromFileName(file.name),
        color: nextUserLayerColor(layers),
        visible: true,
      }));
    }
  });
}

/** Adds layers carried in a views file; they are checked again like any file. */
export function addCarriedLayers(entries: readonly CarriedLayer[]): Promise<CarriedOutcome> {
  return enqueue(async () => {
    const outcome: CarriedOutcome = { added: 0, alreadyHere: 0, refused: 0, noRoom: 0 };
    for (const entry of entries) {
      // Not read at all when there is no room: a layer kept in storage but never drawn would stay there for good.
      if (useAtlas.getState().userLayers.length >= MAX_USER_LAYERS) {
        outcome.noRoom++;
        continue;
      }
      const layer = await importOne(entry.name, { kind: 'geojson', text: entry.source }, () => ({ name: entry.name, color: entry.color, visible: true }));
      // Importing one's own views file again must not double every layer: the worker knows the same data by its fingerprint.
      if (layer === 'known') outcome.alreadyHere++;
      else if (layer) outcome.added++;
      else outcome.refused++;
    }
    return outcome;
  });
}

/** The layers to carry in a views file, their GeoJSON read back from the browser's storage, and those it could not give. */
export async function carriedUserLayers(layers: readonly UserLayer[]): Promise<{ carried: CarriedLayer[]; missing: string[] }> {
  const carried: CarriedLayer[] = [];
  const missing: string[] = [];
  for (const layer of layers) {
    const source = layer.unstoredSource ?? (await readLayerSource(layer.id).catch(() => undefined));
    if (source === undefined) missing.push(layer.name);
    else carried.push({ name: layer.name, color: layer.color, source });
  }
  return { carried, missing };
}

/** Draws the layers of these index entries, their GeoJSON read from the storage by the worker. */
async function drawStoredLayers(entries: readonly UserLayerRecord[]): Promise<void> {
  for (const entry of entries) {
    const outcome = await importInWorker({ kind: 'geojson', storedId: entry.id }, () => {});
    if (outcome.ok === true) {
      useAtlas.getState().setUserLayers((layers) => addUserLayer(layers, { ...entry, sourceHash: outcome.sourceHash, features: outcome.features }));
    } else if (outcome.ok === false) {
      useAtlas.getState().notify(outcome.missing ? worded(WORDS.layerMissing, { name: entry.name }) : worded(WORDS.layerNotRedrawn, { name: entry.name, problem: outcome.problem }));
    }
  }
}

/** Another tab imported, changed or removed a layer: this tab's layers follow the index it wrote. */
function followOtherTabs(): Promise<void> {
  return enqueue(async () => {
    const { entries, problem } = await loadUserLayerIndex();
    if (problem) return;
    const { layers, toLoad } = followLayerIndex(useAtlas.getState().userLayers, entries);
    useAtlas.getState().setUserLayers(() => layers);
    await drawStoredLayers(toLoad);
  });
}

/** Draws again the layers kept in this browser, as they were left, and from then on follows other tabs' changes. */
export function restoreUserLayers(): Promise<void> {
  onIndexChangedElsewhere(() => void followOtherTabs());
  return enqueue(async () => {
    const { entries, problem } = await loadUserLayerIndex();
    if (problem) useAtlas.getState().notify(problem);
    await drawStoredLayers(entries);
  });
}

/** Changes one layer on the page, then the same layer in the browser's index (never the whole index: other tabs write it too). */
async function changeLayer(id: string, update: (layers: UserLayer[]) => UserLayer[], removed = false): Promise<void> {
  useAtlas.getState().setUserLayers(update);
  const changed = useAtlas.getState().userLayers.find((layer) => layer.id === id);
  if (!removed && (!changed || changed.unstoredSource !== undefined)) return;
  const refusal = await keepLayerIndex(removed ? { removed: id } : { changed: changed! });
  if (refusal) {
    useAtlas.getState().setImportMessage({ kind: 'error', text: worded(WORDS.changeRefused, { reason: refusal }), details: [] });
  }
}

export const renameLayer = (id: string, name: string) => changeLayer(id, (layers) => renameUserLayer(layers, id, name));
export const recolorLayer = (id: string, color: Rgb) => changeLayer(id, (layers) => recolorUserLayer(layers, id, color));
export const showLayer = (id: string, visible: boolean) => changeLayer(id, (layers) => setUserLayerVisible(layers, id, visible));
export const restyleLayer = (id: string, style: UserLayerStyle) => changeLayer(id, (layers) => restyleUserLayer(layers, id, style));
export const removeLayer = (id: string) => changeLayer(id, (layers) => removeUserLayer(layers, id), true);

/** A feature of a user's layer opened from elsewhere (the table), as a click on it opens it: framed, its properties beside it. */
export function openUserFeature({ layerId, index }: { layerId: string; index: number }): void {
  const { userLayers, select, focus, pickUserFeature } = useAtlas.getState();
  const layer = userLayers.find((candidate) => candidate.id === layerId);
  const bounds = layer && userFeatureBounds(layer.features, index);
  if (!bounds) return;
  select(null);
  focus([], { bounds });
  const [[west, south], [east, north]] = bounds;
  pickUserFeature({ layerId, index, at: { lonLat: [(west + east) / 2, (south + north) / 2] } });
}
