/**
 * Checks a user's GeoJSON before anything of it reaches the map. Structurally invalid input is
 * refused with one specific message (which feature, which coordinate, what is wrong); input that
 * is merely unusual is accepted with warnings. Runs in the import worker, so it may be thorough.
 */
import type { Feature, Geometry, GeoJsonProperties, Position } from 'geojson';
import { defineMessages, worded, type Message, type Worded } from '../words/message.ts';

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
  | { ok: true; features: CheckedFeature[]; warnings: Worded[]; vertexCount: number }
  | { ok: false; problem: Worded };

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'];
const FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties', 'bbox']);
const GEOMETRY_MEMBERS = new Set(['type', 'coordinates', 'geometries', 'bbox']);
const COLLECTION_MEMBERS = new Set(['type', 'features', 'bbox']);
/** More decimals than this (about a centimetre) says more than any survey knows. */
const SENSIBLE_DECIMALS = 7;
const PRECISION_SCALE = 10 ** SENSIBLE_DECIMALS;

/**
 * What the checker says, worded for the language shown (the worker has no catalogue: the page
 * formats these). The file's own words (a feature's name, a member's name, a type it gives, a
 * number as written) and the places in it (`coordinates[1][0]`) are values, kept as they are.
 */
const WORDS = defineMessages({
  noFeatures: { id: 'check.noFeatures', defaultMessage: 'This GeoJSON has no features: there is nothing to draw.', description: 'A file refused' },
  allNull: {
    id: 'check.allNullGeometries',
    defaultMessage: 'Every feature in this file has an empty (null) geometry: there is nothing to draw.',
    description: 'A file refused; “null” is JSON’s word for an empty value',
  },
  notGeojson: {
    id: 'check.notGeojson',
    defaultMessage: 'This is JSON but not GeoJSON: GeoJSON is an object with a "type", and this file holds {found}.',
    description: 'A file refused; "type" is a member name of GeoJSON, kept as it is; {found} is what the file holds, e.g. “a list”',
  },
  noType: {
    id: 'check.noType',
    defaultMessage: 'This is JSON but not GeoJSON: the object has no "type" member (expected "FeatureCollection", "Feature" or a geometry type).',
    description: 'A file refused; the quoted words are GeoJSON’s own names, kept as they are',
  },
  noFeatureList: {
    id: 'check.noFeatureList',
    defaultMessage: 'This FeatureCollection has no list of "features" (found {found}).',
    description: 'A file refused; FeatureCollection and "features" are GeoJSON’s own names; {found} e.g. “an object”, “nothing”',
  },
  topojson: {
    id: 'check.topojson',
    defaultMessage: 'This is TopoJSON, not GeoJSON: convert it to GeoJSON first (for example with topojson-client).',
    description: 'A file refused; TopoJSON is another format; topojson-client a program',
  },
  unknownType: {
    id: 'check.unknownType',
    defaultMessage: 'Unknown GeoJSON type "{type}": expected "FeatureCollection", "Feature" or one of {types}.',
    description: 'A file refused; {type} is the file’s own, {types} GeoJSON’s geometry types, as they are',
  },
  feature: { id: 'check.feature', defaultMessage: 'Feature {number}', description: 'Which feature of the file: the first is 1. Starts a refusal, e.g. “Feature 3, Point, coordinates: …”' },
  featureNamed: {
    id: 'check.featureNamed',
    defaultMessage: 'Feature {number} ("{name}")',
    description: 'Which feature of the file, with the name the file gives it, as it is. Starts a refusal',
  },
  featureNotObject: {
    id: 'check.featureNotObject',
    defaultMessage: 'Feature {number} is {found}, not a GeoJSON Feature object.',
    description: 'A file refused; {found} e.g. “a list”',
  },
  wrongFeatureType: {
    id: 'check.wrongFeatureType',
    defaultMessage: '{feature} has type {found}; every member of "features" must have type "Feature".',
    description: 'A file refused; {feature} e.g. “Feature 2”; {found} the file’s own type in quotes, or e.g. “nothing”',
  },
  badProperties: {
    id: 'check.badProperties',
    defaultMessage: '{feature}: "properties" must be an object or null, not {found}.',
    description: 'A file refused; "properties" is GeoJSON’s name; {found} e.g. “a list”',
  },
  noGeometry: {
    id: 'check.noGeometry',
    defaultMessage: '{feature} has no "geometry" member (use null for a feature without a place).',
    description: 'A file refused; "geometry" and null are GeoJSON’s and JSON’s own words',
  },
  geometryNotObject: {
    id: 'check.geometryNotObject',
    defaultMessage: '{feature}: the geometry is {found}, not a GeoJSON geometry object.',
    description: 'A file refused; {found} e.g. “a list”',
  },
  geometryNoType: { id: 'check.geometryNoType', defaultMessage: '{feature}: the geometry has no "type".', description: 'A file refused' },
  unknownGeometryType: {
    id: 'check.unknownGeometryType',
    defaultMessage: '{feature}: unknown geometry type "{type}" (expected one of {types}).',
    description: 'A file refused; {type} is the file’s own; {types} GeoJSON’s geometry types',
  },
  nestedCollection: {
    id: 'check.nestedCollection',
    defaultMessage: '{feature}: a GeometryCollection inside a GeometryCollection is not drawn here; flatten it.',
    description: 'A file refused; GeometryCollection is GeoJSON’s name',
  },
  collectionNoList: {
    id: 'check.collectionNoList',
    defaultMessage: '{feature}: the GeometryCollection has no list of "geometries".',
    description: 'A file refused; GeoJSON’s own names, kept as they are',
  },
  noCoordinates: {
    id: 'check.noCoordinates',
    defaultMessage: '{feature}: the {type} has no "coordinates".',
    description: 'A file refused; {type} is a GeoJSON geometry type such as Polygon',
  },
  at: {
    id: 'check.at',
    defaultMessage: '{feature}, {type}, {place}: {problem}',
    description: 'A refusal with its exact place: {feature} e.g. “Feature 2”; {type} e.g. Polygon; {place} e.g. coordinates[0][3], kept as it is; {problem} a sentence starting in lower case',
  },
  wrongNesting: {
    id: 'check.wrongNesting',
    defaultMessage: 'expected {expected}, found {found} (wrong nesting).',
    description: 'After “Feature 2, Polygon, coordinates[0]:”; {expected} e.g. “a list of lines”; {found} e.g. “the number 45”',
  },
  positions: { id: 'check.expected.positions', defaultMessage: 'a list of positions', description: 'In “expected {expected}, found …”: a position is [longitude, latitude]' },
  lines: { id: 'check.expected.lines', defaultMessage: 'a list of lines', description: 'In “expected {expected}, found …”' },
  polygons: { id: 'check.expected.polygons', defaultMessage: 'a list of polygons', description: 'In “expected {expected}, found …”' },
  line: { id: 'check.expected.line', defaultMessage: 'a line (a list of positions)', description: 'In “expected {expected}, found …”' },
  ring: { id: 'check.expected.ring', defaultMessage: 'a ring (a list of positions)', description: 'In “expected {expected}, found …”: a ring is a polygon’s outline' },
  polygon: { id: 'check.expected.polygon', defaultMessage: 'a polygon (a list of rings)', description: 'In “expected {expected}, found …”' },
  singlePosition: {
    id: 'check.singlePosition',
    defaultMessage: 'expected {expected}, found a single position (wrong nesting: one level too shallow).',
    description: 'After “Feature 2, LineString, coordinates:”; {expected} e.g. “a line (a list of positions)”',
  },
  positionTooShallow: {
    id: 'check.positionTooShallow',
    defaultMessage: 'expected a position [longitude, latitude], found {found} (wrong nesting: one level too shallow).',
    description: 'After “Feature 2, Point, coordinates:”; {found} e.g. “the number 45”',
  },
  positionTooDeep: {
    id: 'check.positionTooDeep',
    defaultMessage: 'expected a position [longitude, latitude], found a list of lists (wrong nesting: one level too deep).',
    description: 'After “Feature 2, Point, coordinates:”',
  },
  positionTooShort: {
    id: 'check.positionTooShort',
    defaultMessage: 'a position needs two numbers, longitude and latitude; found {count}.',
    description: 'After “Feature 2, Point, coordinates:”; {count} is 0 or 1',
  },
  stringForNumber: {
    id: 'check.stringForNumber',
    defaultMessage: 'a string where a number belongs ("{text}").',
    description: 'After “Feature 2, Point, coordinates[1]:”; {text} is the file’s own text, e.g. 40.5 written in quotes',
  },
  notANumber: { id: 'check.notANumber', defaultMessage: '{found} where a number belongs.', description: 'After “Feature 2, Point, coordinates[1]:”; {found} e.g. “an object”' },
  longitudeRange: {
    id: 'check.longitudeRange',
    defaultMessage: 'longitude {value} is out of range (−180 to 180).',
    description: 'After “Feature 2, Point, coordinates:”; {value} is the file’s number as it is',
  },
  latitudeRange: {
    id: 'check.latitudeRange',
    defaultMessage: 'latitude {value} is out of range (−90 to 90).',
    description: 'After “Feature 2, Point, coordinates:”; {value} is the file’s number as it is',
  },
  lineTooShort: { id: 'check.lineTooShort', defaultMessage: 'a line needs at least 2 positions; found {count}.', description: 'After “Feature 2, LineString, coordinates:”; {count} is 0 or 1' },
  polygonEmpty: { id: 'check.polygonEmpty', defaultMessage: 'a polygon needs at least its outer ring; found none.', description: 'After “Feature 2, Polygon, coordinates:”' },
  ringTooShort: {
    id: 'check.ringTooShort',
    defaultMessage: 'a ring needs at least 4 positions (the first repeated at the end); found {count}.',
    description: 'After “Feature 2, Polygon, coordinates[0]:”; {count} is 0 to 3',
  },
  ringOpen: {
    id: 'check.ringOpen',
    defaultMessage: 'the ring is not closed: it starts at [{first}] and ends at [{last}].',
    description: 'After “Feature 2, Polygon, coordinates[0]:”; {first} and {last} are positions as the file gives them, e.g. 45, 40',
  },
  nothing: { id: 'check.found.nothing', defaultMessage: 'nothing', description: 'What the file holds where something was expected: “found nothing”' },
  null: { id: 'check.found.null', defaultMessage: 'null', description: 'JSON’s empty value, as the file writes it: “found null”' },
  list: { id: 'check.found.list', defaultMessage: 'a list', description: 'What the file holds: a JSON array. “This file holds a list”, “found a list”' },
  object: { id: 'check.found.object', defaultMessage: 'an object', description: 'What the file holds: a JSON object. “found an object”' },
  string: { id: 'check.found.string', defaultMessage: 'a string ("{text}")', description: 'What the file holds: a text in quotes; {text} is its start, as it is' },
  number: { id: 'check.found.number', defaultMessage: 'the number {value}', description: 'What the file holds; {value} as the file writes it' },
  value: { id: 'check.found.value', defaultMessage: 'the value {value}', description: 'What the file holds: true or false, as the file writes it' },
  quoted: { id: 'check.found.quoted', defaultMessage: '"{text}"', description: 'The file’s own word in quotes, e.g. a type it gives: “has type "Point"”' },
  windings: {
    id: 'check.warning.windings',
    defaultMessage:
      '{count, plural, one {# ring is} other {# rings are}} wound the wrong way (GeoJSON asks outer rings anticlockwise, holes clockwise); drawn anyway.',
    description: 'A warning about a file that was added; a ring is a polygon’s outline',
  },
  extraMembers: {
    id: 'check.warning.extraMembers',
    defaultMessage: 'Members GeoJSON does not define were ignored: {names}.',
    description: 'A warning; {names} the file’s own member names in quotes, e.g. "crs", "style"',
  },
  extraMembersMore: {
    id: 'check.warning.extraMembersMore',
    defaultMessage: 'Members GeoJSON does not define were ignored: {names} and others.',
    description: 'A warning; {names} the first five of the file’s own member names in quotes',
  },
  finePrecision: {
    id: 'check.warning.finePrecision',
    defaultMessage: 'Coordinates have more than {decimals} decimals (finer than a centimetre): more precision than any survey gives.',
    description: 'A warning; {decimals} is 7',
  },
  longPositions: {
    id: 'check.warning.longPositions',
    defaultMessage: '{count, plural, one {# position has} other {# positions have}} more than three numbers; the extra ones are ignored.',
    description: 'A warning; a position is [longitude, latitude] or with a height',
  },
  oddBboxes: {
    id: 'check.warning.oddBboxes',
    defaultMessage: '{count, plural, one {# bbox is} other {# bboxes are}} of odd shape (not 4 or 6 numbers, or upside down) and ignored.',
    description: 'A warning; bbox is GeoJSON’s name for a bounding box',
  },
  nullGeometries: {
    id: 'check.warning.nullGeometries',
    defaultMessage: '{count, plural, one {# feature has} other {# features have}} no geometry (null) and cannot be drawn.',
    description: 'A warning',
  },
});

class Refusal extends Error {
  constructor(readonly words: Worded) {
    super(words.message.id);
  }
}

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

function describe(value: unknown): Worded {
  if (value === undefined) return worded(WORDS.nothing);
  if (value === null) return worded(WORDS.null);
  if (Array.isArray(value)) return worded(WORDS.list);
  if (typeof value === 'string') return worded(WORDS.string, { text: value.length > 20 ? `${value.slice(0, 20)}…` : value });
  if (typeof value === 'object') return worded(WORDS.object);
  // The number as the file wrote it (as a string, so it is not formatted in the language's way).
  return worded(typeof value === 'number' ? WORDS.number : WORDS.value, { value: String(value) });
}

/** The geometry types, as GeoJSON names them, in a list: the same in every language. */
const TYPES_LIST = GEOMETRY_TYPES.join(', ');

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
    if (items.length === 0) throw new Refusal(worded(WORDS.noFeatures));
    const features: CheckedFeature[] = [];
    const counter = { vertices: 0 };
    const step = Math.max(1, Math.floor(items.length / 50));
    items.forEach((item, index) => {
      features.push(checkFeature(item, index, oddities, counter));
      if (onProgress && index % step === 0) onProgress(index / items.length);
    });
    if (oddities.nullGeometries === features.length) {
      throw new Refusal(worded(WORDS.allNull));
    }
    return { ok: true, features, warnings: warningsFrom(oddities), vertexCount: counter.vertices };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.words };
    throw error;
  }
}

function topLevelFeatures(value: unknown, oddities: Oddities): unknown[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(worded(WORDS.notGeojson, { found: describe(value) }));
  }
  const object = value as Record<string, unknown>;
  const type = object.type;
  if (typeof type !== 'string') {
    throw new Refusal(worded(WORDS.noType));
  }
  if (type === 'FeatureCollection') {
    noteExtraMembers(object, COLLECTION_MEMBERS, oddities);
    noteBbox(object.bbox, oddities);
    if (!Array.isArray(object.features)) {
      throw new Refusal(worded(WORDS.noFeatureList, { found: describe(object.features) }));
    }
    return object.features;
  }
  if (type === 'Feature') return [value];
  if (GEOMETRY_TYPES.includes(type)) return [{ type: 'Feature', properties: {}, geometry: value }];
  if (type === 'Topology') throw new Refusal(worded(WORDS.topojson));
  throw new Refusal(worded(WORDS.unknownType, { type, types: TYPES_LIST }));
}

/** Which feature, by its number (from 1) and the name the file gives it, if any. */
function featureLabel(index: number, properties: unknown): Worded {
  const name = (properties as Record<string, unknown> | null)?.name;
  const number = String(index + 1);
  return typeof name === 'string' && name.trim() ? worded(WORDS.featureNamed, { number, name: name.trim().slice(0, 40) }) : worded(WORDS.feature, { number });
}

function checkFeature(item: unknown, index: number, oddities: Oddities, counter: { vertices: number }): CheckedFeature {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new Refusal(worded(WORDS.featureNotObject, { number: String(index + 1), found: describe(item) }));
  }
  const feature = item as Record<string, unknown>;
  const label = featureLabel(index, feature.properties);
  if (feature.type !== 'Feature') {
    const found = typeof feature.type === 'string' ? worded(WORDS.quoted, { text: feature.type }) : describe(feature.type);
    throw new Refusal(worded(WORDS.wrongFeatureType, { feature: label, found }));
  }
  noteExtraMembers(feature, FEATURE_MEMBERS, oddities);
  noteBbox(feature.bbox, oddities);
  const properties = feature.properties;
  if (properties !== undefined && properties !== null && (typeof properties !== 'object' || Array.isArray(properties))) {
    throw new Refusal(worded(WORDS.badProperties, { feature: label, found: describe(properties) }));
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
  label: Worded,
  oddities: Oddities,
  counter: { vertices: number },
  depth: number,
): SimpleGeometry[] {
  if (value === undefined) throw new Refusal(worded(WORDS.noGeometry, { feature: label }));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refusal(worded(WORDS.geometryNotObject, { feature: label, found: describe(value) }));
  }
  const geometry = value as Record<string, unknown>;
  const type = geometry.type;
  if (typeof type !== 'string') throw new Refusal(worded(WORDS.geometryNoType, { feature: label }));
  if (!GEOMETRY_TYPES.includes(type)) {
    throw new Refusal(worded(WORDS.unknownGeometryType, { feature: label, type, types: TYPES_LIST }));
  }
  noteExtraMembers(geometry, GEOMETRY_MEMBERS, oddities);
  noteBbox(geometry.bbox, oddities);
  if (type === 'GeometryCollection') {
    if (depth > 0) throw new Refusal(worded(WORDS.nestedCollection, { feature: label }));
    if (!Array.isArray(geometry.geometries)) throw new Refusal(worded(WORDS.collectionNoList, { feature: label }));
    return geometry.geometries.flatMap((member) => checkGeometry(member, label, oddities, counter, depth + 1));
  }
  if (!('coordinates' in geometry)) throw new Refusal(worded(WORDS.noCoordinates, { feature: label, type }));
  const coordinates = geometry.coordinates;
  const check = new CoordinateCheck(label, type, oddities, counter);
  switch (type) {
    case 'Point':
      check.position(coordinates, []);
      break;
    case 'MultiPoint':
      check.list(coordinates, [], WORDS.positions, (p, path) => check.position(p, path));
      break;
    case 'LineString':
      check.line(coordinates, []);
      break;
    case 'MultiLineString':
      check.list(coordinates, [], WORDS.lines, (line, path) => check.line(line, path));
      break;
    case 'Polygon':
      check.polygon(coordinates, []);
      break;
    case 'MultiPolygon':
      check.list(coordinates, [], WORDS.polygons, (polygon, path) => check.polygon(polygon, path));
      break;
  }
  return [{ type, coordinates } as SimpleGeometry];
}

/** Walks one geometry's coordinates; every refusal names the exact place, as `coordinates[i][j]`. */
class CoordinateCheck {
  constructor(
    private readonly feature: Worded,
    private readonly type: string,
    private readonly oddities: Oddities,
    private readonly counter: { vertices: number },
  ) {}

  private refuse(path: readonly number[], problem: Worded): never {
    throw new Refusal(worded(WORDS.at, { feature: this.feature, type: this.type, place: pathText(path), problem }));
  }

  list(value: unknown, path: number[], expected: Message, each: (item: unknown, path: number[]) => void): void {
    if (!Array.isArray(value)) this.refuse(path, worded(WORDS.wrongNesting, { expected: worded(expected), found: describe(value) }));
    value.forEach((item, i) => each(item, [...path, i]));
  }

  position(value: unknown, path: number[]): Position {
    if (!Array.isArray(value)) {
      this.refuse(path, worded(WORDS.positionTooShallow, { found: describe(value) }));
    }
    if (value.length > 0 && Array.isArray(value[0])) this.refuse(path, worded(WORDS.positionTooDeep));
    if (value.length < 2) this.refuse(path, worded(WORDS.positionTooShort, { count: value.length }));
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') this.refuse([...path, i], worded(WORDS.stringForNumber, { text: item.slice(0, 20) }));
      if (typeof item !== 'number') this.refuse([...path, i], worded(WORDS.notANumber, { found: describe(item) }));
    }
    const [longitude, latitude] = value as number[];
    // The numbers as the file wrote them, not in the language's way (no grouping, no rounding).
    if (longitude < -180 || longitude > 180) this.refuse(path, worded(WORDS.longitudeRange, { value: String(longitude) }));
    if (latitude < -90 || latitude > 90) this.refuse(path, worded(WORDS.latitudeRange, { value: String(latitude) }));
    if (value.length > 3) this.oddities.longPositions++;
    if (!this.oddities.finePrecision && (tooPrecise(longitude) || tooPrecise(latitude))) this.oddities.finePrecision = true;
    this.counter.vertices++;
    return value as Position;
  }

  line(value: unknown, path: number[]): Position[] {
    const positions = this.positions(value, path, WORDS.line);
    if (positions.length < 2) this.refuse(path, worded(WORDS.lineTooShort, { count: positions.length }));
    return positions;
  }

  polygon(value: unknown, path: number[]): void {
    if (!Array.isArray(value)) this.refuse(path, worded(WORDS.wrongNesting, { expected: worded(WORDS.polygon), found: describe(value) }));
    if (value.length === 0) this.refuse(path, worded(WORDS.polygonEmpty));
    value.forEach((ringValue, r) => {
      const ringPath = [...path, r];
      const ring = this.positions(ringValue, ringPath, WORDS.ring);
      if (ring.length < 4) this.refuse(ringPath, worded(WORDS.ringTooShort, { count: ring.length }));
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        this.refuse(ringPath, worded(WORDS.ringOpen, { first: `${first[0]}, ${first[1]}`, last: `${last[0]}, ${last[1]}` }));
      }
      const anticlockwise = signedArea(ring) > 0;
      if (r === 0 && !anticlockwise) this.oddities.clockwiseOuterRings++;
      if (r > 0 && anticlockwise) this.oddities.anticlockwiseHoles++;
    });
  }

  private positions(value: unknown, path: number[], expected: Message): Position[] {
    if (!Array.isArray(value)) this.refuse(path, worded(WORDS.wrongNesting, { expected: worded(expected), found: describe(value) }));
    if (value.length > 0 && typeof value[0] === 'number') this.refuse(path, worded(WORDS.singlePosition, { expected: worded(expected) }));
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

function warningsFrom(odd: Oddities): Worded[] {
  const warnings: Worded[] = [];
  const rings = odd.clockwiseOuterRings + odd.anticlockwiseHoles;
  if (rings > 0) warnings.push(worded(WORDS.windings, { count: rings }));
  if (odd.extraMembers.size > 0) {
    // The file's own member names, in quotes, as it writes them.
    const names = [...odd.extraMembers].slice(0, 5).map((name) => `"${name}"`).join(', ');
    warnings.push(worded(odd.extraMembers.size > 5 ? WORDS.extraMembersMore : WORDS.extraMembers, { names }));
  }
  if (odd.finePrecision) warnings.push(worded(WORDS.finePrecision, { decimals: SENSIBLE_DECIMALS }));
  if (odd.longPositions > 0) warnings.push(worded(WORDS.longPositions, { count: odd.longPositions }));
  if (odd.oddBboxes > 0) warnings.push(worded(WORDS.oddBboxes, { count: odd.oddBboxes }));
  if (odd.nullGeometries > 0) warnings.push(worded(WORDS.nullGeometries, { count: odd.nullGeometries }));
  return warnings;
}

/** A feature of the checked file, as GeoJSON again (for storing and for the views file). */
export function toGeoJsonFeature(feature: CheckedFeature): Feature {
  const { geometries } = feature;
  const geometry: Geometry | null =
    geometries.length === 0 ? null : geometries.length === 1 ? geometries[0] : { type: 'GeometryCollection', geometries };
  return { type: 'Feature', ...(feature.id !== undefined ? { id: feature.id } : {}), geometry: geometry as Geometry, properties: feature.properties };
}
