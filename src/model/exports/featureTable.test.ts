import { describe, expect, it } from 'vitest';
import { featureRow, nextSort, sortRows, toggleCompared, userFeatureRows } from './featureTable.ts';
import { toUserFeatures } from '../userData/userFeatures.ts';
import type { AtlasFeature, Citation, Figure } from '../features/feature.ts';

const citation: Citation = { source: 'bulletin-2026-02', exact: 'a passage' };
const figure = (quantity: Figure['quantity'], value: number, unit: string): Figure => ({ quantity, value, unit, label: `${value} ${unit}`, citation });
const feature = (id: string, name: string, geometry: AtlasFeature['geometry'], properties: Partial<AtlasFeature['properties']> = {}) =>
  ({
    type: 'Feature',
    id,
    geometry,
    properties: { name, layer: 'nakhchivan-330kv', kind: 'power line', countries: ['Azerbaijan'], figures: [], citations: [], summary: '', ...properties },
  }) as unknown as AtlasFeature;

/** A line about 85 km long that a document says is 105 km, a 400 kV line, and a town with nothing stated. */
const features = [
  feature('line-330', 'Ordubad line', { type: 'LineString', coordinates: [[45, 39], [46, 39]] }, {
    status: 'under construction',
    status_year: 2026,
    figures: [figure('length', 105, 'km'), figure('voltage', 330, 'kV'), figure('capacity', 1, 'GW')],
  }),
  feature('line-400', 'Agri line', { type: 'LineString', coordinates: [[44, 39], [43, 39.5]] }, { status: 'planned', status_year: 2026, figures: [figure('voltage', 400_000, 'V')] }),
  feature('town', 'Baku', { type: 'Point', coordinates: [49.9, 40.4] }, { kind: 'place' }),
];
const index = { citationsByFeature: new Map([['line-330', [citation, citation]]]) } as unknown as Parameters<typeof featureRow>[1];
const rows = features.map((f) => featureRow(f, index));
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('the features as table rows', () => {
  it('states what the documents state and what is drawn', () => {
    const line = row('line-330');
    expect(line.status).toBe('under construction');
    expect(line.statedLengthKm).toBe(105);
    // One degree of longitude at 39° N: about 86 km drawn, beside the 105 km stated.
    expect(line.drawnLengthKm).toBeGreaterThan(80);
    expect(line.drawnLengthKm).toBeLessThan(92);
    expect(line.voltageKv).toBe(330);
    // 1 GW is stated; the table counts in megawatts.
    expect(line.capacityMw).toBe(1000);
    expect(line.passages).toBe(2);
    expect(line.countries).toBe('Azerbaijan');
  });

  it('leaves cells empty where nothing is stated or drawn', () => {
    const town = row('town');
    expect(town.status).toBeNull();
    expect(town.drawnLengthKm).toBeNull();
    expect(town.voltageKv).toBeNull();
    expect(town.passages).toBe(0);
  });

  it('sorts by a number either way, empty cells last', () => {
    const down = sortRows(rows, { column: 'voltageKv', direction: 'descending' });
    // 400,000 V is stated in volts: 400 kV.
    expect(down.map((r) => r.id)).toEqual(['line-400', 'line-330', 'town']);
    const up = sortRows(rows, { column: 'voltageKv', direction: 'ascending' });
    expect(up.map((r) => r.id)).toEqual(['line-330', 'line-400', 'town']);
  });

  it('sorts by text alphabetically', () => {
    const names = sortRows(rows, { column: 'name', direction: 'ascending' }).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('turns the order round when the same header is pressed again', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'passages')).toEqual({ column: 'passages', direction: 'descending' });
  });

  it('compares two features at most, letting the oldest go', () => {
    expect(toggleCompared(['a', 'b'], 'c')).toEqual(['b', 'c']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('rows of the user’s own layers', () => {
  const point = (lon: number, name: string) => ({
    type: 'Feature' as const,
    geometries: [{ type: 'Point' as const, coordinates: [lon, 40] }],
    properties: { name },
  });
  const layer = { id: 'u1', name: 'Wells', features: toUserFeatures([point(40, 'A'), point(45, 'B'), point(50, 'C')]) };

  it('lists a layer’s features by name under the layer, at most the limit, saying how many there are', () => {
    const { rows, total } = userFeatureRows(layer, 2);
    expect(total).toBe(3);
    expect(rows.map((row) => [row.id, row.name, row.layer, row.yours])).toEqual([
      ['u1:0', 'A', 'Wells (your data)', { layerId: 'u1', index: 0 }],
      ['u1:1', 'B', 'Wells (your data)', { layerId: 'u1', index: 1 }],
    ]);
  });

  it('lists only those in a frame when asked', () => {
    const { rows, total } = userFeatureRows(layer, 10, [
      [44, 39],
      [51, 41],
    ]);
    expect(total).toBe(2);
    expect(rows.map((row) => row.name)).toEqual(['B', 'C']);
  });
});
