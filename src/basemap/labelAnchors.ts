/**
 * Where country, sea and river names may stand: for each country part its pole and a grid of
 * interior points at a few spacings (finer nearer the region), for the big seas a few hand-placed
 * points, for the rivers points along them. Pure; written to public/basemap/label-anchors.json.
 */
import type { BBox, Feature, FeatureCollection, Position } from 'geojson';
import { area as turfArea, length as turfLength, along as turfAlong, lineString } from '@turf/turf';
import type { AnchorGrid, AnchorTuple, AreaLabelRecord, LabelAnchorsFile } from '../model/scene/labelAnchors.ts';
import { poleOfInaccessibility, signedDistance, type Label } from './labels.ts';
import { roundTo, type Areal, type CountryProps, type Linear, type RiverProps } from './prepare.ts';
import type { LonLat } from '../model/geometry/coordinates.ts';

/** Coarse worldwide, finer towards the South Caucasus (a name must find a point inside any view). */
export const ANCHOR_GRIDS: AnchorGrid[] = [
  { spacing: 4, box: [-180, -60, 180, 84] },
  { spacing: 2, box: [-30, 10, 150, 75] },
  { spacing: 1, box: [5, 25, 90, 60] },
  { spacing: 0.5, box: [24, 34, 72, 50] },
  { spacing: 0.25, box: [36, 36, 54, 45] },
  { spacing: 0.1, box: [42.5, 37.8, 50.5, 42.2] },
  // The Aras valley, where four countries meet within a few kilometres of the river.
  { spacing: 0.05, box: [44.3, 38.5, 47.2, 40.0] },
];

const KM_PER_DEGREE = 111.2;

/** Region countries first; the rest by size. */
export const COUNTRY_RANKS: Record<string, number> = {
  Azerbaijan: 1, Armenia: 1, Georgia: 1, Türkiye: 1, Iran: 1, Russia: 1, Kazakhstan: 1, Turkmenistan: 1, Uzbekistan: 1,
  Kyrgyzstan: 2, Tajikistan: 2, Ukraine: 2, Romania: 2, Bulgaria: 2, Greece: 2, Syria: 2, Iraq: 2, Afghanistan: 2, Pakistan: 2,
};

/** Units that get no name (tiny, or not a country). */
const UNNAMED_COUNTRIES = new Set(['Siachen Glacier', 'Akrotiri', 'Dhekelia', 'Åland', 'Vatican']);
/** Parts smaller than this get no anchors (islets); a country's largest part always does. */
const MIN_PART_KM2 = 400;

function partsOf(g: Areal): Position[][][] {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return parts
    .map((rings) => ({ rings, km2: turfArea({ type: 'Polygon', coordinates: rings }) / 1e6 }))
    .sort((a, b) => b.km2 - a.km2)
    .filter((p, i) => i === 0 || p.km2 >= MIN_PART_KM2)
    .map((p) => p.rings);
}

function ringsBBox(rings: Position[][]): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of rings[0]) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** Distance from a point to the outline in km (negative outside). */
function clearanceKm(p: Position, rings: Position[][]): number {
  return signedDistance(p[0], p[1], rings, Math.cos((p[1] * Math.PI) / 180)) * KM_PER_DEGREE;
}

const tuple = (p: Position, part: number, spacing: number, km: number): AnchorTuple => [
  roundTo(p[0], 3),
  roundTo(p[1], 3),
  part,
  spacing,
  Math.max(0, Math.round(km)),
];

/** The pole and the interior grid points of one polygon part. */
export function partAnchors(rings: Position[][], part: number, grids: AnchorGrid[] = ANCHOR_GRIDS): AnchorTuple[] {
  const pole = poleOfInaccessibility(rings, 0.01);
  const out: AnchorTuple[] = [tuple(pole, part, 0, clearanceKm(pole, rings))];
  const [w, s, e, n] = ringsBBox(rings);
  for (const { spacing, box } of grids) {
    const x0 = Math.max(w, box[0]);
    const x1 = Math.min(e, box[2]);
    const y0 = Math.max(s, box[1]);
    const y1 = Math.min(n, box[3]);
    if (x0 > x1 || y0 > y1) continue;
    // Cell centres on a grid anchored at 0°, so grids of neighbouring countries line up.
    for (let j = Math.floor(y0 / spacing); (j + 0.5) * spacing <= y1; j++) {
      const y = (j + 0.5) * spacing;
      if (y < y0) continue;
      for (let i = Math.floor(x0 / spacing); (i + 0.5) * spacing <= x1; i++) {
        const x = (i + 0.5) * spacing;
        if (x < x0) continue;
        const km = clearanceKm([x, y], rings);
        if (km > 0) out.push(tuple([x, y], part, spacing, km));
      }
    }
  }
  return out;
}

export function countryAnchors(countries: FeatureCollection<Areal, CountryProps>): AreaLabelRecord[] {
  const out: AreaLabelRecord[] = [];
  for (const f of countries.features) {
    const name = f.properties.name;
    if (UNNAMED_COUNTRIES.has(name)) continue;
    const km2 = turfArea(f) / 1e6;
    const rank = COUNTRY_RANKS[name] ?? (km2 > 200000 ? 2 : 3);
    const anchors = partsOf(f.geometry).flatMap((rings, part) => partAnchors(rings, part));
    out.push({ text: name, kind: 'country', rank, min_zoom: 0, anchors });
  }
  return out;
}

/** The big seas, with points spread over them so that a view of one end still names it. */
export const SEA_ANCHORS: Record<string, LonLat[]> = {
  'Caspian Sea': [
    [50.9, 42.0], [49.6, 44.2], [49.6, 45.6], [51.6, 40.2], [51.3, 38.4], [50.2, 41.3], [52.0, 41.5], [50.7, 39.3],
  ],
  'Black Sea': [
    [34.0, 43.2], [31.0, 43.4], [36.5, 42.7], [39.0, 42.6], [40.8, 42.3], [30.2, 42.4], [32.3, 44.0], [37.6, 43.8],
  ],
};

/** Sea names: the hand-placed spread for the big seas, the computed point for the others. */
export function seaAnchors(seaLabels: readonly Label[]): AreaLabelRecord[] {
  return seaLabels.map((l) => {
    const points = SEA_ANCHORS[l.properties.text] ?? [l.geometry.coordinates as LonLat];
    return {
      text: l.properties.text,
      kind: 'sea',
      rank: l.properties.rank,
      min_zoom: l.properties.min_zoom,
      anchors: points.map((p) => tuple(p, 0, 0, 50)),
    };
  });
}

/** Rivers named along their whole course in the region (others keep their one label point). */
export const RIVERS_NAMED_ALONG: Record<string, number> = { Aras: 0.25, Kura: 0.25 };

/** River names: points every `RIVERS_NAMED_ALONG` degrees along the rivers that matter, else the one label point. */
export function riverAnchors(riverLabels: readonly Label[], rivers: FeatureCollection<Linear, RiverProps>): AreaLabelRecord[] {
  return riverLabels.map((l) => {
    const name = l.properties.text;
    const step = RIVERS_NAMED_ALONG[name];
    let points: Position[] = [l.geometry.coordinates];
    if (step) {
      points = rivers.features
        .filter((f: Feature<Linear, RiverProps>) => f.properties.name === name)
        .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates))
        .filter((coords) => coords.length >= 2)
        .flatMap((coords) => {
          const line = lineString(coords);
          const km = turfLength(line);
          const every = step * KM_PER_DEGREE;
          const count = Math.max(1, Math.floor(km / every));
          return Array.from({ length: count }, (_, i) => turfAlong(line, ((i + 0.5) * km) / count).geometry.coordinates);
        });
    }
    return {
      text: name,
      kind: 'river',
      rank: l.properties.rank,
      min_zoom: l.properties.min_zoom,
      anchors: points.map((p) => tuple(p, 0, 0, 5)),
    };
  });
}

export function buildLabelAnchors(
  countries: FeatureCollection<Areal, CountryProps>,
  labels: readonly Label[],
  rivers: FeatureCollection<Linear, RiverProps>,
): LabelAnchorsFile {
  return {
    grids: ANCHOR_GRIDS,
    areas: [
      ...countryAnchors(countries),
      ...seaAnchors(labels.filter((l) => l.properties.kind === 'sea')),
      ...riverAnchors(labels.filter((l) => l.properties.kind === 'river'), rivers),
    ],
  };
}
