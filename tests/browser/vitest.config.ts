import { defineConfig } from 'vitest/config';
import { atlasDataAsset } from '../../scripts/lib/atlasDataAsset.ts';

// Browser tests: the production build in dist/, served locally, driven in Debian's Chromium.
export default defineConfig({
  // A test that imports a module reaching the store (for its storage keys) needs the data's address.
  plugins: [atlasDataAsset()],
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serveBuild.ts'],
    setupFiles: ['tests/browser/oneBrowserPerFile.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores and WebGL is software-rendered.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
