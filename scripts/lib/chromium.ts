/**
 * Debian's Chromium, driven by playwright-core: shared by the browser tests, the bench script
 * and the command-line export. (A browser downloaded by a test tool cannot be had here.)
 */
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network and a root user; WebGL 2 runs on SwiftShader without GPU flags. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Every page the tools open has a profile of its own, so the atlas's service worker would first
 * save the whole build, 14 MB of it, beside the work the page was opened for: its pages block the
 * worker (Playwright's `serviceWorkers: 'block'`; the page's registration then fails quietly, as in
 * a browser that keeps no copy). A page that is about the offline copy asks for `'allow'`.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
  // newPage() makes its context through newContext(), so this one default reaches both.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

/**
 * Serves dist/ (or another Vite config's build, such as the bench's baseline) on a free loopback
 * port; returns its URL and a function that stops it.
 */
export async function serveDist(configFile?: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
