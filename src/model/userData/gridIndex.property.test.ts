import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGridIndex, partsInBox } from './gridIndex.ts';
import { fuzzRuns, fuzzTimeout } from '../../../tests/unit/fuzz.ts';

type Box = [number, number, number, number];

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -85, max: 85, noNaN: true });
/** A box of any size, from a point (a mark) to half the world (a long line). */
const box = fc.tuple(lon, lat, lon, lat).map(([a, b, c, d]): Box => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
/** Mostly small parts, as an import's, with a few wide ones among them. */
const parts = fc.array(fc.oneof({ arbitrary: box.map(([w, s]) => [w, s, w + 0.01, s + 0.01] as Box), weight: 4 }, { arbitrary: box, weight: 1 }), { maxLength: 300 });

/** What the grid must agree with: every part whose box meets the query, looked at one by one. */
function meetingByHand(boxes: Float32Array, [west, south, east, north]: Box): number[] {
  const found: number[] = [];
  for (let part = 0; part < boxes.length / 4; part++) {
    const [w, s, e, n] = boxes.subarray(part * 4, part * 4 + 4);
    if (w <= east && e >= west && s <= north && n >= south) found.push(part);
  }
  return found;
}

describe('the grid over the parts of an imported layer', () => {
  it('finds exactly the parts under the pointer that a look at every part finds, each once, in order', () => {
    fc.assert(
      fc.property(parts, box, (boxes, query) => {
        const flat = Float32Array.from(boxes.flat());
        expect(partsInBox(buildGridIndex(flat), ...query)).toEqual(meetingByHand(flat, query));
      }),
      {
        numRuns: fuzzRuns(),
        // Found by fuzzing: cells whose summed size rounds below the northernmost part's edge.
        examples: [[[[0, -1.0000000272292198e-9, 0, 7.006492321624087e-46]], [0, 5e-324, 0, 5e-324]]],
      },
    );
  }, fuzzTimeout());

  it('finds nothing in an empty layer, and nothing beyond the layer', () => {
    expect(partsInBox(buildGridIndex(new Float32Array(0)), -180, -85, 180, 85)).toEqual([]);
    const index = buildGridIndex(Float32Array.from([44, 40, 45, 41, 49, 40, 50, 41]));
    expect(partsInBox(index, 10, 10, 20, 20)).toEqual([]);
    expect(partsInBox(index, 44.5, 40.5, 44.6, 40.6)).toEqual([0]);
  });
});
