/**
 * The atlas in one file (`npm run pack`, vite.pack.config.ts): the Vite plugins that make one
 * HTML page carry everything the app would otherwise fetch from its server, and a policy that
 * lets the page run its own inlined code and nothing else.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputAsset } from 'rolldown';
import type { Plugin } from 'vite';
import { DEV_PATH } from './atlasDataAsset.ts';
import { atlasDataFromDisk } from './onDisk.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PUBLIC = join(ROOT, 'public');
const VIRTUAL_ID = 'virtual:packed-files';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The packed page's name in the output folder. */
export const PACKED_FILE_NAME = 'corridor-atlas.html';

/** The public files the app fetches (tiles, the map's names), by their path under public/. */
function publicFilesFetched(): { text: string[]; binary: string[] } {
  const tiles = join(PUBLIC, 'basemap', 'tiles');
  const binary = (readdirSync(tiles, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pbf'))
    .map((entry) => relative(PUBLIC, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  // The other GeoJSON files in public/basemap/ reach the map as tiles only: the app never fetches them.
  return { text: ['basemap/labels.geojson', 'basemap/label-anchors.json'], binary };
}

/** `virtual:packed-files`: the files src/ownFiles.packed.ts reads, the data file among them. */
export function packedFiles(): Plugin {
  return {
    name: 'corridor-atlas-packed-files',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const wanted = publicFilesFetched();
      if (wanted.binary.length === 0) this.error('public/basemap/tiles/ is empty: run `npm run prepare-basemap` first.');
      const text: Record<string, string> = { [DEV_PATH]: JSON.stringify(atlasDataFromDisk()) };
      for (const path of wanted.text) text[path] = readFileSync(join(PUBLIC, path), 'utf8');
      const binary: Record<string, string> = {};
      for (const path of wanted.binary) binary[path] = readFileSync(join(PUBLIC, path)).toString('base64');
      return `export default ${JSON.stringify({ text, binary })};`;
    },
  };
}

/** The modules that read the app's own files or keep a copy of them, each with the one that reads them from the page instead (same exports). */
const SWAPPED: [served: string, packed: string][] = [
  ['src/ownFiles.ts', 'src/ownFiles.packed.ts'],
  ['src/map/mapLibreFiles.ts', 'src/map/mapLibreFiles.packed.ts'],
  ['src/state/offlineCopy.ts', 'src/state/offlineCopy.packed.ts'],
];

/** Every import of a module in SWAPPED gets its packed counterpart. */
export function filesFromThePage(): Plugin {
  const packedFor = new Map(SWAPPED.map(([served, packed]) => [join(ROOT, served), join(ROOT, packed)]));
  const packedModules = new Set(packedFor.values());
  return {
    name: 'corridor-atlas-files-from-the-page',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // A packed module imports its served twin for its types only; those imports are erased.
      if (!/(ownFiles|mapLibreFiles|offlineCopy)(\.ts)?$/.test(source) || (importer && packedModules.has(importer))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && packedFor.get(resolved.id)) ?? null;
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy. A page opened from `file://` has no origin of its own to
 * allow ('self'), and its code and styles are inline: each inline script and style is allowed by
 * its hash, the workers by their blob: or data: URLs, pictures and fonts as data: or blob: URLs; no address
 * of any server is allowed, so the page can make no request beyond itself.
 */
export function packedPolicy(inlineScripts: string[], inlineStyles: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${inlineScripts.map(sha256).join(' ')}`,
    // MapLibre starts its worker from a data: URL where the page has no origin (file://).
    'worker-src blob: data:',
    `style-src ${inlineStyles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The contents of the page's inline scripts and styles, exactly as the browser hashes them, read in
 * document order: a script's text (which may itself hold "<style" in a string) is skipped whole.
 */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const found = { scripts: [] as string[], styles: [] as string[] };
  const opening = /<(script|style)\b([^>]*)>/gi;
  let match: RegExpExecArray | null;
  while ((match = opening.exec(html))) {
    const tag = match[1].toLowerCase();
    const start = match.index + match[0].length;
    const end = html.indexOf(`</${tag}>`, start);
    if (end < 0) break;
    if (tag === 'style') found.styles.push(html.slice(start, end));
    else if (!/\bsrc=/.test(match[2])) found.scripts.push(html.slice(start, end));
    opening.lastIndex = end;
  }
  return found;
}

/**
 * After vite-plugin-singlefile has inlined the code and styles (so it must come after it): the
 * policy goes first in the head, the icon into the page, and the page gets its name.
 */
export function packedPage(): Plugin {
  return {
    name: 'corridor-atlas-packed-page',
    enforce: 'post',
    transformIndexHtml: (html) =>
      html.replace(
        /href="\.\/favicon\.svg"/,
        `href="data:image/svg+xml;base64,${readFileSync(join(PUBLIC, 'favicon.svg')).toString('base64')}"`,
      ),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'] as OutputAsset | undefined;
        if (!page) return this.error('The packed build made no index.html.');
        const html = String(page.source);
        const inline = inlineCode(html);
        const policy = packedPolicy(inline.scripts, inline.styles);
        const leftOver = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (leftOver.length > 0) this.error(`Files not carried in the page: ${leftOver.join(', ')}`);
        delete bundle['index.html'];
        this.emitFile({
          type: 'asset',
          fileName: PACKED_FILE_NAME,
          source: html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
        });
      },
    },
  };
}
