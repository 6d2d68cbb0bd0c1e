/** Every browser test file gets one Chromium, launched before its first test and closed after its last. */
import { afterAll, beforeAll } from 'vitest';
import { closeFileBrowser, launchFileBrowser } from './harness.ts';

beforeAll(launchFileBrowser);
afterAll(closeFileBrowser);
