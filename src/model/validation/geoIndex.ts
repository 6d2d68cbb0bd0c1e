/**
 * A fast spatial index of the reference geography (Natural Earth countries, lakes, rivers) for the
 * dataset's geographic checks: which country a point is in, how far it is from a country, a lake
 * or a river. Edges are bucketed by latitude band so a point test touches only nearby edges. Pure.
 */
import type { BBox, Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { segmentDistance } from '../geometry/planar.ts';
import type { LonLat } from '../geometry/coordinates.ts';
import { bbox as turfBbox } from '@turf/turf';

type Areal = Polygon | MultiPolygon;
type Linear = LineString | MultiLineString;

/** Latitude band height (degrees) of the edge buckets: about 5.5 km. */
const BAND = 0.05;
const KM_PER_DEG_LAT = 110.57;

/** Local flat-earth distance in km: accurate to well under 1% over the few km the checks look at. */
export function distanceKm(a: LonLat | Position, b: LonLat | Position): number {
  const kx = 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * KM_PER_DEG_LAT);
}

/** Distance in km from a point to a segment, in the local flat-earth frame. */
export function pointSegmentKm(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  // In km about p: p is the origin.
  return segmentDistance(0, 0, (a[0] - p[0]) * kx, (a[1] - p[1]) * KM_PER_DEG_LAT, (b[0] - p[0]) * kx, (b[1] - p[1]) * KM_PER_DEG_LAT);
}

type Edge = [Position, Position];

/** Edges of lines or rings, bucketed by the latitude bands they span. */
class EdgeBands {
  private readonly bands = new Map<number, Edge[]>();
  bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];

  add(line: Position[]): void {
    for (let i = 1; i < line.length; i++) {
      const edge: Edge = [line[i - 1], line[i]];
      const lo = Math.floor(Math.min(edge[0][1], edge[1][1]) / BAND);
      const hi = Math.floor(Math.max(edge[0][1], edge[1][1]) / BAND);
      for (let band = lo; band <= hi; band++) {
        const list = this.bands.get(band);
        if (list) list.push(edge);
        else this.bands.set(band, [edge]);
      }
    }
    const [west, south, east, north] = turfBbox({ type: 'LineString', coordinates: line });
    this.bbox = [Math.min(this.bbox[0], west), Math.min(this.bbox[1], south), Math.max(this.bbox[2], east), Math.max(this.bbox[3], north)];
  }

  /** Even-odd ray casting over the rings added: true inside an odd number of them. */
  contains([x, y]: Position): boolean {
    if (x < this.bbox[0] || x > this.bbox[2] || y < this.bbox[1] || y > this.bbox[3]) return false;
    let inside = false;
    for (const [[x1, y1], [x2, y2]] of this.bands.get(Math.floor(y / BAND)) ?? []) {
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside;
  }

  /** Distance to the nearest edge, or Infinity if none is within maxKm. */
  nearestKm(p: Position, maxKm: number): number {
    const margin = maxKm / KM_PER_DEG_LAT;
    if (p[0] < this.bbox[0] - 2 * margin || p[0] > this.bbox[2] + 2 * margin || p[1] < this.bbox[1] - margin || p[1] > this.bbox[3] + margin) {
      return Infinity;
    }
    let best = Infinity;
    const seen = new Set<Edge>();
    for (let band = Math.floor((p[1] - margin) / BAND); band <= Math.floor((p[1] + margin) / BAND); band++) {
      for (const edge of this.bands.get(band) ?? []) {
        if (seen.has(edge)) continue;
        seen.add(edge);
        const d = pointSegmentKm(p, edge[0], edge[1]);
        if (d < best) best = d;
      }
    }
    return best <= maxKm ? best : Infinity;
  }
}

function rings(geometry: Areal): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function lines(geometry: Linear): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

export interface GeoReferenceData {
  /** Natural Earth admin-0 countries as the basemap shows them (corrected names), clipped to `area`. */
  countries: FeatureCollection<Areal, { name: string }>;
  lakes: FeatureCollection<Areal, { name?: string | null }>;
  rivers: FeatureCollection<Linear, { name?: string | null }>;
  /** [west, south, east, north] the reference data covers; nothing outside it is checked. */
  area: BBox;
}

export interface GeoIndex {
  covers(p: Position): boolean;
  /** The country a point lies in, or undefined at sea (the Caspian included: no country covers it). */
  countryAt(p: Position): string | undefined;
  /** Whether the point lies in the named country (quicker than countryAt when the country is expected). */
  inCountry(name: string, p: Position): boolean;
  /** Distance in km to a country (0 inside it), Infinity beyond maxKm or for an unknown name. */
  distanceToCountryKm(name: string, p: Position, maxKm: number): number;
  /** The lake a point lies in, if any. */
  lakeAt(p: Position): string | undefined;
  /** Name of a river within maxKm of the point, if any. */
  riverNear(p: Position, maxKm: number): string | undefined;
  /** Whether the point is water: outside every country, or in a lake. */
  isWater(p: Position): boolean;
  /** Distance to the nearest water in km, searched in 0.25 km steps up to maxKm; Infinity if none. */
  waterWithinKm(p: Position, maxKm: number): number;
  countryNames(): string[];
}

export function buildGeoIndex(data: GeoReferenceData): GeoIndex {
  const countries = new Map<string, EdgeBands>();
  for (const feature of data.countries.features) {
    const bands = countries.get(feature.properties.name) ?? new EdgeBands();
    for (const ring of rings(feature.geometry)) bands.add(ring);
    countries.set(feature.properties.name, bands);
  }
  const lakes = data.lakes.features.map((feature: Feature<Areal, { name?: string | null }>) => {
    const bands = new EdgeBands();
    for (const ring of rings(feature.geometry)) bands.add(ring);
    return { name: feature.properties.name ?? 'a lake', bands };
  });
  const rivers = data.rivers.features.map((feature) => {
    const bands = new EdgeBands();
    for (const line of lines(feature.geometry)) bands.add(line);
    return { name: feature.properties.name ?? 'a river', bands };
  });
  const [west, south, east, north] = data.area;
  const covers = ([x, y]: Position) => x >= west && x <= east && y >= south && y <= north;
  const countryAt = (p: Position) => {
    for (const [name, bands] of countries) if (bands.contains(p)) return name;
    return undefined;
  };
  const lakeAt = (p: Position) => lakes.find((lake) => lake.bands.contains(p))?.name;
  const isWater = (p: Position) => countryAt(p) === undefined || lakeAt(p) !== undefined;
  return {
    covers,
    countryAt,
    inCountry: (name, p) => countries.get(name)?.contains(p) ?? false,
    lakeAt,
    isWater,
    distanceToCountryKm(name, p, maxKm) {
      const bands = countries.get(name);
      if (!bands) return Infinity;
      return bands.contains(p) ? 0 : bands.nearestKm(p, maxKm);
    },
    riverNear(p, maxKm) {
      return rivers.find((river) => river.bands.nearestKm(p, maxKm) < Infinity)?.name;
    },
    waterWithinKm(p, maxKm) {
      if (isWater(p)) return 0;
      const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
      for (let r = 0.25; r <= maxKm + 1e-9; r += 0.25) {
        const steps = Math.max(12, Math.ceil((2 * Math.PI * r) / 0.25));
        for (let i = 0; i < steps; i++) {
          const a = (2 * Math.PI * i) / steps;
          if (isWater([p[0] + (r * Math.cos(a)) / kx, p[1] + (r * Math.sin(a)) / KM_PER_DEG_LAT])) return r;
        }
      }
      return Infinity;
    },
    countryNames: () => [...countries.keys()],
  };
}
