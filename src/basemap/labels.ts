/**
 * Label points for the basemap: countries, seas, cities, physical regions, rivers.
 * Pure functions (no I/O); scripts/prepare-basemap.ts writes the result to public/basemap/labels.geojson.
 */
import type { BBox, Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import polylabel from 'polylabel';
import { bbox as turfBbox, area as turfArea, length as turfLength, along as turfAlong, lineString } from '@turf/turf';
import type { LonLat } from '../model/geometry/coordinates.ts';
import {
  EXTRA_PLACES,
  EXTRA_SEAS,
  PLACE_FIXES,
  REGION_LABELS,
  SEA_LABEL_POINTS,
  fixSeaName,
  normaliseName,
} from './corrections.ts';
import { clipToBBox, roundTo, type Areal, type Linear, type RiverProps } from './prepare.ts';
import { segmentDistance } from '../model/geometry/planar.ts';

export type LabelKind = 'country' | 'sea' | 'city' | 'capital' | 'region' | 'river';

export interface LabelProps {
  text: string;
  kind: LabelKind;
  /** 1 = most important. */
  rank: number;
  min_zoom: number;
}

export type Label = Feature<Point, LabelProps>;

function label(text: string, kind: LabelKind, at: Position, rank: number, minZoom: number): Label {
  return {
    type: 'Feature',
    properties: { text, kind, rank, min_zoom: roundTo(minZoom, 1) },
    geometry: { type: 'Point', coordinates: [roundTo(at[0], 4), roundTo(at[1], 4)] },
  };
}

function inBox(p: Position, box: BBox): boolean {
  return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}

// ---------------------------------------------------------------------------------------------
// A point well inside a polygon, for a name: polylabel's pole of inaccessibility. Distances are
// planar in degrees with longitude scaled by cos(latitude), so a degree east counts as far as it is.
// ---------------------------------------------------------------------------------------------

/** Signed distance (positive inside) from (x·k, y) to the polygon outline, in scaled degrees. */
export function signedDistance(x: number, y: number, rings: Position[][], k: number): number {
  let inside = false;
  let min = Infinity;
  const px = x * k;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      min = Math.min(min, segmentDistance(px, y, a[0] * k, a[1], b[0] * k, b[1]));
    }
  }
  return (inside ? 1 : -1) * min;
}

/** A point well inside the polygon (rings in lon/lat), to within `precision` degrees. */
export function poleOfInaccessibility(rings: Position[][], precision = 0.02): LonLat {
  const [, south, , north] = turfBbox({ type: 'LineString', coordinates: rings[0] });
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const [x, y] = polylabel(rings.map((ring) => ring.map(([lon, lat]): [number, number] => [lon * k, lat])), precision);
  return [x / k, y];
}

/** The polygon part with the largest area (rings of a Polygon or of one MultiPolygon member). */
export function largestPart(g: Areal): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const p of g.coordinates) {
    const a = turfArea({ type: 'Polygon', coordinates: p });
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Seas
// ---------------------------------------------------------------------------------------------

export interface MarineProps {
  name?: string | null;
  featurecla?: string | null;
  scalerank?: number | null;
  min_label?: number | null;
}

const SEA_CLASSES = new Set(['sea', 'gulf', 'bay', 'strait', 'channel', 'sound', 'lagoon']);

function seaRank(scalerank: number): number {
  return scalerank <= 1 ? 1 : scalerank <= 3 ? 2 : scalerank <= 5 ? 3 : 4;
}

/** A label inside the water for every named sea / gulf / strait polygon in the box, plus EXTRA_SEAS. */
export function seaLabels(marine: FeatureCollection<Geometry, MarineProps>, box: BBox): Label[] {
  const out: Label[] = [];
  const areal: FeatureCollection<Areal, MarineProps> = {
    type: 'FeatureCollection',
    features: marine.features.filter(
      (f): f is Feature<Areal, MarineProps> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    ),
  };
  for (const f of clipToBBox(areal, box).features) {
    const p = f.properties ?? {};
    const name = fixSeaName(p.name);
    if (!name || !SEA_CLASSES.has(p.featurecla ?? '')) continue;
    // One hand-placed label per named sea (the Mediterranean comes in two polygons and keeps two computed ones).
    if (SEA_LABEL_POINTS[name] && out.some((l) => l.properties.text === name)) continue;
    const at = SEA_LABEL_POINTS[name] ?? poleOfInaccessibility(largestPart(f.geometry), 0.01);
    out.push(label(name, 'sea', at, seaRank(p.scalerank ?? 6), p.min_label ?? 6));
  }
  for (const s of EXTRA_SEAS) if (inBox(s.at, box)) out.push(label(s.name, 'sea', s.at, s.rank, s.min_zoom));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------------------------

export interface RawPlaceProps {
  name?: string | null;
  name_en?: string | null;
  country?: string | null;
  featurecla?: string | null;
  scalerank?: number | null;
  min_zoom?: number | null;
}

export interface Place {
  /** Natural Earth `name` (key of PLACE_FIXES), or the extra's name. */
  source: string;
  name: string;
  country: string;
  capital: boolean;
  scalerank: number;
  min_zoom: number;
  coordinates: LonLat;
}

/** Natural Earth places with PLACE_FIXES applied (English names, country, position), plus EXTRA_PLACES. */
export function correctedPlaces(raw: FeatureCollection<Geometry, RawPlaceProps>): Place[] {
  const out: Place[] = [];
  for (const f of raw.features) {
    if (f.geometry?.type !== 'Point') continue;
    const p = f.properties ?? {};
    const source = normaliseName(p.name);
    const fix = PLACE_FIXES[source];
    const country = fix?.country ?? p.country ?? '';
    out.push({
      source,
      name: fix?.name ?? normaliseName(p.name_en || p.name),
      country: country === 'Turkey' ? 'Türkiye' : country,
      capital: p.featurecla === 'Admin-0 capital',
      scalerank: p.scalerank ?? 10,
      min_zoom: p.min_zoom ?? 7,
      coordinates: fix?.coordinates ?? [f.geometry.coordinates[0], f.geometry.coordinates[1]],
    });
  }
  for (const e of EXTRA_PLACES) {
    out.push({ source: e.name, name: e.name, country: e.country, capital: false, scalerank: 8, min_zoom: 6, coordinates: e.coordinates });
  }
  return out;
}

/** Capitals of the countries the atlas is about. */
const CORE_CAPITALS = new Set(['Baku', 'Tbilisi', 'Yerevan', 'Ankara', 'Tehran', 'Moscow', 'Astana', 'Ashgabat', 'Tashkent']);

/**
 * Cities the corridor projects need, shown earlier than Natural Earth would (min_zoom), by corrected name.
 * Names here must exist after correctedPlaces (a test checks).
 */
export const REGION_CITIES: Record<string, number> = {
  Ganja: 5,
  Sumqayıt: 5.5,
  Nakhchivan: 5,
  'Khankendi / Stepanakert': 5.5,
  Şirvan: 6,
  Lankaran: 6,
  Batumi: 5,
  Poti: 5,
  Kutaisi: 5.5,
  Rustavi: 6,
  Gyumri: 5.5,
  Kapan: 6,
  Meghri: 6,
  Kars: 5,
  Erzurum: 5,
  Iğdır: 5.5,
  Trabzon: 5,
  Samsun: 5,
  Aktau: 5,
  Türkmenbaşy: 5,
  Atyrau: 5,
  Makhachkala: 5.5,
  Astrakhan: 5,
  Tabriz: 5,
  Almaty: 4,
  Constanța: 5,
  Novorossiysk: 5.5,
  Ordubad: 6.5,
  Horadiz: 6.5,
  Dilucu: 6.5,
};

/** Cities: capitals, Natural Earth scalerank ≤ maxScalerank, and REGION_CITIES, inside the box. */
export function cityLabels(places: Place[], box: BBox, maxScalerank = 5): Label[] {
  const out: Label[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    if (!inBox(p.coordinates, box)) continue;
    const regional = REGION_CITIES[p.name];
    if (!p.capital && regional === undefined && p.scalerank > maxScalerank) continue;
    const key = `${p.name}|${p.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let rank: number;
    if (p.capital) rank = CORE_CAPITALS.has(p.name) ? 1 : 2;
    else if (p.scalerank <= 2) rank = 2;
    else if (p.scalerank <= 4 || regional !== undefined) rank = 3;
    else rank = 4;
    const minZoom = Math.min(p.min_zoom, regional ?? Infinity, p.capital && CORE_CAPITALS.has(p.name) ? 3 : Infinity);
    out.push(label(p.name, p.capital ? 'capital' : 'city', p.coordinates, rank, minZoom));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rivers and regions
// ---------------------------------------------------------------------------------------------

/** Rivers that get a label: scalerank ≤ maxScalerank plus these. */
const LABELLED_RIVERS = new Set(['Aras', 'Kura', 'Kızılırmak', 'Sakarya', 'Murat', 'Qezel Owzan', 'Sefid', 'Atrak', 'Kuban']);
/** Distributaries and branches that the main river's label covers. */
const UNLABELLED_RIVERS = new Set(['Borcea', 'Chilia Branch', 'Sfântu Gheorghe Branch', 'Sulina Branch', 'Lek', 'Nederrijn', 'IJssel', 'Pamir']);
/** Where to put a river's label (snapped to the river): away from the city labels along it. */
export const RIVER_LABEL_HINTS: Record<string, LonLat> = {
  Aras: [46.8, 39.05],
  Kura: [47.9, 40.1],
};

/**
 * One label per named river: at the middle of its longest stretch inside the box.
 */
export function riverLabels(rivers: FeatureCollection<Linear, RiverProps>, box: BBox, maxScalerank = 5): Label[] {
  const best = new Map<string, { coords: Position[]; km: number; props: RiverProps }>();
  for (const f of rivers.features) {
    const name = f.properties.name;
    if (!name || UNLABELLED_RIVERS.has(name)) continue;
    if (!(f.properties.scalerank <= maxScalerank || LABELLED_RIVERS.has(name))) continue;
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const coords of parts) {
      if (coords.length < 2) continue;
      const km = turfLength(lineString(coords));
      const prev = best.get(name);
      if (!prev || km > prev.km) best.set(name, { coords, km, props: f.properties });
    }
  }
  const out: Label[] = [];
  for (const name of [...best.keys()].sort()) {
    const { coords, km, props } = best.get(name)!;
    const hint = RIVER_LABEL_HINTS[name];
    const at = hint
      ? nearestVertex(rivers, name, hint)
      : turfAlong(lineString(coords), km / 2).geometry.coordinates;
    if (!inBox(at, box)) continue;
    const rank = props.scalerank <= 3 ? 2 : props.scalerank <= 6 ? 3 : 4;
    out.push(label(name, 'river', at, rank, Math.max(props.min_zoom, 5)));
  }
  return out;
}

/** The vertex of the named river closest to the hint. */
function nearestVertex(rivers: FeatureCollection<Linear, RiverProps>, name: string, hint: LonLat): Position {
  let best: Position = hint;
  let bestD = Infinity;
  for (const f of rivers.features) {
    if (f.properties.name !== name) continue;
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const part of parts) {
      for (const p of part) {
        const d = (p[0] - hint[0]) ** 2 + (p[1] - hint[1]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
    }
  }
  return best;
}

export function regionLabels(box: BBox): Label[] {
  return REGION_LABELS.filter((r) => inBox(r.at, box)).map((r) => label(r.name, 'region', r.at, r.rank, r.min_zoom));
}

export interface LabelInputs {
  marine: FeatureCollection<Geometry, MarineProps>;
  places: Place[];
  rivers: FeatureCollection<Linear, RiverProps>;
  box: BBox;
}

/** Every named point (seas, cities, rivers, regions), ordered by rank then kind then text (deterministic). */
export function buildLabels(input: LabelInputs): FeatureCollection<Point, LabelProps> {
  const all = [
    ...seaLabels(input.marine, input.box),
    ...cityLabels(input.places, input.box),
    ...riverLabels(input.rivers, input.box),
    ...regionLabels(input.box),
  ];
  const order: LabelKind[] = ['country', 'sea', 'capital', 'city', 'region', 'river'];
  all.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      order.indexOf(a.properties.kind) - order.indexOf(b.properties.kind) ||
      (a.properties.text < b.properties.text ? -1 : a.properties.text > b.properties.text ? 1 : 0),
  );
  return { type: 'FeatureCollection', features: all };
}
