import { beforeAll, describe, expect, it } from 'vitest';
import { geoReferenceFromDisk } from '../../../scripts/lib/geoReference.ts';
import type { AtlasFeature, FeatureKind } from '../features/feature.ts';
import type { GeoIndex } from './geoIndex.ts';
import { checkFeatureGeography, formatGeoTable } from './validateGeography.ts';

let geo: GeoIndex;
beforeAll(() => {
  geo = geoReferenceFromDisk();
}, 60_000);

type Coordinates = [number, number][];

function fixture(id: string, kind: FeatureKind, countries: string[], coordinates: Coordinates | [number, number], extra: Partial<AtlasFeature['properties']> = {}): AtlasFeature {
  const point = typeof coordinates[0] === 'number';
  return {
    type: 'Feature',
    id,
    geometry: point ? { type: 'Point', coordinates: coordinates as [number, number] } : { type: 'LineString', coordinates: coordinates as Coordinates },
    properties: {
      name: id,
      layer: 'middle-corridor',
      kind,
      status: 'planned',
      status_year: 2026,
      countries,
      summary: 'A broken fixture.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ title: 'test' }],
      citations: [{ source: 'bulletin-2026-02', exact: 'x', role: 'describes' }],
      ...extra,
    },
  };
}

const messages = (feature: AtlasFeature) => checkFeatureGeography(geo, feature).findings.map((f) => f.message);

describe('land lines', () => {
  it('fail when they run through a country they do not list, naming it, the km and where', () => {
    const found = messages(fixture('baku-yerevan', 'rail', ['Azerbaijan'], [[49.86, 40.4], [44.51, 40.18]]));
    expect(found.some((m) => /^runs \d+\.\d km through Armenia, which the feature does not list .*near 4\d\.\d{3}°E 40\.\d{3}°N/.test(m))).toBe(true);
  });

  it('fail when they run over the sea', () => {
    const found = messages(fixture('baku-aktau-by-rail', 'rail', ['Azerbaijan', 'Kazakhstan'], [[49.86, 40.4], [51.21, 43.61]]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^runs [1-4]\d\d\.\d km over the sea/);
  });

  it('may cross water only where the data declares the crossing, with its source', () => {
    const crossing = { name: 'test crossing', from: [49.86, 40.4] as [number, number], to: [51.21, 43.61] as [number, number], source: { title: 'test' } };
    expect(messages(fixture('declared', 'pipeline', ['Azerbaijan', 'Kazakhstan'], [[49.86, 40.4], [51.21, 43.61]], { water_crossings: [crossing] }))).toEqual([]);
  });

  it('fail when drawn on the far bank of a border river', () => {
    // Along the Aras, but on the Iranian side between Julfa and Ordubad.
    const found = messages(fixture('far-bank', 'rail', ['Azerbaijan'], [[45.64, 38.935], [45.8, 38.9], [45.95, 38.88]]));
    expect(found.some((m) => /(on the Iran bank of the Aras|through Iran)/.test(m))).toBe(true);
  });

  it('pass when they stay inside their countries, even crossing a border they list', () => {
    expect(messages(fixture('ganja-tbilisi', 'rail', ['Azerbaijan', 'Georgia'], [[46.36, 40.68], [45.6, 41.0], [44.79, 41.72]]))).toEqual([]);
  });
});

describe('sea lines and coastal points', () => {
  it('a sea route fails where it crosses land away from its landings', () => {
    const found = messages(fixture('poti-baku-by-sea', 'sea-route', ['Georgia', 'Azerbaijan'], [[41.65, 42.15], [49.86, 40.4]]));
    expect(found.some((m) => /over land in (Georgia|Azerbaijan)/.test(m))).toBe(true);
  });

  it('an inland port fails with its distance from the water', () => {
    const found = messages(fixture('port-of-ganja', 'port', ['Azerbaijan'], [46.36, 40.68]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^a port more than 15 km from the water/);
  });

  it('a port on the coast passes; a cable landing in the water fails', () => {
    expect(messages(fixture('port-of-poti', 'port', ['Georgia'], [41.653, 42.155]))).toEqual([]);
    expect(messages(fixture('landing-at-sea', 'landing', ['Romania'], [28.7, 44.17]))[0]).toMatch(/landing drawn in the water/);
  });

  it('a place in the wrong country fails', () => {
    expect(messages(fixture('yerevan-in-azerbaijan', 'place', ['Azerbaijan'], [44.51, 40.18], { status: undefined, status_year: undefined }))[0]).toMatch(/^lies in Armenia, (more than 50|\d+\.\d) km from Azerbaijan/);
  });
});

describe('the per-feature table', () => {
  it('has one row per feature with drawn and stated km and the result', () => {
    const rows = [
      checkFeatureGeography(geo, fixture('baku-yerevan', 'rail', ['Azerbaijan'], [[49.86, 40.4], [44.51, 40.18]], {
        figures: [{ quantity: 'length', value: 500, unit: 'km', label: '500 km', citation: { source: 'bulletin-2026-02', exact: 'x' } }],
      })).row,
      checkFeatureGeography(geo, fixture('port-of-poti', 'port', ['Georgia'], [41.653, 42.155])).row,
    ];
    const lines = formatGeoTable(rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^baku-yerevan\s+land line\s+4\d\d\s+500\s+-?\d+%\s+\d+\.\d.*error/);
    expect(lines[2]).toMatch(/^port-of-poti\s+coastal point.*ok$/);
  });
});

describe('land areas', () => {
  it('fail when their outline runs into a country they do not list', () => {
    const area: AtlasFeature = {
      ...fixture('area', 'plant', ['Azerbaijan'], [46.6, 39.6]),
      geometry: { type: 'Polygon', coordinates: [[[46.6, 39.6], [46.7, 39.6], [45.6, 39.9], [46.6, 39.6]]] },
    };
    expect(messages(area).some((m) => /through Armenia, which the feature does not list/.test(m))).toBe(true);
  });
});
