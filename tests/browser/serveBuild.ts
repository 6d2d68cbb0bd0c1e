/** Serves dist/ (the production build) on a free loopback port for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function serveBuild(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return server.close;
}
