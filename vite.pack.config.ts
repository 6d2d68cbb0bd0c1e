/**
 * The atlas in one file (`npm run pack`, scripts/pack.ts): one HTML page that opens from a USB
 * stick (`file://`) with no server and no network. The code, styles and fonts are inlined by
 * vite-plugin-singlefile, every on-demand part with them (no code splitting); the files the app
 * fetches come from the page itself (src/ownFiles.packed.ts, src/map/mapLibreFiles.packed.ts). The normal build (vite.config.ts)
 * is untouched by this.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { atlasDataAsset } from './scripts/lib/atlasDataAsset.ts';
import { compiledMessages } from './scripts/lib/compiledMessages.ts';
import { filesFromThePage, packedFiles, packedPage } from './scripts/lib/packedFiles.ts';
import { RESOLVE } from './vite.config.ts';

export const PACK_OUT_DIR = 'dist-pack';

export default defineConfig({
  plugins: [
    react(),
    filesFromThePage(),
    atlasDataAsset({ embedded: true }),
    compiledMessages(),
    packedFiles(),
    viteSingleFile(),
    // After singlefile: it hashes the inlined code for the page's policy.
    packedPage(),
  ],
  resolve: RESOLVE,
  base: './',
  // public/ holds the basemap as loose files: the page carries the ones it fetches itself.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: PACK_OUT_DIR,
    emptyOutDir: true,
    // The worker's code is inlined in the page too (src/ownFiles.packed.ts).
    assetsInlineLimit: () => true,
  },
});
