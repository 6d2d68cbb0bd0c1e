import { useSyncExternalStore } from 'react';

/** Phones: the width below which app.css lays the app out as map above, panel below. */
export const NARROW_SCREEN = '(max-width: 700px)';

/** Whether a CSS media query matches, kept up to date (a phone turned on its side). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
