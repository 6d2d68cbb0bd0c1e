import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { atlasDataAsset } from '../../scripts/lib/atlasDataAsset.ts';
import { compiledMessages } from '../../scripts/lib/compiledMessages.ts';

/**
 * Seconds each file took beside another on the 2-core machine (measured in a whole run of npm test,
 * 8 December 2026, a quiet machine, WebGL on llvmpipe; only the order matters).
 * Longest first, so the two workers finish together; a file not listed is started before all.
 * Vitest's own order needs a previous run's results, which a clean clone does not have.
 */
const MEASURED_SECONDS: Record<string, number> = {
  'import.test.ts': 119,
  'framing.test.ts': 115,
  'export.test.ts': 92,
  'tour-languages.test.ts': 78,
  'workbench.test.ts': 77,
  'hardening.test.ts': 74,
  'sidebar-reader.test.ts': 72,
  'views-presentation.test.ts': 70,
  'languages.test.ts': 67,
  'slides.test.ts': 61,
  'map.test.ts': 55,
  'accessibility.test.ts': 47,
  'timeline.test.ts': 42,
  'offline.test.ts': 40,
  'mapNames.test.ts': 38,
  'phone.test.ts': 32,
  'packed.test.ts': 30,
  'focus-presenting.test.ts': 28,
  'history-filters.test.ts': 24,
  'embed.test.ts': 16,
  'labels.test.ts': 14,
};

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (file: TestSpecification) => MEASURED_SECONDS[basename(file.moduleId)] ?? Number.MAX_SAFE_INTEGER;
    return (await super.sort(files)).sort((a, b) => seconds(b) - seconds(a));
  }
}

/**
 * How many times slower the stress run makes each page (npm run test:stress sets it). A timeout
 * catches a hang, not slowness (speed is measured by npm run bench): a page whose scripts run four
 * times slower gets twice as long, since its WebGL frames, drawn by the unthrottled GPU process on
 * the same two cores, are not slowed by the throttle.
 */
const slowdown = Math.max(1, Number(process.env.ATLAS_CPU_THROTTLE) || 1);
const patience = Math.max(1, slowdown / 2);

// Browser tests: the production build in dist/, served locally, driven in Debian's Chromium.
export default defineConfig({
  // A test that imports a module reaching the store (for its storage keys) needs the data's address and the English catalogue.
  plugins: [atlasDataAsset(), compiledMessages()],
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serveBuild.ts'],
    setupFiles: ['tests/browser/oneBrowserPerFile.ts'],
    environment: 'node',
    // Two files at a time, each with its own Chromium: much of a browser test waits on the page
    // (frames, tiles, workers), so two use the two cores better than one; no test depends on timing.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 90_000 * patience,
    // expect.poll waits for a state; its default second is a race a slowed page can lose.
    expect: { poll: { timeout: 30_000 * patience } },
    hookTimeout: 90_000 * patience,
  },
});
