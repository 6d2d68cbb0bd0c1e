/**
 * The user's own data, from a file to a layer on the map and back from the browser's storage:
 * the steps the UI calls. The checks and the layer updates are pure (src/model); this file only
 * sequences them with the worker, the store and the storage.
 */
import { useAtlas } from './store';
import { importInWorker } from './importClient';
import { loadUserLayers, storeUserLayer, storeUserLayerIndex } from './userLayerStorage';
import {
  addUserLayer,
  fileKindOf,
  fileRefusal,
  layerNameFromFileName,
  newUserLayerId,
  nextUserLayerColor,
  recolorUserLayer,
  removeUserLayer,
  renameUserLayer,
  setUserLayerVisible,
  type CarriedOutcome,
  type UserLayer,
  type UserLayerRecord,
} from '../model/userLayers';
import { userFeatureBounds } from '../model/userFeatures';
import type { Rgb } from '../style/palette';
import type { FileKind } from '../model/importData';

/** Imports run one after another: two large files at once could exhaust the tab's memory. */
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Reads a file in the worker; on success adds a layer, otherwise says why and changes nothing. */
async function importOne(
  label: string,
  request: { kind: FileKind; file?: Blob; text?: string },
  layerOf: (id: string) => Omit<UserLayerRecord, 'source' | 'featureCount' | 'warnings' | 'id'>,
  keep: boolean,
): Promise<UserLayer | null> {
  const { setImportStatus, setImportMessage } = useAtlas.getState();
  setImportStatus({ fileName: label, phase: 'reading', progress: 0 });
  const outcome = await importInWorker(request, (phase, progress) => setImportStatus({ fileName: label, phase, progress }));
  // The bench reads these marks: the stages of an import on the page's side.
  performance.mark('user-import-worker-done');
  setImportStatus(null);
  if (!outcome.ok) {
    setImportMessage({ kind: 'error', text: `"${label}" was not added: ${outcome.problem}`, details: [] });
    return null;
  }
  const id = newUserLayerId(useAtlas.getState().userLayers);
  const layer: UserLayer = {
    id,
    ...layerOf(id),
    warnings: outcome.warnings,
    featureCount: outcome.featureCount,
    source: outcome.source,
    features: outcome.features,
  };
  useAtlas.getState().setUserLayers((layers) => addUserLayer(layers, layer));
  performance.mark('user-import-added');
  const refusal = keep ? await storeUserLayer(layer, useAtlas.getState().userLayers) : null;
  const count = `${outcome.featureCount.toLocaleString('en-GB')} feature${outcome.featureCount === 1 ? '' : 's'}`;
  const kept = keep ? (refusal ?? 'It is kept in this browser.') : '';
  setImportMessage({ kind: 'done', text: `Added "${layer.name}": ${count}. ${kept}`.trim(), details: outcome.warnings });
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
      await importOne(
        file.name,
        { kind: fileKindOf(file.name, file.type)!, file },
        () => ({ name: layerNameFromFileName(file.name), color: nextUserLayerColor(layers), visible: true }),
        true,
      );
    }
  });
}

/** Adds layers carried in a views file; they are checked again like any file. */
export function addCarriedLayers(entries: readonly { name: string; color: Rgb; source: string }[]): Promise<CarriedOutcome> {
  return enqueue(async () => {
    const outcome: CarriedOutcome = { added: 0, alreadyHere: 0, refused: 0 };
    for (const entry of entries) {
      // Importing one's own views file again must not double every layer.
      if (useAtlas.getState().userLayers.some((layer) => layer.source === entry.source)) {
        outcome.alreadyHere++;
        continue;
      }
      const layer = await importOne(entry.name, { kind: 'geojson', text: entry.source }, () => ({ ...entry, visible: true }), true);
      if (layer) outcome.added++;
      else outcome.refused++;
    }
    return outcome;
  });
}

/** Draws again the layers kept in this browser, as they were left. */
export function restoreUserLayers(): Promise<void> {
  return enqueue(async () => {
    const { records, problems } = await loadUserLayers();
    problems.forEach((problem) => useAtlas.getState().notify(problem));
    for (const record of records) {
      const outcome = await importInWorker({ kind: 'geojson', text: record.source }, () => {});
      if (!outcome.ok) {
        useAtlas.getState().notify(`Your layer "${record.name}" could not be drawn again: ${outcome.problem}`);
        continue;
      }
      useAtlas.getState().setUserLayers((layers) => addUserLayer(layers, { ...record, features: outcome.features }));
    }
  });
}

async function changeLayers(update: (layers: UserLayer[]) => UserLayer[], removedId?: string): Promise<void> {
  useAtlas.getState().setUserLayers(update);
  const refusal = await storeUserLayerIndex(useAtlas.getState().userLayers, removedId);
  if (refusal) useAtlas.getState().setImportMessage({ kind: 'error', text: refusal, details: [] });
}

export const renameLayer = (id: string, name: string) => changeLayers((layers) => renameUserLayer(layers, id, name));
export const recolorLayer = (id: string, color: Rgb) => changeLayers((layers) => recolorUserLayer(layers, id, color));
export const showLayer = (id: string, visible: boolean) => changeLayers((layers) => setUserLayerVisible(layers, id, visible));
export const removeLayer = (id: string) => changeLayers((layers) => removeUserLayer(layers, id), id);

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
