import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorQuote, countOccurrences } from './anchor.ts';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz.ts';

/** Text with the things that trip anchoring up: regex characters, hyphens, whitespace runs, escapes, astral letters. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '-', '\\', '$', '.', '*', '(', ')', '[', ']', '?', '+', '^', '|', '/', '{', '}', '’', '“', 'ə', '😀'),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
});
/** Whitespace folded and breaks after hyphens removed: what anchoring treats as the same. */
const folded = (value: string) => value.trim().replace(/\s+/g, ' ').replace(/- /g, '-');

describe('citation anchoring, on any text and quote', () => {
  it('never throws, whatever the quote, prefix and suffix hold', () => {
    fc.assert(
      fc.property(text, text, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), (source, exact, prefix, suffix) => {
        const result = anchorQuote(source, { exact, prefix, suffix });
        if (result.ok) expect(result.end).toBeGreaterThan(result.start);
        else expect(result.matches === 0 ? 'not-found' : 'ambiguous').toBe(result.reason);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());

  it('finds a passage taken from the text, and what it finds is that passage', () => {
    const passage = text.chain((source) =>
      fc.tuple(fc.constant(source), fc.nat(source.length), fc.nat(source.length)).map(([s, a, b]) => ({ source: s, exact: s.slice(Math.min(a, b), Math.max(a, b)) })),
    );
    fc.assert(
      fc.property(
        passage.filter(({ exact }) => exact.trim() !== ''),
        ({ source, exact }) => {
          expect(countOccurrences(source, exact)).toBeGreaterThanOrEqual(1);
          const result = anchorQuote(source, { exact });
          if (result.ok) expect(folded(source.slice(result.start, result.end))).toBe(folded(exact));
          else expect(result.reason).toBe('ambiguous');
        },
      ),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout());
});
