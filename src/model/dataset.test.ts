import { describe, expect, it } from 'vitest';
import { loadDataset, parseDrawable } from './dataset';

const layer = (id: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id, geometry: { type: 'Point', coordinates: [49.8, 40.4] }, properties: { name: id } }],
  });

describe('loading the layer files', () => {
  it('loses only the broken file, and says which one and why', () => {
    const { features, problems } = loadDataset(
      {
        '../../data/features/places.geojson': layer('baku'),
        '../../data/features/tripp.geojson': '{"type": "FeatureCollection", "features": [',
        '../../data/features/energy-plants.geojson': layer('garadagh-solar'),
      },
      parseDrawable,
    );
    expect(features.map((f) => f.id)).toEqual(['garadagh-solar', 'baku']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tripp\.geojson is not valid JSON/);
    expect(problems[0]).toMatch(/not shown/);
  });

  it('rejects a file that is JSON but not a FeatureCollection', () => {
    const { features, problems } = loadDataset({ 'x/places.geojson': '{"type": "Feature"}' }, parseDrawable);
    expect(features).toEqual([]);
    expect(problems[0]).toContain('places.geojson is not a GeoJSON FeatureCollection');
  });
});
