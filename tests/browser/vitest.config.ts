import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { atlasDataAsset } from '../../scripts/lib/atlasDataAsset.ts';

/** The tour's walk at four sizes is the longest file: started first, it does not hold up the end of the run. */
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = (file: TestSpecification) => file.moduleId.endsWith('tour-framing.test.ts');
    return [...sorted.filter(longest), ...sorted.filter((file) => !longest(file))];
  }
}

// Browser tests: the production build in dist/, served locally, driven in Debian's Chromium.
export default defineConfig({
  // A test that imports a module reaching the store (for its storage keys) needs the data's address.
  plugins: [atlasDataAsset()],
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serveBuild.ts'],
    setupFiles: ['tests/browser/oneBrowserPerFile.ts'],
    environment: 'node',
    // Two files at a time, each with its own Chromium: much of a browser test waits on the page
    // (frames, tiles, workers), so two use the two cores better than one; no test depends on timing.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
