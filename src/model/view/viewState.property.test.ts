import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatViewHash, parseViewHash } from './viewState.ts';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz.ts';

const KEYS = ['map', 'layers', 'status', 'feature', 'passage', 'read', 'panel', 'palette', 'present', 'title', 'legend', 'scale'];

/** Links as people and programs garble them: known keys with any values, unknown keys, stray separators. */
const linkPart = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), fc.string({ unit: 'binary', maxLength: 40 })).map(([key, value]) => `${key}=${encodeURIComponent(value)}`),
  fc.tuple(fc.constantFrom(...KEYS), fc.string({ maxLength: 40 })).map(([key, value]) => `${key}=${value}`),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('map=7/40/45', 'map=22/85/180/360/85', 'layers=tripp,,x', 'status=planned,under_construction', 'passage=bulletin-2026-02:10-20', '%', '%E0%A4%A', '&&', '=='),
);
const link = fc.array(linkPart, { maxLength: 12 }).map((parts) => `#${parts.join('&')}`);

describe('the link parser, on any input', () => {
  it('never throws, and what it reads writes back to a link that reads the same, cleanly', () => {
    fc.assert(
      fc.property(fc.oneof(link, fc.string({ unit: 'binary' })), (hash) => {
        const { view } = parseViewHash(hash);
        const again = parseViewHash(formatViewHash(view));
        expect(again.problems).toEqual([]);
        expect(again.view).toEqual(view);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());

  it('reports at most one problem per kind of part, however long the link', () => {
    fc.assert(
      fc.property(fc.array(linkPart, { maxLength: 200 }), (parts) => {
        const { problems } = parseViewHash(`#${parts.join('&')}`);
        expect(problems.length).toBeLessThanOrEqual(KEYS.length + 1);
      }),
      { numRuns: fuzzRuns(100) },
    );
  }, fuzzTimeout());
});
