/**
 * Geographic checks of the dataset against the embedded Natural Earth countries, lakes and rivers:
 * land lines inside the countries they list and off the water (save declared crossings), sea lines
 * at sea save near their landings, ports and landings on the coast, river-border lines on their own
 * bank, points in their countries. Also one table row per feature for the coverage report. Pure.
 */
import type { Position } from 'geojson';
import type { WrittenFeature, FeatureKind, WaterCrossing } from '../features/feature.ts';
import { distanceKm, pointSegmentKm, type GeoIndex } from './geoIndex.ts';

/** The precision of a 1:10m border: a line may stray this far outside its countries. */
export const BORDER_TOLERANCE_KM = 1;
/** Where a line meets the next network it may stray further. */
export const END_TOLERANCE_KM = 3;
/** How far along a line from its ends the end tolerance applies. */
export const END_ZONE_KM = 3;
/** A sea line may cross land this close to a landing (the landing itself may lie inland). */
export const LANDING_ZONE_KM = 5;
/** Ports and landings lie at most this far from the water. */
export const COAST_TOLERANCE_KM = 3;
/** A declared water crossing covers water this close to its from–to segment. */
export const CROSSING_WIDTH_KM = 3;
/** A river-border line may lie on the far bank this long in total (the flicker of a 1:10m border). */
export const FAR_BANK_ALLOWANCE_KM = 1;
/** Distance between the samples taken along a line. */
export const SAMPLE_KM = 0.5;

export const LAND_LINE_KINDS: readonly FeatureKind[] = ['rail', 'road', 'power-line', 'pipeline', 'corridor'];
export const SEA_LINE_KINDS: readonly FeatureKind[] = ['sea-route', 'cable'];
const COASTAL_KINDS: readonly FeatureKind[] = ['port', 'landing'];

export interface GeoFinding {
  featureId: string;
  message: string;
}

export interface GeoRow {
  id: string;
  kind: FeatureKind;
  check: 'land line' | 'sea line' | 'coastal point' | 'point' | 'land area' | 'not checked';
  /** Length drawn, km (lines). */
  drawnKm?: number;
  /** Length the documents state, km (first length figure). */
  statedKm?: number;
  lengthNote: boolean;
  /** km beyond the tolerance outside the listed countries (land lines) or over land (sea lines). */
  strayKm: number;
  /** km over undeclared water (land lines). */
  waterKm: number;
  /** km on the far bank of a border river. */
  farBankKm: number;
  /** km along declared water crossings. */
  declaredWaterKm: number;
  /** Distance to the coast (coastal points), km. */
  coastKm?: number;
  findings: number;
}

interface Sample {
  at: Position;
  /** km from the nearest end of its part, measured along the line. */
  fromEndKm: number;
}

/** Points every SAMPLE_KM along each part of a line, as the map draws it (straight in lon/lat). */
function samples(parts: Position[][]): { samples: Sample[]; lengthKm: number } {
  const out: Sample[] = [];
  let total = 0;
  for (const part of parts) {
    const along: { at: Position; km: number }[] = [{ at: part[0], km: 0 }];
    let km = 0;
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1], part[i]];
      const d = distanceKm(a, b);
      const n = Math.max(1, Math.ceil(d / SAMPLE_KM));
      for (let j = 1; j <= n; j++) {
        const t = j / n;
        along.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], km: km + d * t });
      }
      km += d;
    }
    total += km;
    for (const s of along) out.push({ at: s.at, fromEndKm: Math.min(s.km, km - s.km) });
  }
  return { samples: out, lengthKm: total };
}

function lineParts(feature: WrittenFeature): Position[][] | undefined {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return undefined;
}

const where = ([lon, lat]: Position) => `near ${lon.toFixed(3)}°E ${lat.toFixed(3)}°N`;
const km = (value: number) => (value === Infinity ? 'more than 50' : value.toFixed(1));

/** Consecutive offending samples of one kind ("in Iran", "over the sea"), reported as one finding. */
interface Run {
  what: string;
  lengthKm: number;
  deepestKm: number;
  deepestAt: Position;
}

class Runs {
  readonly done: Run[] = [];
  private open: Run | undefined;

  add(what: string | undefined, at: Position, depthKm: number): void {
    if (what === undefined) {
      this.close();
      return;
    }
    if (this.open && this.open.what !== what) this.close();
    this.open ??= { what, lengthKm: 0, deepestKm: -1, deepestAt: at };
    this.open.lengthKm += SAMPLE_KM;
    if (depthKm > this.open.deepestKm) Object.assign(this.open, { deepestKm: depthKm, deepestAt: at });
  }

  close(): void {
    if (this.open) this.done.push(this.open);
    this.open = undefined;
  }

  totalKm(filter: (run: Run) => boolean = () => true): number {
    return this.done.filter(filter).reduce((sum, run) => sum + run.lengthKm, 0);
  }
}

function inDeclaredCrossing(p: Position, crossings: readonly WaterCrossing[]): WaterCrossing | undefined {
  return crossings.find((c) => pointSegmentKm(p, c.from, c.to) <= CROSSING_WIDTH_KM);
}

function nearestListedKm(geo: GeoIndex, countries: readonly string[], p: Position): number {
  return Math.min(...countries.map((name) => geo.distanceToCountryKm(name, p, 50)));
}

function checkLandLine(geo: GeoIndex, feature: WrittenFeature, parts: Position[][], row: GeoRow): GeoFinding[] {
  const { countries } = feature.properties;
  const crossings = feature.properties.water_crossings ?? [];
  const stray = new Runs();
  const water = new Runs();
  const farBank = new Runs();
  let declaredWaterKm = 0;
  for (const { at, fromEndKm } of samples(parts).samples) {
    if (!geo.covers(at)) {
      [stray, water, farBank].forEach((runs) => runs.close());
      continue;
    }
    const tolerance = fromEndKm <= END_ZONE_KM ? END_TOLERANCE_KM : BORDER_TOLERANCE_KM;
    const lake = geo.lakeAt(at);
    // Most samples lie in a listed country: test those first, the whole map only for the rest.
    const listed = lake === undefined ? countries.find((name) => geo.inCountry(name, at)) : undefined;
    const country = listed ?? geo.countryAt(at);
    if (listed) {
      [stray, water, farBank].forEach((runs) => runs.add(undefined, at, 0));
      continue;
    }
    const depth = nearestListedKm(geo, countries, at);
    const isWater = country === undefined || lake !== undefined;
    if (isWater && inDeclaredCrossing(at, crossings)) {
      declaredWaterKm += SAMPLE_KM;
      [stray, water, farBank].forEach((runs) => runs.add(undefined, at, 0));
      continue;
    }
    if (depth > tolerance) {
      farBank.add(undefined, at, 0);
      if (isWater) {
        stray.add(undefined, at, 0);
        water.add(lake ? `over ${lake}` : 'over the sea', at, depth);
      } else {
        water.add(undefined, at, 0);
        stray.add(`through ${country}, which the feature does not list`, at, depth);
      }
      continue;
    }
    stray.add(undefined, at, 0);
    water.add(undefined, at, 0);
    const river = fromEndKm > END_ZONE_KM && !isWater ? geo.riverNear(at, 1.5) : undefined;
    farBank.add(river ? `on the ${country} bank of the ${river}` : undefined, at, depth);
  }
  [stray, water, farBank].forEach((runs) => runs.close());
  row.strayKm = stray.totalKm();
  row.waterKm = water.totalKm();
  row.declaredWaterKm = declaredWaterKm;
  const findings: GeoFinding[] = [];
  for (const run of [...stray.done, ...water.done]) {
    findings.push({
      featureId: feature.id,
      message: `runs ${run.lengthKm.toFixed(1)} km ${run.what} (up to ${km(run.deepestKm)} km from ${countries.join(' / ')}, ${where(run.deepestAt)})`,
    });
  }
  const byBank = new Map<string, Run[]>();
  for (const run of farBank.done) byBank.set(run.what, [...(byBank.get(run.what) ?? []), run]);
  for (const [what, runs] of byBank) {
    const total = runs.reduce((sum, run) => sum + run.lengthKm, 0);
    row.farBankKm += total;
    if (total <= FAR_BANK_ALLOWANCE_KM) continue;
    const longest = runs.reduce((a, b) => (b.lengthKm > a.lengthKm ? b : a));
    findings.push({
      featureId: feature.id,
      message: `follows a border river but runs ${total.toFixed(1)} km ${what}, in ${runs.length} stretches (longest ${longest.lengthKm.toFixed(1)} km ${where(longest.deepestAt)}); draw it on its own bank`,
    });
  }
  return findings;
}

function checkSeaLine(geo: GeoIndex, feature: WrittenFeature, parts: Position[][], row: GeoRow): GeoFinding[] {
  const land = new Runs();
  const ends = parts.flatMap((part) => [part[0], part[part.length - 1]]);
  for (const { at } of samples(parts).samples) {
    const country = geo.covers(at) ? geo.countryAt(at) : undefined;
    const nearLanding = ends.some((end) => distanceKm(end, at) <= LANDING_ZONE_KM);
    const onLand = country !== undefined && geo.lakeAt(at) === undefined && !nearLanding;
    land.add(onLand ? `over land in ${country}` : undefined, at, 0);
  }
  land.close();
  row.strayKm = land.totalKm();
  return land.done.map((run) => ({
    featureId: feature.id,
    message: `runs ${run.lengthKm.toFixed(1)} km ${run.what}, more than ${LANDING_ZONE_KM} km from its landings (${where(run.deepestAt)})`,
  }));
}

function checkPoint(geo: GeoIndex, feature: WrittenFeature, at: Position, row: GeoRow): GeoFinding[] {
  const findings: GeoFinding[] = [];
  const { countries, kind } = feature.properties;
  if (COASTAL_KINDS.includes(kind)) {
    row.check = 'coastal point';
    const coast = geo.waterWithinKm(at, COAST_TOLERANCE_KM);
    row.coastKm = coast;
    if (coast === Infinity) {
      const actual = geo.waterWithinKm(at, 15);
      findings.push({
        featureId: feature.id,
        message: `a ${kind} ${actual === Infinity ? 'more than 15' : actual.toFixed(1)} km from the water (at most ${COAST_TOLERANCE_KM} km allowed), ${where(at)}`,
      });
    }
    if (geo.isWater(at)) {
      // A cable comes ashore at its landing: a landing drawn in the water is misplaced.
      if (kind === 'landing') findings.push({ featureId: feature.id, message: `a landing drawn in the water, ${where(at)}; put it on the shore` });
      return findings;
    }
  }
  const distance = nearestListedKm(geo, countries, at);
  if (distance > BORDER_TOLERANCE_KM) {
    const country = geo.countryAt(at);
    row.strayKm = distance;
    findings.push({
      featureId: feature.id,
      message: `lies ${country ? `in ${country}` : 'at sea'}, ${km(distance)} km from ${countries.join(' / ')} (${where(at)})`,
    });
  }
  return findings;
}

/** Checks one feature; returns its findings and its table row. */
export function checkFeatureGeography(geo: GeoIndex, feature: WrittenFeature): { findings: GeoFinding[]; row: GeoRow } {
  const { kind, figures, length_note } = feature.properties;
  const row: GeoRow = {
    id: feature.id,
    kind,
    check: 'not checked',
    statedKm: figures.find((f) => f.quantity === 'length' && f.unit === 'km')?.value,
    lengthNote: length_note !== undefined,
    strayKm: 0,
    waterKm: 0,
    farBankKm: 0,
    declaredWaterKm: 0,
    findings: 0,
  };
  let findings: GeoFinding[] = [];
  const parts = lineParts(feature);
  if (parts) {
    row.drawnKm = samples(parts).lengthKm;
    if (LAND_LINE_KINDS.includes(kind)) {
      row.check = 'land line';
      findings = checkLandLine(geo, feature, parts, row);
    } else if (SEA_LINE_KINDS.includes(kind)) {
      row.check = 'sea line';
      findings = checkSeaLine(geo, feature, parts, row);
    }
  } else if (feature.geometry.type === 'Point' && geo.covers(feature.geometry.coordinates)) {
    row.check = 'point';
    findings = checkPoint(geo, feature, feature.geometry.coordinates, row);
  } else if ((feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') && kind !== 'field') {
    // An area on land (offshore fields aside): its outline kept inside its countries like a land line.
    row.check = 'land area';
    const rings = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
    findings = checkLandLine(geo, feature, rings, row);
  }
  row.findings = findings.length;
  return { findings, row };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const num = (v: number | undefined, digits = 0) => (v === undefined ? '' : v === Infinity ? '>3' : v.toFixed(digits));

/** The per-feature table printed in the coverage report. */
export function formatGeoTable(rows: readonly GeoRow[]): string {
  const head = ['feature', 'check', 'drawn km', 'stated km', 'off %', 'stray km', 'water km', 'far bank km', 'crossing km', 'coast km', 'result'];
  const body = rows.map((r) => {
    const off = r.drawnKm !== undefined && r.statedKm !== undefined ? `${(((r.drawnKm - r.statedKm) / r.statedKm) * 100).toFixed(0)}%${r.lengthNote ? ' (note)' : ''}` : '';
    return [
      r.id,
      r.check,
      num(r.drawnKm),
      num(r.statedKm),
      off,
      r.strayKm ? r.strayKm.toFixed(1) : '',
      r.waterKm ? r.waterKm.toFixed(1) : '',
      r.farBankKm ? r.farBankKm.toFixed(1) : '',
      r.declaredWaterKm ? r.declaredWaterKm.toFixed(1) : '',
      num(r.coastKm, 2),
      r.check === 'not checked' ? '-' : r.findings === 0 ? 'ok' : `${r.findings} error${r.findings > 1 ? 's' : ''}`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  return [head, ...body].map((cells) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd()).join('\n');
}
