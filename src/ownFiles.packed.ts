/**
 * The app's own files in the atlas in one file (`npm run pack`, vite.pack.config.ts swaps this
 * module in for ownFiles.ts): opened from `file://`, the page may fetch nothing, so every file it
 * would fetch is carried in the page (`virtual:packed-files`) and read from there, and the import
 * worker starts from its code carried in the page (a blob URL, which a page on file:// needs).
 */
import type * as Served from './ownFiles.ts';
import packedFiles from 'virtual:packed-files';
import ImportWorker from './state/importWorker.ts?worker&inline';

/** A base that names no place on disk: a file not carried in the page cannot be fetched by mistake. */
export const PACKED_PROTOCOL = 'atlas';
const BASE = `${PACKED_PROTOCOL}://pack/`;

/** The path of a carried file under BASE ('basemap/tiles/3/4/2.pbf'), or null for any other address. */
function packedPath(url: string | URL): string | null {
  const href = String(url);
  return href.startsWith(BASE) ? decodeURIComponent(href.slice(BASE.length).split(/[?#]/)[0]) : null;
}

/** A carried binary file (a tile), or null when the page does not carry it. */
export function packedBytes(url: string | URL): Uint8Array<ArrayBuffer> | null {
  const path = packedPath(url);
  const base64 = path === null ? undefined : packedFiles.binary[path];
  if (base64 === undefined) return null;
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export const ownBaseUrl: typeof Served.ownBaseUrl = () => BASE;

/** A carried file as a response, as the server would give it: 404 for a file that is not carried. */
export const fetchOwn: typeof Served.fetchOwn = (url) => {
  const path = packedPath(url);
  const text = path === null ? undefined : packedFiles.text[path];
  if (text !== undefined) return Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } }));
  const bytes = packedBytes(url);
  if (bytes !== null) return Promise.resolve(new Response(bytes));
  return Promise.resolve(new Response(null, { status: 404, statusText: 'Not in the packed atlas' }));
};

export const startImportWorker: typeof Served.startImportWorker = () => new ImportWorker();
