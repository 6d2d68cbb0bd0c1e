/**
 * Where the app's own files come from: every fetch of a file of the app's (the data file, the
 * map's names), the map's tiles and both workers go through here. Served, they come from the
 * app's own origin, relative to the page. In the atlas in one file (`npm run pack`), the pack
 * config swaps in ownFiles.packed.ts, which reads them from the file itself: the two modules
 * export the same names.
 */
import type * as maplibregl from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** The address the app's own files are found under (relative to it): the page's. */
export function ownBaseUrl(): string {
  return document.baseURI;
}

/** One of the app's own files, by its address under ownBaseUrl(). */
export function fetchOwn(url: string | URL): Promise<Response> {
  return fetch(url);
}

/** MapLibre's worker and any way of reading tiles the style needs, set once before the first map. */
export function prepareMapLibre(maplibre: typeof maplibregl): void {
  // MapLibre 6 starts its worker from a URL; Vite must emit that file next to the app.
  maplibre.setWorkerUrl(maplibreWorkerUrl);
}

/** A worker for one import (state/importWorker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL('./state/importWorker.ts', import.meta.url), { type: 'module' });
}
