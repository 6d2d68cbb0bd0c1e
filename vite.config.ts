import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { atlasDataAsset } from './scripts/lib/atlasDataAsset.ts';
import { compiledMessages } from './scripts/lib/compiledMessages.ts';

/**
 * The built app may talk to its own origin only: a strict Content-Security-Policy makes the
 * "no request outside the app" promise something the browser enforces. Build only, because
 * the dev server injects inline scripts for hot reload. Styles need no 'unsafe-inline': the
 * stylesheets are files, and MapLibre, deck.gl and React set styles through the DOM, which
 * CSP allows.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * As an HTTP header the policy can also say who may frame the app, which a <meta> policy cannot:
 * any page, since the embed code (model/exports/embedCode.ts) exists to show the atlas inside others.
 * Framing risks nothing here: the app has no account and no server-side action a host could
 * trick a click into, and a framed atlas's storage is the host's partition, not the reader's own.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors *`;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'corridor-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/** Shared with the atlas in one file (vite.pack.config.ts). */
export const RESOLVE = {
  // The catalogues arrive compiled (scripts/lib/compiledMessages.ts): react-intl needs no ICU parser
  // in the browser, as its docs advise for precompiled messages.
  alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
};

/**
 * Installable, and working offline after the first visit: a web app manifest, and a service worker
 * (Workbox, generated at build) that saves every file of the build, tiles and fonts included, so a
 * classroom that opened the atlas once can open it again with no network. The page registers it
 * itself (src/state/offlineCopy.ts), a bundled module the policy allows, and asks before a newer
 * build replaces the one in use ('prompt'), so no reload comes in the middle of a lesson.
 */
function offlineCopy() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Corridor Atlas',
      short_name: 'Corridor Atlas',
      description: 'South Caucasus and Caspian connectivity projects, every feature tied to the passages of the documents that describe it.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f4e9c',
      icons: [
        { src: 'icons/atlas-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/atlas-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/atlas-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything: the basemap's tiles and the on-demand parts (search, the PDF writer) too, or an
      // offline classroom would find a zoom level or a button that needs the network.
      globPatterns: ['**/*'],
      // The largest file is the first map's JavaScript (about 3 MB); Workbox skips files over 2 MB by default.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      // The atlas is one page whose state lives after the '#': there is no other path to answer for.
      navigateFallback: null,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), atlasDataAsset(), compiledMessages(), offlineCopy()],
  resolve: RESOLVE,
  // Relative asset paths, so the built app also works from a sub-folder or a USB stick.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  // `npm run preview`, and through serveDist the browser tests, `npm run export` and the bench.
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    // One stylesheet, loaded with the page, though each component imports its own: a part fetched
    // on demand (ui/onDemand.tsx) is styled the moment it arrives, also when it arrives by the
    // retry's plain import(), which would not fetch a split-off stylesheet, and so is its
    // PartUnavailable stand-in, which borrows the part's classes.
    cssCodeSplit: false,
    // The subset fonts are small enough to be inlined, but the CSP allows fonts from 'self' only.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
  },
});
