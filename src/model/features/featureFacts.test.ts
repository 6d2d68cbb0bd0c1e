import { describe, expect, it } from 'vitest';
import { compareLengths, formatDifference, formatFigure } from './featureFacts.ts';
import type { AtlasFeature } from './feature.ts';

const line = (coordinates: [number, number][], statedKm?: number): AtlasFeature => ({
  type: 'Feature',
  id: 'line',
  geometry: { type: 'LineString', coordinates },
  properties: {
    name: 'A line',
    layer: 'nakhchivan-330kv',
    kind: 'power-line',
    status: 'planned',
    status_year: 2026,
    countries: ['Azerbaijan'],
    summary: 's',
    figures: statedKm
      ? [{ quantity: 'length', value: statedKm, unit: 'km', label: `${statedKm}-kilometer`, citation: { source: 'bulletin-2026-02', exact: 'x' } }]
      : [],
    geometry_accuracy: 'schematic',
    geometry_sources: [{ title: 't' }],
    citations: [{ source: 'bulletin-2026-02', exact: 'x', role: 'describes' }],
  },
});

describe('drawn against stated length', () => {
  it('measures the drawn line along the ground', () => {
    // One degree of latitude is about 111 km.
    const comparison = compareLengths(line([[45, 39], [45, 40]], 100))!;
    expect(comparison.drawnKm).toBeGreaterThan(110);
    expect(comparison.drawnKm).toBeLessThan(112);
    expect(formatDifference(comparison.difference)).toBe('+11%');
  });

  it('has nothing to compare when the documents state no length', () => {
    expect(compareLengths(line([[45, 39], [45, 40]]))).toBeNull();
  });
});

describe('figures', () => {
  it('reads as people write them', () => {
    expect(formatFigure({ value: 1155, unit: 'km' })).toBe('1,155 km');
    expect(formatFigure({ value: 1300, unit: 'MW' })).toBe('1,300 MW');
    expect(formatDifference(-0.14)).toBe('−14%');
  });
});
