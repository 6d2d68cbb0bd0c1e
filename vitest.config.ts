import { defineConfig } from 'vitest/config';

// Unit tests: the pure modules under src/ and scripts/. Browser tests have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
