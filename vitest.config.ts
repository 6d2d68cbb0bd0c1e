import { defineConfig } from 'vitest/config';
import { atlasDataAsset } from './scripts/lib/atlasDataAsset.ts';
import { compiledMessages } from './scripts/lib/compiledMessages.ts';

// Unit tests: the pure modules under src/ and scripts/. Browser tests have their own config.
export default defineConfig({
  // Modules that reach the store import the data's address and the English catalogue.
  plugins: [atlasDataAsset(), compiledMessages()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
