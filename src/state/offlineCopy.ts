/**
 * The atlas kept in the browser, so a classroom that opened it once can open it again with no
 * network. A service worker (generated at build by vite-plugin-pwa with Workbox, vite.config.ts)
 * saves every file of the build on the first visit; `offlineCopy` tells the page when that copy is
 * complete and when a newer build has been saved beside it, so the interface can say so.
 */
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

/** 'saving' until the copy is complete (or for good where the browser keeps none); 'update': a newer build is waiting. */
export type OfflineCopyState = 'saving' | 'ready' | 'update';

export const useOfflineCopy = create<{ state: OfflineCopyState; dismissed: boolean; dismiss: () => void }>((set) => ({
  state: 'saving',
  dismissed: false,
  dismiss: () => set({ dismissed: true }),
}));

let switchToWaitingBuild: (() => Promise<void>) | undefined;

/** Asks the browser to keep the atlas; a browser that refuses (a private window, a blocked worker) keeps the atlas working online. */
export function startOfflineCopy(): void {
  // Only a page served over http(s) can have a service worker; the atlas in one file needs none.
  if (!/^https?:$/.test(window.location.protocol)) return;
  switchToWaitingBuild = registerSW({
    // Registers after the page's load, so saving 14 MB never competes with drawing the first map.
    immediate: false,
    onOfflineReady: () => useOfflineCopy.setState({ state: 'ready', dismissed: false }),
    onNeedRefresh: () => useOfflineCopy.setState({ state: 'update', dismissed: false }),
  });
}

/** Reloads the page into the newer build that is waiting (the worker takes over, then the page reloads). */
export function reloadIntoWaitingBuild(): void {
  void switchToWaitingBuild?.();
}
