/**
 * The app's own files in the atlas in one file (`npm run pack`, vite.pack.config.ts swaps this
 * module in for ownFiles.ts): opened from `file://`, the page may fetch nothing, so every file it
 * would fetch is carried in the page (`virtual:packed-files`) and read from there; the tiles
 * through a MapLibre protocol, the workers from blob URLs of their code.
 */
import type * as Served from './ownFiles';
import packedFiles from 'virtual:packed-files';
import maplibreWorkerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import ImportWorker from './state/importWorker.ts?worker&inline';

/** A base that names no place on disk: a file not carried in the page cannot be fetched by mistake. */
const BASE = 'atlas://pack/';
const PROTOCOL = 'atlas';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The path of a carried file under BASE ('basemap/tiles/3/4/2.pbf'), or null for any other address. */
function packedPath(url: string | URL): string | null {
  const href = String(url);
  return href.startsWith(BASE) ? decodeURIComponent(href.slice(BASE.length).split(/[?#]/)[0]) : null;
}

export const ownBaseUrl: typeof Served.ownBaseUrl = () => BASE;

/** A carried file as a response, as the server would give it: 404 for a file that is not carried. */
export const fetchOwn: typeof Served.fetchOwn = (url) => {
  const path = packedPath(url);
  const text = path === null ? undefined : packedFiles.text[path];
  const binary = path === null ? undefined : packedFiles.binary[path];
  if (text !== undefined) return Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } }));
  if (binary !== undefined) return Promise.resolve(new Response(bytesOf(binary)));
  return Promise.resolve(new Response(null, { status: 404, statusText: 'Not in the packed atlas' }));
};

export const prepareMapLibre: typeof Served.prepareMapLibre = (maplibre) => {
  maplibre.setWorkerUrl(URL.createObjectURL(new Blob([maplibreWorkerSource], { type: 'text/javascript' })));
  // The style's tiles are under BASE (see map/basemapTiles.ts): MapLibre asks this for each.
  maplibre.addProtocol(PROTOCOL, async ({ url }) => {
    const path = packedPath(url);
    const tile = path === null ? undefined : packedFiles.binary[path];
    // Beyond the region no tile was cut: an empty tile, as quiet as the server's 404 (which MapLibre does not report).
    return { data: tile === undefined ? new ArrayBuffer(0) : bytesOf(tile).buffer };
  });
};

export const startImportWorker: typeof Served.startImportWorker = () => new ImportWorker();
