/**
 * Cuts the basemap's collections into vector tiles (Mapbox Vector Tile, one layer per file),
 * for the zooms each file is drawn at. Pure: collections in, tile bytes by "z/x/y" out.
 * Empty tiles are left out; MapLibre draws a missing tile (a 404) as empty.
 */
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { BBox, FeatureCollection, Position } from 'geojson';

export const TILE_EXTENT = 4096;

export interface TileLayerInput {
  collection: FeatureCollection;
  zooms: [min: number, max: number];
}

function boxOf(collection: FeatureCollection): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as Position)[0] === 'number') {
      const [x, y] = coordinates as Position;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const inner of coordinates as unknown[]) visit(inner);
  };
  for (const feature of collection.features) {
    if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  }
  return box[0] <= box[2] ? box : null;
}

/** Web Mercator tile column and row of a longitude/latitude at a zoom, clamped to the world. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const clampedLat = Math.max(-85.05, Math.min(85.05, lat));
  const sin = Math.sin((clampedLat * Math.PI) / 180);
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
  return [Math.max(0, Math.min(n - 1, x)), Math.max(0, Math.min(n - 1, y))];
}

/** Every non-empty tile of every layer, encoded: "z/x/y" → bytes. */
export function cutTiles(layers: Readonly<Record<string, TileLayerInput>>): Map<string, Uint8Array> {
  const byTile = new Map<string, Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>>>();
  for (const [name, { collection, zooms }] of Object.entries(layers)) {
    const box = boxOf(collection);
    if (!box) continue;
    const index = new GeoJSONVT(collection, {
      maxZoom: zooms[1],
      indexMaxZoom: zooms[1],
      indexMaxPoints: 0,
      extent: TILE_EXTENT,
      // In tile units (1/8 px of a 512 px tile): the data is simplified at build time already.
      tolerance: 1,
      buffer: 64,
    });
    for (let z = zooms[0]; z <= zooms[1]; z++) {
      const [x0, y0] = tileOf(box[0], box[3], z);
      const [x1, y1] = tileOf(box[2], box[1], z);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const tile = index.getTile(z, x, y);
          if (!tile || tile.features.length === 0) continue;
          const key = `${z}/${x}/${y}`;
          byTile.set(key, { ...byTile.get(key), [name]: tile });
        }
      }
    }
  }
  const encoded = new Map<string, Uint8Array>();
  for (const [key, tileLayers] of byTile) {
    encoded.set(key, vtpbf.fromGeojsonVt(tileLayers as unknown as Parameters<typeof vtpbf.fromGeojsonVt>[0], { version: 2, extent: TILE_EXTENT }));
  }
  return encoded;
}
