/**
 * The user's own views, kept in this browser's storage (localStorage) across reloads. What the
 * storage holds is never overwritten unless it was read whole: anything unreadable is first set
 * aside, and offered for download, so that no save can destroy it.
 */
import { mergeViewChange, parseViews, serializeViews, type SavedView } from '../model/namedViews';
import { useAtlas } from './store';

export const STORAGE_KEY = 'corridor-atlas.saved-views';
/** Where storage that could not be read whole is kept, untouched, for the user to download. */
export const SET_ASIDE_KEY = 'corridor-atlas.saved-views.unreadable';

export interface LoadedViews {
  views: SavedView[];
  /** Other sections of the stored views file (imported layers, …), carried through every save. */
  sections: Record<string, unknown>;
  problems: string[];
  /** Stored text that could not be read whole, exactly as it was: offered as a download. */
  setAside: string | null;
  /** False when saving would destroy something: the storage could not be read, or its unreadable text could not be set aside. */
  writable: boolean;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): KeyValueStorage {
  return window.localStorage;
}

export function loadSavedViews(storage: KeyValueStorage = browserStorage()): LoadedViews {
  let text: string | null;
  let earlier: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
    earlier = storage.getItem(SET_ASIDE_KEY);
  } catch {
    return {
      views: [],
      sections: {},
      problems: ['Saved views could not be read from this browser storage (it is turned off or blocked); views cannot be saved here.'],
      setAside: null,
      writable: false,
    };
  }
  if (!text) return { views: [], sections: {}, problems: [], setAside: earlier, writable: true };
  const parsed = parseViews(text);
  if (parsed.complete) return { views: parsed.views, sections: parsed.sections, problems: [], setAside: earlier, writable: true };
  // Keep what could not be read out of harm's way before anything is written over it.
  const setAside = earlier && !earlier.includes(text) ? `${earlier}\n${text}` : (earlier ?? text);
  let writable = true;
  try {
    storage.setItem(SET_ASIDE_KEY, setAside);
  } catch {
    writable = false;
  }
  const what = parsed.views.length > 0 ? 'Some saved views in this browser storage could not be read' : 'The saved views in this browser storage could not be read';
  const kept = writable
    ? 'they are kept aside: download them from "Views & presenting".'
    : 'they are left as they are, and nothing new is saved until you download them from "Views & presenting".';
  return { views: parsed.views, sections: parsed.sections, problems: [`${what}; ${kept}`], setAside, writable };
}

export type StoreResult = { ok: true } | { ok: false; message: string };

/** Writes the views; on refusal, says so in the browser's terms and nothing counts as saved. */
export function storeSavedViews(
  views: readonly SavedView[],
  sections: Record<string, unknown> = {},
  storage: KeyValueStorage = browserStorage(),
): StoreResult {
  try {
    storage.setItem(STORAGE_KEY, serializeViews(views, sections));
    return { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && /quota/i.test(error.name);
    return {
      ok: false,
      message: full
        ? 'The browser storage is full: nothing was saved. Export your views to a file to keep them.'
        : 'The browser storage refused the views (it is turned off or blocked): nothing was saved. Export your views to a file to keep them.',
    };
  }
}

/** Reads the stored views into the app at start; what could not be read is reported and kept aside. */
export function openSavedViews(): void {
  const { views, sections, problems, setAside, writable } = loadSavedViews();
  const { setSavedViews, setViewStorage, notify } = useAtlas.getState();
  setSavedViews(views);
  setViewStorage({ sections, setAside, writable });
  problems.forEach(notify);
  window.addEventListener('storage', followOtherTabs);
}

/**
 * Saves a change to the list of views (this tab's list before → `views`). The change is made on
 * what the browser storage holds now, read and written in one step, so a view another tab saved
 * meanwhile is kept; the app shows the merged list only once the storage holds it.
 */
export function keepViews(views: SavedView[]): StoreResult {
  const { viewStorage, savedViews, setSavedViews, setViewStorage } = useAtlas.getState();
  if (!viewStorage.writable) {
    return {
      ok: false,
      message: viewStorage.setAside
        ? 'Nothing was saved: first download the views this browser storage could not read, so that saving cannot overwrite them.'
        : 'Nothing was saved: this browser storage could not be read, so saving could overwrite views kept in it.',
    };
  }
  const now = loadSavedViews();
  // Unreadable text the user already has (downloaded from the dialog) may be written over; any other may not.
  const alreadyInHand = now.setAside !== null && now.setAside === viewStorage.setAside;
  if (!now.writable || (now.problems.length > 0 && !alreadyInHand)) {
    // Another tab left the storage unreadable: what it holds was set aside, and nothing is written over it.
    setViewStorage({ sections: now.sections, setAside: now.setAside, writable: false });
    return { ok: false, message: now.problems[0] ?? 'Nothing was saved: this browser storage could not be read.' };
  }
  const merged = mergeViewChange(now.views, savedViews, views).views;
  const result = storeSavedViews(merged, now.sections);
  if (result.ok) {
    setSavedViews(merged);
    setViewStorage({ sections: now.sections });
  }
  return result;
}

/** Another tab saved or deleted a view: this tab's list follows (the browser tells every other tab of the same origin). */
function followOtherTabs(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  const { views, sections, problems, setAside, writable } = loadSavedViews();
  const { setSavedViews, setViewStorage, notify } = useAtlas.getState();
  setSavedViews(views);
  setViewStorage({ sections, setAside, writable });
  problems.forEach(notify);
}

/** After the unreadable views are in the user's hands, saving may write over them. */
export function setAsideDownloaded(): void {
  useAtlas.getState().setViewStorage({ writable: true });
}
