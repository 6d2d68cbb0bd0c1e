import { describe, expect, it } from 'vitest';
import { loadSavedViews, SET_ASIDE_KEY, STORAGE_KEY, storeSavedViews } from './savedViews.ts';
import { serializeViews, type SavedView } from '../model/view/namedViews.ts';
import { wordsOf, type Worded } from '../model/words/message.ts';
import { translatorFor } from '../../scripts/lib/commandWords.ts';

/** A notice as an English reader sees it. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


/** A browser storage that can be made to refuse reads or writes, as a full or blocked one does. */
function fakeStorage(initial: Record<string, string> = {}, { refuseWrites = false, refuseReads = false } = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem(key: string) {
      if (refuseReads) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (refuseWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const view: SavedView = { name: 'TRIPP', hash: '#feature=tripp-syunik-route', savedAt: '2026-11-22T10:00:00.000Z' };

describe('saved views in the browser storage', () => {
  it('read back what was stored, with the other sections of the file', () => {
    const storage = fakeStorage();
    expect(storeSavedViews([view], { importedLayers: [1] }, storage)).toEqual({ ok: true });
    expect(loadSavedViews(storage)).toEqual({ views: [view], sections: { importedLayers: [1] }, problems: [], setAside: null, writable: true });
  });

  it('say in the browser’s terms that a full storage kept nothing', () => {
    const result = storeSavedViews([view], {}, fakeStorage({}, { refuseWrites: true }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.message)).toMatch(/^The browser storage is full: nothing was saved\./);
  });

  it('set unreadable text aside, whole, before anything could overwrite it', () => {
    const broken = '{"format": "corridor-atlas-views", "views": [';
    const storage = fakeStorage({ [STORAGE_KEY]: broken });
    const loaded = loadSavedViews(storage);
    expect(loaded).toMatchObject({ views: [], setAside: broken, writable: true });
    expect(english(loaded.problems[0])).toMatch(/could not be read; they are kept aside/);
    expect(storage.items.get(SET_ASIDE_KEY)).toBe(broken);
  });

  it('keep the readable views and set the whole text aside when some entries are broken', () => {
    const partly = JSON.stringify({ format: 'corridor-atlas-views', views: [view, { name: 'lost' }] });
    const storage = fakeStorage({ [STORAGE_KEY]: partly });
    expect(loadSavedViews(storage)).toMatchObject({ views: [view], setAside: partly, writable: true });
  });

  it('refuse to save over unreadable text that could not be set aside', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: 'garbage' }, { refuseWrites: true });
    expect(loadSavedViews(storage)).toMatchObject({ views: [], setAside: 'garbage', writable: false });
  });

  it('add a second unreadable text to the one already set aside, not over it', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: 'second', [SET_ASIDE_KEY]: 'first' });
    expect(loadSavedViews(storage).setAside).toBe('first\nsecond');
    expect(loadSavedViews(storage).setAside).toBe('first\nsecond');
  });

  it('say so when the storage cannot be read at all, and refuse to write over it', () => {
    const loaded = loadSavedViews(fakeStorage({ [STORAGE_KEY]: serializeViews([view]) }, { refuseReads: true }));
    expect(loaded).toMatchObject({ views: [], writable: false });
    expect(english(loaded.problems[0])).toMatch(/could not be read from this browser storage/);
  });
});
