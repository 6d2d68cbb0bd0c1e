/**
 * `npm run pack`: the atlas in one file (vite.pack.config.ts), for rooms with no network. Prints
 * the page's size, then, as the last line, its path.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { PACKED_FILE_NAME } from './lib/packedFiles.ts';
import { PACK_OUT_DIR } from '../vite.pack.config.ts';

const started = Date.now();
await build({ configFile: resolve('vite.pack.config.ts'), logLevel: 'warn' });
const path = resolve(PACK_OUT_DIR, PACKED_FILE_NAME);
const bytes = statSync(path).size;
console.log(`pack: one page of ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s; open it from a USB stick, no server needed:`);
console.log(path);
