/**
 * What MapLibre needs before the first map: its worker, and any way of reading tiles the style
 * names. Served, the worker is a file of the app's own; the atlas in one file swaps in
 * mapLibreFiles.packed.ts (see vite.pack.config.ts), which carries both in the page. Apart from
 * src/ownFiles.ts so that what reads the data (and its tests) does not import MapLibre's worker.
 */
import type * as maplibregl from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

export function prepareMapLibre(maplibre: typeof maplibregl): void {
  // MapLibre 6 starts its worker from a URL; Vite must emit that file next to the app.
  maplibre.setWorkerUrl(maplibreWorkerUrl);
}
