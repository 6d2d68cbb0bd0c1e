/**
 * Debian's Chromium, driven by playwright-core: shared by the browser tests, the bench script
 * and the command-line export. (A browser downloaded by a test tool cannot be had here.)
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network and a root user; WebGL 2 runs on a software driver (GL_ARGS says which). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Mesa's EGL, as Debian installs it (package libegl-mesa0): its llvmpipe draws WebGL on the CPU. */
const MESA_EGL = '/usr/share/glvnd/egl_vendor.d/50_mesa.json';

/**
 * WebGL through ANGLE's OpenGL ES backend on Mesa's llvmpipe, where the machine has it, instead of
 * the Vulkan SwiftShader headless Chromium falls back to: both draw on the CPU, but llvmpipe draws
 * a repaint of the atlas in about 100 ms against 220, and the browser tests ran in 836 s against
 * 1,816 (2 cores, 8 December 2026). Chromium's GPU blocklist refuses a software driver unless told.
 * ATLAS_GL=swiftshader, or a machine without Mesa, keeps Chromium's own choice.
 */
export const GL_ARGS = process.env.ATLAS_GL !== 'swiftshader' && existsSync(MESA_EGL) ? ['--ignore-gpu-blocklist', '--use-gl=angle', '--use-angle=gl-egl'] : [];

/**
 * Every page the tools open has a profile of its own, so the atlas's service worker would first
 * save the whole build, 14 MB of it, beside the work the page was opened for: its pages block the
 * worker (Playwright's `serviceWorkers: 'block'`; the page's registration then fails quietly, as in
 * a browser that keeps no copy). A page that is about the offline copy asks for `'allow'`.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...GL_ARGS, ...extraArgs] });
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
