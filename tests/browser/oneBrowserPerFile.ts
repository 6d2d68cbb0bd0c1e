/** Every browser test file gets one Chromium, launched before its first test and closed after its last. */
import { afterAll, beforeAll } from 'vitest';
import { closeFileBrowser, launchFileBrowser } from './harness';

beforeAll(launchFileBrowser);
afterAll(closeFileBrowser);
