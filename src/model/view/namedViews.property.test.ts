import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addViews, MAX_VIEW_HASH, MAX_VIEW_NAME, parseViews, serializeViews, VIEWS_FILE_FORMAT, type SavedView } from './namedViews.ts';
import { loadSavedViews, SET_ASIDE_KEY, STORAGE_KEY, storeSavedViews } from '../../state/savedViews.ts';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz.ts';

/** A name as the dialog would keep it: trimmed, not empty, within the limit. */
const name = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: MAX_VIEW_NAME })
  .map((text) => Array.from(text.trim()).slice(0, MAX_VIEW_NAME).join('').trimEnd())
  .filter((text) => text !== '');
/** Any JSON, as it comes back from a file (JSON has no -0). */
const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const view: fc.Arbitrary<SavedView> = fc
  .record({
    name,
    hash: fc.string({ maxLength: 200 }).map((text) => `#${text}`.slice(0, MAX_VIEW_HASH)),
    savedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    extra: fc.dictionary(fc.string({ maxLength: 8 }).filter((key) => !['name', 'hash', 'savedAt'].includes(key)), json, { maxKeys: 3 }),
  })
  .map(({ extra, ...kept }) => ({ ...extra, ...kept }));
const sections = fc.dictionary(fc.string({ maxLength: 10 }).filter((key) => !['format', 'version', 'views'].includes(key)), json, { maxKeys: 3 });

/** Stands in for localStorage; `full` makes every write fail as a full storage does. */
function memoryStorage(full = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('views files, on any input', () => {
  it('round-trip every view and every other section a file carries', () => {
    fc.assert(
      fc.property(fc.array(view, { maxLength: 20 }), sections, (views, other) => {
        const parsed = parseViews(serializeViews(views, other));
        expect(parsed.complete).toBe(true);
        expect(parsed.views).toEqual(views);
        expect(parsed.sections).toEqual(other);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());

  it('never throw on any text or JSON, and say when they did not keep all of it as it was', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ name: fc.string(), hash: fc.string(), savedAt: fc.string() })), { maxLength: 5 }).map((views) =>
        JSON.stringify({ format: VIEWS_FILE_FORMAT, views }),
      ),
    );
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseViews(input);
        expect(Array.isArray(parsed.views)).toBe(true);
        if (!parsed.complete) expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());

  it('add views without losing or renaming any already kept, with names unique and the limit kept', () => {
    fc.assert(
      fc.property(fc.array(view, { maxLength: 12 }), fc.array(view, { maxLength: 12 }), fc.nat(20), (existing, incoming, limit) => {
        const kept = addViews(addViews([], existing).views, [], limit).views;
        const { views, added, leftOut } = addViews(kept, incoming, limit);
        expect(views.slice(0, kept.length)).toEqual(kept);
        expect(new Set(views.map((v) => v.name)).size).toBe(views.length);
        expect(views.length).toBe(Math.max(kept.length, Math.min(limit, kept.length + incoming.length)));
        expect(added + leftOut).toBe(incoming.length);
        for (const v of views) expect(Array.from(v.name).length).toBeLessThanOrEqual(MAX_VIEW_NAME);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());
});

describe('the browser storage of views, on any stored text', () => {
  it('either reads it whole or sets all of it aside: nothing stored is lost', () => {
    const stored = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1 }),
      fc.array(view, { maxLength: 5 }).map((views) => serializeViews(views)),
      fc
        .array(fc.oneof(view, fc.jsonValue({ maxDepth: 3 }), fc.record({ name: fc.string(), hash: fc.string(), savedAt: fc.string() })), { maxLength: 5 })
        .map((views) => JSON.stringify({ format: VIEWS_FILE_FORMAT, views })),
    );
    fc.assert(
      fc.property(stored, fc.boolean(), (text, full) => {
        const storage = memoryStorage();
        storage.setItem(STORAGE_KEY, text);
        if (full) {
          storage.setItem = () => {
            throw new DOMException('full', 'QuotaExceededError');
          };
        }
        const loaded = loadSavedViews(storage);
        if (loaded.setAside === null) {
          const withoutVersion = (json: string) => ({ ...JSON.parse(json), version: undefined });
          expect(withoutVersion(serializeViews(loaded.views, loaded.sections))).toEqual(withoutVersion(text));
        } else {
          expect(loaded.setAside).toContain(text);
          // Saving may write only where it destroys nothing.
          expect(loaded.writable).toBe(!full);
          if (!full) expect(storage.items.get(SET_ASIDE_KEY)).toBe(text);
        }
        const result = storeSavedViews(loaded.views, loaded.sections, storage);
        expect(result.ok).toBe(!full);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());
});
