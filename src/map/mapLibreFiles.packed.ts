/**
 * MapLibre in the atlas in one file (swapped in for mapLibreFiles.ts by vite.pack.config.ts): its
 * worker from its code carried in the page, and the basemap's tiles read from the page through a
 * protocol of the app's own, under the base src/ownFiles.packed.ts gives the style.
 */
import type * as Served from './mapLibreFiles.ts';
import maplibreWorkerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import { PACKED_PROTOCOL, packedBytes } from '../ownFiles.packed.ts';

export const prepareMapLibre: typeof Served.prepareMapLibre = (maplibre) => {
  maplibre.setWorkerUrl(URL.createObjectURL(new Blob([maplibreWorkerSource], { type: 'text/javascript' })));
  // The style's tiles are under the packed base (see map/basemapTiles.ts): MapLibre asks this for each.
  maplibre.addProtocol(PACKED_PROTOCOL, async ({ url }) => {
    const tile = packedBytes(url);
    // Beyond the region no tile was cut: an empty tile, as quiet as the server's 404 (which MapLibre does not report).
    return { data: tile === null ? new ArrayBuffer(0) : tile.buffer };
  });
};
