import { describe, expect, it } from 'vitest';
import { loadDataset, parseAtlasLayer } from './dataset';

const feature = (id: string, layer: string, overrides: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [49.87, 40.41] },
  properties: {
    name: id,
    layer,
    kind: 'place',
    countries: ['Azerbaijan'],
    summary: 'A place.',
    figures: [],
    geometry_accuracy: 'approximate',
    geometry_sources: [{ title: 'test' }],
    citations: [{ source: 'charter-2026', exact: 'Baku' }],
    ...overrides,
  },
});

const file = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('loading the layer files', () => {
  it('loses only the broken file, and says which one and why', () => {
    const { features, problems } = loadDataset(
      {
        '../../data/features/places.geojson': file(feature('baku', 'places')),
        '../../data/features/tripp.geojson': '{"type": "FeatureCollection", "features": [',
        '../../data/features/energy-plants.geojson': file(feature('garadagh-solar', 'energy-plants')),
      },
      parseAtlasLayer,
    );
    expect(features.map((f) => f.id)).toEqual(['garadagh-solar', 'baku']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tripp\.geojson is not valid JSON/);
    expect(problems[0]).toMatch(/not shown/);
  });

  it('rejects a file that is JSON but not a FeatureCollection', () => {
    const { features, problems } = loadDataset({ 'x/places.geojson': '{"type": "Feature"}' }, parseAtlasLayer);
    expect(features).toEqual([]);
    expect(problems[0]).toContain('places.geojson is not a GeoJSON FeatureCollection');
  });

  it('loses only the bad feature of a file, naming it and the fault', () => {
    const bad = feature('nowhere', 'places');
    bad.geometry.coordinates = [249.9, 40.4];
    const { features, problems } = loadDataset(
      { 'x/places.geojson': file(feature('baku', 'places'), bad, feature('tashkent', 'places')) },
      parseAtlasLayer,
    );
    expect(features.map((f) => f.id)).toEqual(['baku', 'tashkent']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^places\.geojson, feature "nowhere": geometry\.coordinates/);
  });

  it('refuses a feature filed under the wrong layer', () => {
    const { features, problems } = loadDataset({ 'x/tripp.geojson': file(feature('baku', 'places')) }, parseAtlasLayer);
    expect(features).toEqual([]);
    expect(problems[0]).toContain('says it belongs to layer "places"');
  });
});
