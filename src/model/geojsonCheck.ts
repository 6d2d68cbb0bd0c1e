/**
 * Checks a user's GeoJSON before anything of it reaches the map. Structurally invalid input is
 * refused with one specific message (which feature, which coordinate, what is wrong); input that
 * is merely unusual is accepted with warnings. Runs in the import worker, so it may be thorough.
 */
import type { Feature, Geometry, GeoJsonProperties, Position } from 'geojson';

/** A geometry the map can draw: GeometryCollections are unpacked into their members. */
export type SimpleGeometry = Exclude<Geometry, { type: 'GeometryCollection' }>;

export interface CheckedFeature {
  type: 'Feature';
  id?: string | number;
  /** Several when the file held a GeometryCollection; none when the feature's geometry was null. */
  geometries: SimpleGeometry[];
  properties: NonNullable<GeoJsonProperties>;
}

export type CheckResult =
  | { ok: true; features: CheckedFeature[]; warnings: string[]; vertexCount: number }
  | { ok: false; problem: string };

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];
const FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties', 'bbox']);
const GEOMETRY_MEMBERS = new Set(['type', 'coordinates', 'geometries', 'bbox']);
const COLLECTION_MEMBERS = new Set(['type', 'features', 'bbox']);
/** More decimals than this (about a centimetre) says more than any survey knows. */
const SENSIBLE_DECIMALS = 7;
const PRECISION_SCALE = 10 ** SENSIBLE_DECIMALS;

class Refusal extends Error {}

/** What is odd but drawable, counted while checking, reported once at the end. */
interface Oddities {
  clockwiseOuterRings: number;
  anticlockwiseHoles: number;
  extraMembers: Set<string>;
  finePrecision: boolean;
  longPositions: number;
  oddBboxes: number;
  nullGeometries: number;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `a string ("${value.length > 20 ? `${value.slice(0, 20)}…` : value}")`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function pathText(path: readonly number[]): string {
  return `coordinates${path.map((i) => `[${i}]`).join('')}`;
}

/**
 * Checks the parsed contents of a file. `onProgress` hears the share of features checked.
 */
export function checkGeoJson(value: unknown, onProgress?: (fraction: number) => void): CheckResult {
  const oddities: Oddities = {
    clockwiseOuterRings: 0,
    anticlockwiseHoles: 0,
    extraMembers: new Set(),
    finePrecision: false,
    longPositions: 0,
    oddBboxes: 0,
    nullGeometries: 0,
  };
  try {
    const items = topLevelFeatures(value, oddities);
    if (items.length === 0) throw new Refusal('This GeoJSON has no features: there is nothing to draw.');
    const features: CheckedFeature[] = [];
    const counter = { vertices: 0 };
    const step = Math.max(1, Math.floor(items.length / 50));
    items.forEach((item, index) => {
      features.push(checkFeature(item, index, oddities, counter));
      if (onProgress && index % step === 0) onProgress(index / items.length);
    });
    if (oddities.nullGeometries === features.length) {
      throw new Refusal('Every feature in this file has an empty (null) geometry: there is nothing to draw.');
    }
    return { ok: true, features, warnings: warningsFrom(oddities), vertexCount: counter.vertices };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message };
    throw error;
  }
}

function topLevelFeatures(value: unknown, oddities: Oddities): unknown[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(`This is JSON but not GeoJSON: GeoJSON is an object with a "type", and this file holds ${describe(value)}.`);
  }
  const object = value as Record<string, unknown>;
  const type = object.type;
  if (typeof type !== 'string') {
    throw new Refusal('This is JSON but not GeoJSON: the object has no "type" member (expected "FeatureCollection", "Feature" or a geometry type).');
  }
  if (type === 'FeatureCollection') {
    noteExtraMembers(object, COLLECTION_MEMBERS, oddities);
    noteBbox(object.bbox, oddities);
    if (!Array.isArray(object.features)) {
      throw new Refusal(`This FeatureCollection has no list of "features" (found ${describe(object.features)}).`);
    }
    return object.features;
  }
  if (type === 'Feature') return [value];
  if (GEOMETRY_TYPES.includes(type)) return [{ type: 'Feature', properties: {}, geometry: value }];
  if (type === 'Topology') throw new Refusal('This is TopoJSON, not GeoJSON: convert it to GeoJSON first (for example with topojson-client).');
  throw new Refusal(`Unknown GeoJSON type "${type}": expected "FeatureCollection", "Feature" or one of ${GEOMETRY_TYPES.join(', ')}.`);
}

function featureLabel(index: number, properties: unknown): string {
  const name = (properties as Record<string, unknown> | null)?.name;
  const shown = typeof name === 'string' && name.trim() ? ` ("${name.trim().slice(0, 40)}")` : '';
  return `Feature ${index + 1}${shown}`;
}

function checkFeature(item: unknown, index: number, oddities: Oddities, counter: { vertices: number }): CheckedFeature {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new Refusal(`Feature ${index + 1} is ${describe(item)}, not a GeoJSON Feature object.`);
  }
  const feature = item as Record<string, unknown>;
  const label = featureLabel(index, feature.properties);
  if (feature.type !== 'Feature') {
    const found = typeof feature.type === 'string' ? `"${feature.type}"` : describe(feature.type);
    throw new Refusal(`${label} has type ${found}; every member of "features" must have type "Feature".`);
  }
  noteExtraMembers(feature, FEATURE_MEMBERS, oddities);
  noteBbox(feature.bbox, oddities);
  const properties = feature.properties;
  if (properties !== undefined && properties !== null && (typeof properties !== 'object' || Array.isArray(properties))) {
    throw new Refusal(`${label}: "properties" must be an object or null, not ${describe(properties)}.`);
  }
  const id = feature.id;
  const geometries = feature.geometry === null ? [] : checkGeometry(feature.geometry, label, oddities, counter, 0);
  if (feature.geometry === null) oddities.nullGeometries++;
  return {
    type: 'Feature',
    ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
    geometries,
    properties: (properties ?? {}) as NonNullable<GeoJsonProperties>,
  };
}

function checkGeometry(
  value: unknown,
  label: string,
  oddities: Oddities,
  counter: { vertices: number },
  depth: number,
): SimpleGeometry[] {
  if (value === undefined) throw new Refusal(`${label} has no "geometry" member (use null for a feature without a place).`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(`${label}: the geometry is ${describe(value)}, not a GeoJSON geometry object.`);
  }
  const geometry = value as Record<string, unknown>;
  const type = geometry.type;
  if (typeof type !== 'string') throw new Refusal(`${label}: the geometry has no "type".`);
  if (!GEOMETRY_TYPES.includes(type)) {
    throw new Refusal(`${label}: unknown geometry type "${type}" (expected one of ${GEOMETRY_TYPES.join(', ')}).`);
  }
  noteExtraMembers(geometry, GEOMETRY_MEMBERS, oddities);
  noteBbox(geometry.bbox, oddities);
  if (type === 'GeometryCollection') {
    if (depth > 0) throw new Refusal(`${label}: a GeometryCollection inside a GeometryCollection is not drawn here; flatten it.`);
    if (!Array.isArray(geometry.geometries)) throw new Refusal(`${label}: the GeometryCollection has no list of "geometries".`);
    return geometry.geometries.flatMap((member) => checkGeometry(member, label, oddities, counter, depth + 1));
  }
  if (!('coordinates' in geometry)) throw new Refusal(`${label}: the ${type} has no "coordinates".`);
  const where = `${label}, ${type}`;
  const coordinates = geometry.coordinates;
  const check = new CoordinateCheck(where, oddities, counter);
  switch (type) {
    case 'Point':
      check.position(coordinates, []);
      break;
    case 'MultiPoint':
      check.list(coordinates, [], 'a list of positions', (p, path) => check.position(p, path));
      break;
    case 'LineString':
      check.line(coordinates, []);
      break;
    case 'MultiLineString':
      check.list(coordinates, [], 'a list of lines', (line, path) => check.line(line, path));
      break;
    case 'Polygon':
      check.polygon(coordinates, []);
      break;
    case 'MultiPolygon':
      check.list(coordinates, [], 'a list of polygons', (polygon, path) => check.polygon(polygon, path));
      break;
  }
  return [{ type, coordinates } as SimpleGeometry];
}

/** Walks one geometry's coordinates; every refusal names the exact place, as `coordinates[i][j]`. */
class CoordinateCheck {
  constructor(
    private readonly where: string,
    private readonly oddities: Oddities,
    private readonly counter: { vertices: number },
  ) {}

  private refuse(path: readonly number[], message: string): never {
    throw new Refusal(`${this.where}, ${pathText(path)}: ${message}`);
  }

  list(value: unknown, path: number[], expected: string, each: (item: unknown, path: number[]) => void): void {
    if (!Array.isArray(value)) this.refuse(path, `expected ${expected}, found ${describe(value)} (wrong nesting).`);
    value.forEach((item, i) => each(item, [...path, i]));
  }

  position(value: unknown, path: number[]): Position {
    if (!Array.isArray(value)) {
      this.refuse(path, `expected a position [longitude, latitude], found ${describe(value)} (wrong nesting: one level too shallow).`);
    }
    if (value.length > 0 && Array.isArray(value[0])) {
      this.refuse(path, 'expected a position [longitude, latitude], found a list of lists (wrong nesting: one level too deep).');
    }
    if (value.length < 2) {
      this.refuse(path, `a position needs two numbers, longitude and latitude; found ${value.length}.`);
    }
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'number') {
        const what = typeof value[i] === 'string' ? 'a string where a number belongs' : `${describe(value[i])} where a number belongs`;
        this.refuse([...path, i], `${what}${typeof value[i] === 'string' ? ` ("${String(value[i]).slice(0, 20)}")` : ''}.`);
      }
    }
    const [longitude, latitude] = value as number[];
    if (longitude < -180 || longitude > 180) this.refuse(path, `longitude ${longitude} is out of range (−180 to 180).`);
    if (latitude < -90 || latitude > 90) this.refuse(path, `latitude ${latitude} is out of range (−90 to 90).`);
    if (value.length > 3) this.oddities.longPositions++;
    if (!this.oddities.finePrecision && (tooPrecise(longitude) || tooPrecise(latitude))) this.oddities.finePrecision = true;
    this.counter.vertices++;
    return value as Position;
  }

  line(value: unknown, path: number[]): Position[] {
    const positions = this.positions(value, path, 'a line (a list of positions)');
    if (positions.length < 2) this.refuse(path, `a line needs at least 2 positions; found ${positions.length}.`);
    return positions;
  }

  polygon(value: unknown, path: number[]): void {
    if (!Array.isArray(value)) this.refuse(path, `expected a polygon (a list of rings), found ${describe(value)} (wrong nesting).`);
    if (value.length === 0) this.refuse(path, 'a polygon needs at least its outer ring; found none.');
    value.forEach((ringValue, r) => {
      const ringPath = [...path, r];
      const ring = this.positions(ringValue, ringPath, 'a ring (a list of positions)');
      if (ring.length < 4) {
        this.refuse(ringPath, `a ring needs at least 4 positions (the first repeated at the end); found ${ring.length}.`);
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        this.refuse(ringPath, `the ring is not closed: it starts at [${first[0]}, ${first[1]}] and ends at [${last[0]}, ${last[1]}].`);
      }
      const anticlockwise = signedArea(ring) > 0;
      if (r === 0 && !anticlockwise) this.oddities.clockwiseOuterRings++;
      if (r > 0 && anticlockwise) this.oddities.anticlockwiseHoles++;
    });
  }

  private positions(value: unknown, path: number[], expected: string): Position[] {
    if (!Array.isArray(value)) this.refuse(path, `expected ${expected}, found ${describe(value)} (wrong nesting).`);
    if (value.length > 0 && typeof value[0] === 'number') {
      this.refuse(path, `expected ${expected}, found a single position (wrong nesting: one level too shallow).`);
    }
    return value.map((item, i) => this.position(item, [...path, i]));
  }
}

function tooPrecise(value: number): boolean {
  const scaled = value * PRECISION_SCALE;
  return Math.abs(scaled - Math.round(scaled)) > 1e-3;
}

/** Twice the signed area in degrees: positive for an anticlockwise ring. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

function noteExtraMembers(object: Record<string, unknown>, allowed: ReadonlySet<string>, oddities: Oddities): void {
  for (const key in object) if (!allowed.has(key)) oddities.extraMembers.add(key);
}

/** A bbox is 2×n numbers, the lower corner first. Anything else is odd; it is ignored, not trusted. */
function noteBbox(bbox: unknown, oddities: Oddities): void {
  if (bbox === undefined) return;
  const valid =
    Array.isArray(bbox) &&
    (bbox.length === 4 || bbox.length === 6) &&
    bbox.every((n) => typeof n === 'number') &&
    bbox[1] <= bbox[bbox.length / 2 + 1];
  if (!valid) oddities.oddBboxes++;
}

// The warnings are in English (shown marked so, in every language): English's own plural rules.
const englishPlural = new Intl.PluralRules('en');

function plural(count: number, one: string, many: string): string {
  return `${count} ${englishPlural.select(count) === 'one' ? one : many}`;
}

function warningsFrom(odd: Oddities): string[] {
  const warnings: string[] = [];
  if (odd.clockwiseOuterRings > 0 || odd.anticlockwiseHoles > 0) {
    const rings = odd.clockwiseOuterRings + odd.anticlockwiseHoles;
    warnings.push(`${plural(rings, 'ring is', 'rings are')} wound the wrong way (GeoJSON asks outer rings anticlockwise, holes clockwise); drawn anyway.`);
  }
  if (odd.extraMembers.size > 0) {
    const names = [...odd.extraMembers].slice(0, 5).map((name) => `"${name}"`);
    warnings.push(`Members GeoJSON does not define were ignored: ${names.join(', ')}${odd.extraMembers.size > 5 ? ' and others' : ''}.`);
  }
  if (odd.finePrecision) warnings.push(`Coordinates have more than ${SENSIBLE_DECIMALS} decimals (finer than a centimetre): more precision than any survey gives.`);
  if (odd.longPositions > 0) warnings.push(`${plural(odd.longPositions, 'position has', 'positions have')} more than three numbers; the extra ones are ignored.`);
  if (odd.oddBboxes > 0) warnings.push(`${plural(odd.oddBboxes, 'bbox is', 'bboxes are')} of odd shape (not 4 or 6 numbers, or upside down) and ignored.`);
  if (odd.nullGeometries > 0) warnings.push(`${plural(odd.nullGeometries, 'feature has', 'features have')} no geometry (null) and cannot be drawn.`);
  return warnings;
}

/** A feature of the checked file, as GeoJSON again (for storing and for the views file). */
export function toGeoJsonFeature(feature: CheckedFeature): Feature {
  const { geometries } = feature;
  const geometry: Geometry | null =
    geometries.length === 0 ? null : geometries.length === 1 ? geometries[0] : { type: 'GeometryCollection', geometries };
  return { type: 'Feature', ...(feature.id !== undefined ? { id: feature.id } : {}), geometry: geometry as Geometry, properties: feature.properties };
}
