import { describe, expect, it } from 'vitest';
import { featureRow, nextSort, sortRows, toggleCompared, userFeatureRows } from './featureTable';
import { toUserFeatures } from './userFeatures';
import { citationIndexFromDisk, datasetFromDisk } from '../../scripts/lib/onDisk';

const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const rows = features.map((feature) => featureRow(feature, index));
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('the features as table rows', () => {
  it('states what the documents state and what is drawn', () => {
    const line = row('l330-nakhchivan-ordubad');
    expect(line.status).toBe('under construction');
    expect(line.statedLengthKm).toBe(105);
    expect(line.drawnLengthKm).toBeGreaterThan(50);
    expect(line.voltageKv).toBe(330);
    expect(line.capacityMw).toBe(1000);
    expect(line.passages).toBe(index.citationsByFeature.get('l330-nakhchivan-ordubad')!.length);
    expect(line.countries).toBe('Azerbaijan');
  });

  it('leaves cells empty where nothing is stated or drawn', () => {
    const baku = row('place-baku');
    expect(baku.status).toBeNull();
    expect(baku.drawnLengthKm).toBeNull();
    expect(baku.voltageKv).toBeNull();
  });

  it('sorts by a number either way, empty cells last', () => {
    const down = sortRows(rows, { column: 'voltageKv', direction: 'descending' });
    expect(down[0].voltageKv).toBe(400);
    const up = sortRows(rows, { column: 'voltageKv', direction: 'ascending' });
    expect(up[0].voltageKv).toBe(330);
    expect(up.at(-1)!.voltageKv).toBeNull();
    expect(down.at(-1)!.voltageKv).toBeNull();
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
