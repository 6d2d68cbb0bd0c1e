import { describe, expect, it } from 'vitest';
import { failedModuleUrl, withRetryMark } from './moduleRetry.ts';

describe('asking again for code that could not be fetched', () => {
  it("reads the module's address from the browser's error, whatever the browser's wording", () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/SearchResults-Bq3x_1.js');
    const firefox = new TypeError('error loading dynamically imported module: https://atlas.example/assets/SearchResults-Bq3x_1.js');
    expect(failedModuleUrl(chromium)).toBe('http://127.0.0.1:4173/assets/SearchResults-Bq3x_1.js');
    expect(failedModuleUrl(firefox)).toBe('https://atlas.example/assets/SearchResults-Bq3x_1.js');
    // A retry that failed too names its own address: the next retry asks under a new one again.
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://h/assets/A-1.js?retry=1'))).toBe('http://h/assets/A-1.js');
  });

  it('gives up on an error that names no module, so the part offers Reload instead', () => {
    expect(failedModuleUrl(new Error('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('boom')).toBeNull();
  });

  it('asks under an address the browser has not seen fail', () => {
    const url = 'http://h/assets/A-1.js';
    expect(new Set([withRetryMark(url, 1), withRetryMark(url, 2), url]).size).toBe(3);
  });
});
