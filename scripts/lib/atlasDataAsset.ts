/**
 * The atlas's data as a file of the app's own, fetched at start instead of bundled into the code:
 * `virtual:atlas-data` gives its address, and index.html preloads it so it arrives while the
 * code is still loading. In the build it is one hashed asset; the dev server reads data/ afresh.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { atlasDataFromDisk } from './onDisk.ts';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Where the dev server serves the data, and where the atlas in one file carries it. */
export const DEV_PATH = 'atlas-data.json';

/**
 * `embedded`: the atlas in one file (vite.pack.config.ts) carries the data in the page itself
 * (scripts/lib/packedFiles.ts), under the development address: no file is emitted, none preloaded.
 */
export function atlasDataAsset({ embedded = false }: { embedded?: boolean } = {}): Plugin {
  let building = false;
  let asset: { fileName: string; source: string } | null = null;
  /** Relative to the page, like every other asset (the app may be served from a sub-folder). */
  const address = () => `./${asset ? asset.fileName : DEV_PATH}`;
  return {
    name: 'corridor-atlas-data',
    configResolved(config) {
      building = config.command === 'build' && !embedded;
    },
    buildStart() {
      if (!building) return;
      const source = JSON.stringify(atlasDataFromDisk());
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      asset = { fileName: `assets/atlas-data-${hash}.json`, source };
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(address())};` : null),
    generateBundle() {
      if (asset) this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source });
    },
    // `crossorigin` makes the preload match the page's fetch (CORS mode, same-origin credentials).
    transformIndexHtml: () => (embedded ? [] : [{ tag: 'link', attrs: { rel: 'preload', href: address(), as: 'fetch', crossorigin: true }, injectTo: 'head' }]),
    configureServer(server) {
      server.middlewares.use(`/${DEV_PATH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(atlasDataFromDisk()));
      });
    },
  };
}
