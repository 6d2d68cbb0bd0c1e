/** The user's own views, kept in this browser (localStorage) across reloads. */
import { parseViews, serializeViews, type SavedView } from '../model/namedViews';

const STORAGE_KEY = 'corridor-atlas.saved-views';

export function loadSavedViews(): { views: SavedView[]; problems: string[] } {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text ? parseViews(text) : { views: [], problems: [] };
  } catch {
    return { views: [], problems: ['Saved views could not be read from this browser.'] };
  }
}

export function storeSavedViews(views: readonly SavedView[]): string | null {
  try {
    localStorage.setItem(STORAGE_KEY, serializeViews(views));
    return null;
  } catch {
    return 'This browser would not keep the saved views (storage full or turned off); export them to a file instead.';
  }
}
