import { describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { cutTiles, TILE_EXTENT } from './tiles.ts';

const caspianCountries: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Azerbaijan', colour_index: 3 },
      geometry: { type: 'Polygon', coordinates: [[[45, 38.5], [50.5, 38.5], [50.5, 41.9], [45, 41.9], [45, 38.5]]] },
    },
  ],
};
const aras: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Aras', min_zoom: 4 }, geometry: { type: 'LineString', coordinates: [[44, 39.8], [48.5, 40]] } }],
};

function decode(bytes: Uint8Array) {
  return new VectorTile(new PbfReader(bytes));
}

describe('basemap vector tiles', () => {
  it('cuts each file into its own tile layer at the zooms it is drawn at, keeping the properties the style reads', () => {
    const tiles = cutTiles({ 'countries-10m': { collection: caspianCountries, zooms: [5, 6] }, rivers: { collection: aras, zooms: [3, 6] } });
    // z3: only the rivers; z5: both layers.
    const z3 = [...tiles.keys()].filter((key) => key.startsWith('3/'));
    expect(z3.length).toBeGreaterThan(0);
    for (const key of z3) expect(Object.keys(decode(tiles.get(key)!).layers)).toEqual(['rivers']);
    // Baku (49.87E 40.41N) at z5 is tile 5/20/12.
    const baku = decode(tiles.get('5/20/12')!);
    expect(Object.keys(baku.layers).sort()).toEqual(['countries-10m', 'rivers']);
    const country = baku.layers['countries-10m'].feature(0);
    expect(country.properties).toEqual({ name: 'Azerbaijan', colour_index: 3 });
    expect(country.extent).toBe(TILE_EXTENT);
    expect(baku.layers.rivers.feature(0).properties).toEqual({ name: 'Aras', min_zoom: 4 });
  });

  it('leaves out tiles with nothing in them and zooms a file is not drawn at', () => {
    const tiles = cutTiles({ 'countries-10m': { collection: caspianCountries, zooms: [5, 6] } });
    expect([...tiles.keys()].every((key) => /^[56]\//.test(key))).toBe(true);
    // The mid-Atlantic has no tile.
    expect(tiles.has('5/12/12')).toBe(false);
    for (const bytes of tiles.values()) expect(decode(bytes).layers['countries-10m'].length).toBeGreaterThan(0);
  });
});
