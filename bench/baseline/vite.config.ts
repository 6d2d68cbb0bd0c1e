import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The bench's baseline page, built on its own into bench-results/baseline/, with the app's basemap files. */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../public'),
  logLevel: 'warn',
  build: { target: 'es2022', outDir: here('../../bench-results/baseline'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1' },
});
