/**
 * The user's own views, kept in this browser's storage (localStorage) across reloads. What the
 * storage holds is never overwritten unless it was read whole: anything unreadable is first set
 * aside, and offered for download, so that no save can destroy it.
 */
import { mergeViewChange, parseViews, serializeViews, type SavedView } from '../model/view/namedViews.ts';
import { useAtlas } from './store.ts';
import { defineMessages, worded, type Worded } from '../model/words/message.ts';

/** Worded, not formatted: a problem found at start is shown in the language that arrives after it. */
const WORDS = defineMessages({
  unreadableStorage: {
    id: 'savedViews.storageUnreadable',
    defaultMessage: 'Saved views could not be read from this browser storage (it is turned off or blocked); views cannot be saved here.',
    description: 'Notice at start when the browser’s storage cannot be read',
  },
  someUnreadableKept: {
    id: 'savedViews.someUnreadableKept',
    defaultMessage: 'Some saved views in this browser storage could not be read; they are kept aside: download them from "Views & presenting".',
    description: 'Notice; "Views & presenting" is the name of the views dialog’s button in the header, as translated',
  },
  allUnreadableKept: {
    id: 'savedViews.allUnreadableKept',
    defaultMessage: 'The saved views in this browser storage could not be read; they are kept aside: download them from "Views & presenting".',
    description: 'Notice; "Views & presenting" is the name of the views dialog’s button in the header, as translated',
  },
  someUnreadableLeft: {
    id: 'savedViews.someUnreadableLeft',
    defaultMessage:
      'Some saved views in this browser storage could not be read; they are left as they are, and nothing new is saved until you download them from "Views & presenting".',
    description: 'Notice; "Views & presenting" is the name of the views dialog’s button in the header, as translated',
  },
  allUnreadableLeft: {
    id: 'savedViews.allUnreadableLeft',
    defaultMessage:
      'The saved views in this browser storage could not be read; they are left as they are, and nothing new is saved until you download them from "Views & presenting".',
    description: 'Notice; "Views & presenting" is the name of the views dialog’s button in the header, as translated',
  },
  full: {
    id: 'savedViews.storageFull',
    defaultMessage: 'The browser storage is full: nothing was saved. Export your views to a file to keep them.',
    description: 'Said in the views dialog when saving a view fails',
  },
  refused: {
    id: 'savedViews.storageRefused',
    defaultMessage: 'The browser storage refused the views (it is turned off or blocked): nothing was saved. Export your views to a file to keep them.',
    description: 'Said in the views dialog when saving a view fails',
  },
  downloadFirst: {
    id: 'savedViews.downloadFirst',
    defaultMessage: 'Nothing was saved: first download the views this browser storage could not read, so that saving cannot overwrite them.',
    description: 'Said in the views dialog when saving a view is refused',
  },
  couldOverwrite: {
    id: 'savedViews.couldOverwrite',
    defaultMessage: 'Nothing was saved: this browser storage could not be read, so saving could overwrite views kept in it.',
    description: 'Said in the views dialog when saving a view is refused',
  },
  notRead: {
    id: 'savedViews.notRead',
    defaultMessage: 'Nothing was saved: this browser storage could not be read.',
    description: 'Said in the views dialog when saving a view is refused',
  },
});

export const STORAGE_KEY = 'corridor-atlas.saved-views';
/** Where storage that could not be read whole is kept, untouched, for the user to download. */
export const SET_ASIDE_KEY = 'corridor-atlas.saved-views.unreadable';

export interface LoadedViews {
  views: SavedView[];
  /** Other sections of the stored views file (imported layers, …), carried through every save. */
  sections: Record<string, unknown>;
  problems: Worded[];
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
      problems: [worded(WORDS.unreadableStorage)],
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
  const some = parsed.views.length > 0;
  const problem = writable ? (some ? WORDS.someUnreadableKept : WORDS.allUnreadableKept) : some ? WORDS.someUnreadableLeft : WORDS.allUnreadableLeft;
  return { views: parsed.views, sections: parsed.sections, problems: [worded(problem)], setAside, writable };
}

export type StoreResult = { ok: true } | { ok: false; message: Worded };

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
      message: worded(full ? WORDS.full : WORDS.refused),
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
      message: worded(viewStorage.setAside ? WORDS.downloadFirst : WORDS.couldOverwrite),
    };
  }
  const now = loadSavedViews();
  // Unreadable text the user already has (downloaded from the dialog) may be written over; any other may not.
  const alreadyInHand = now.setAside !== null && now.setAside === viewStorage.setAside;
  if (!now.writable || (now.problems.length > 0 && !alreadyInHand)) {
    // Another tab left the storage unreadable: what it holds was set aside, and nothing is written over it.
    setViewStorage({ sections: now.sections, setAside: now.setAside, writable: false });
    return { ok: false, message: now.problems[0] ?? worded(WORDS.notRead) };
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
