import { describe, expect, it } from 'vitest';
import { checkFeatureOutline, loadDataset, loadLayers, readAtlasLayer } from './dataset.ts';
import { atlasDataFromDisk, datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { parseAtlasLayer } from '../validation/layerContract.ts';

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
    citations: [{ source: 'charter-2026', exact: 'Baku', role: 'describes' }],
    ...overrides,
  },
});

const file = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('loading the layer files', () => {
  it('loses only the broken file, and says which one and why', () => {
    const { features, problems } = loadDataset(
      {
        '../../../data/features/places.geojson': file(feature('baku', 'places')),
        '../../../data/features/tripp.geojson': '{"type": "FeatureCollection", "features": [',
        '../../../data/features/energy-plants.geojson': file(feature('garadagh-solar', 'energy-plants')),
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

describe('reading the built data at start, by outline', () => {
  it('keeps every feature of data/ that the full contract keeps, unchanged but for its dates read', () => {
    const byOutline = loadLayers(JSON.parse(JSON.stringify(atlasDataFromDisk().layers)), readAtlasLayer);
    expect(byOutline.problems).toEqual([]);
    expect(byOutline.features.length).toBeGreaterThan(50);
    expect(byOutline.features).toEqual(datasetFromDisk());
  });

  it('refuses status events whose dates the build did not read, rather than fail when the slider moves', () => {
    const unread = feature('ctb', 'places', { status: 'operating', status_events: [{ status: 'operating', date: '2017-10-30', source: {} }] });
    expect(checkFeatureOutline(unread)).toEqual({ fault: 'properties.status_events: is not a list of events with their dates read' });
  });

  it('drops a feature the map could not draw or describe, naming it and the fault', () => {
    const noGeometry = { ...feature('nowhere', 'places'), geometry: null };
    const oddKind = feature('odd', 'places', { kind: 'castle' });
    const { features, problems } = loadLayers({ 'places.geojson': JSON.parse(file(feature('baku', 'places'), noGeometry, oddKind)) }, readAtlasLayer);
    expect(features.map((f) => f.id)).toEqual(['baku']);
    expect(problems).toEqual([
      'places.geojson, feature "nowhere": geometry: is not a Point, line or polygon with coordinates; it is not shown.',
      'places.geojson, feature "odd": properties.kind: is not a kind the atlas knows; it is not shown.',
    ]);
  });

  it('refuses a feature without passages, and one filed under another layer', () => {
    expect(checkFeatureOutline(feature('baku', 'places', { citations: [] }))).toEqual({ fault: 'properties.citations: is not a list of passages' });
    expect(loadLayers({ 'tripp.geojson': JSON.parse(file(feature('baku', 'places'))) }, readAtlasLayer).problems[0]).toContain('says it belongs to layer "places"');
  });
});

