/**
 * Where the app's own files come from: every fetch of a file of the app's (the data file, the
 * map's names), the base the map's tiles are found under and the import worker go through here.
 * Served, they come from the app's own origin, relative to the page. In the atlas in one file
 * (`npm run pack`), the pack config swaps in ownFiles.packed.ts, which reads them from the page
 * itself: the two modules export the same names. (MapLibre's worker: map/mapLibreFiles.ts.)
 */

/** The address the app's own files are found under (relative to it): the page's. */
export function ownBaseUrl(): string {
  return document.baseURI;
}

/** One of the app's own files, by its address under ownBaseUrl(). */
export function fetchOwn(url: string | URL): Promise<Response> {
  return fetch(url);
}

/** A worker for one import (state/importWorker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL('./state/importWorker.ts', import.meta.url), { type: 'module' });
}
