import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colourCountries, mergeAdjacency, type Adjacency } from './countryColours.ts';

const graph = (edges: [string, string][]): Adjacency => {
  const adjacency: Adjacency = new Map();
  for (const [a, b] of edges) {
    adjacency.set(a, (adjacency.get(a) ?? new Set()).add(b));
    adjacency.set(b, (adjacency.get(b) ?? new Set()).add(a));
  }
  return adjacency;
};

describe('country fill tints', () => {
  it('gives the South Caucasus neighbours different tints', () => {
    const caucasus = graph([
      ['Armenia', 'Azerbaijan'], ['Armenia', 'Georgia'], ['Armenia', 'Iran'], ['Armenia', 'Türkiye'],
      ['Azerbaijan', 'Georgia'], ['Azerbaijan', 'Iran'], ['Azerbaijan', 'Russia'], ['Azerbaijan', 'Türkiye'],
      ['Georgia', 'Russia'], ['Georgia', 'Türkiye'], ['Iran', 'Türkiye'],
    ]);
    const colours = colourCountries(caucasus, 5);
    for (const [a, neighbours] of caucasus) for (const b of neighbours) expect([a, b, colours.get(a) !== colours.get(b)]).toEqual([a, b, true]);
  });

  it('never gives two neighbours one tint, on any map five tints can colour', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { maxLength: 45 }), (pairs) => {
        // Planar-ish graphs of degree ≤ 4 are always 5-colourable greedily.
        const degree = new Map<number, number>();
        const edges = pairs.filter(([a, b]) => {
          if (a === b || (degree.get(a) ?? 0) >= 4 || (degree.get(b) ?? 0) >= 4) return false;
          degree.set(a, (degree.get(a) ?? 0) + 1);
          degree.set(b, (degree.get(b) ?? 0) + 1);
          return true;
        });
        const adjacency = graph(edges.map(([a, b]) => [`c${a}`, `c${b}`]));
        const colours = colourCountries(adjacency, 5);
        for (const [a, neighbours] of adjacency) for (const b of neighbours) expect(colours.get(a)).not.toBe(colours.get(b));
      }),
    );
  });

  it('is deterministic and says so when the tints are too few', () => {
    const triangle = graph([['A', 'B'], ['B', 'C'], ['C', 'A']]);
    expect(colourCountries(triangle, 3)).toEqual(colourCountries(triangle, 3));
    expect(() => colourCountries(triangle, 2)).toThrow(/not enough/);
  });

  it('merges the borders the two scales know', () => {
    const merged = mergeAdjacency(graph([['A', 'B']]), graph([['B', 'C']]));
    expect([...merged.get('B')!].sort()).toEqual(['A', 'C']);
  });
});
