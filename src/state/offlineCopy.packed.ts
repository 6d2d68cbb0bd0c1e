/**
 * The atlas in one file (vite.pack.config.ts swaps this in for offlineCopy.ts) is its own offline
 * copy: opened from `file://` it can have no service worker and needs none.
 */
import type * as Served from './offlineCopy.ts';
import { create } from 'zustand';

export const useOfflineCopy: typeof Served.useOfflineCopy = create(() => ({ state: 'saving' as const, dismissed: true, dismiss: () => {} }));
export const startOfflineCopy: typeof Served.startOfflineCopy = () => {};
export const reloadIntoWaitingBuild: typeof Served.reloadIntoWaitingBuild = () => {};
