/**
 * A user's checked features in the shape the map draws fast: points and lines as flat typed
 * arrays (deck.gl's binary GeoJSON layout, built in the worker and handed over without copying),
 * polygons as GeoJSON (deck.gl cuts them into triangles, holes included), names for hovering and
 * the properties as one JSON text, read only when someone asks about a feature.
 */
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { CheckedFeature, SimpleGeometry } from './geojsonCheck';

export interface BinaryAttribute<T> {
  value: T;
  size: number;
}

interface BinaryCommon {
  positions: BinaryAttribute<Float64Array>;
  /** Per vertex: the feature's index in the whole file (what picking reports). */
  globalFeatureIds: BinaryAttribute<Uint32Array>;
  /** Per vertex: the feature's index among this kind (deck.gl's property lookup). */
  featureIds: BinaryAttribute<Uint32Array>;
  numericProps: Record<string, never>;
  properties: never[];
}

/** The layout of loaders.gl's geojsonToBinary, which deck.gl's GeoJsonLayer draws without parsing. */
export interface BinaryFeatures {
  points: BinaryCommon & { type: 'Point' };
  lines: BinaryCommon & { type: 'LineString'; pathIndices: BinaryAttribute<Uint32Array> };
  polygons: BinaryCommon & {
    type: 'Polygon';
    polygonIndices: BinaryAttribute<Uint32Array>;
    primitivePolygonIndices: BinaryAttribute<Uint32Array>;
  };
}

export type UserPolygonFeature = Feature<Polygon | MultiPolygon, { index: number }>;

export interface UserFeatures {
  binary: BinaryFeatures;
  polygons: UserPolygonFeature[];
  names: string[];
  /** JSON array of each feature's properties, parsed on first use. */
  propertiesJson: string;
}

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'Title', 'label', 'name_en'];

/** What to call a feature: its name or title if it has one, else its id, else its number. */
export function featureName(feature: Pick<CheckedFeature, 'properties' | 'id'>, index: number): string {
  for (const key of NAME_KEYS) {
    const value = feature.properties[key];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim().slice(0, 120);
  }
  return feature.id !== undefined ? String(feature.id) : `Feature ${index + 1}`;
}

function common<T extends string>(type: T, vertexCount: number) {
  return {
    type,
    positions: { value: new Float64Array(vertexCount * 2), size: 2 },
    globalFeatureIds: { value: new Uint32Array(vertexCount), size: 1 },
    featureIds: { value: new Uint32Array(vertexCount), size: 1 },
    numericProps: {},
    properties: [] as never[],
  };
}

function linesOf(geometry: SimpleGeometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function pointsOf(geometry: SimpleGeometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

/** Two passes: count, then fill arrays of exactly the right size. */
export function toUserFeatures(features: readonly CheckedFeature[]): UserFeatures {
  let pointCount = 0;
  let lineVertexCount = 0;
  let lineCount = 0;
  for (const feature of features) {
    for (const geometry of feature.geometries) {
      pointCount += pointsOf(geometry).length;
      for (const line of linesOf(geometry)) {
        lineCount++;
        lineVertexCount += line.length;
      }
    }
  }
  const points = common('Point' as const, pointCount);
  const lines = { ...common('LineString' as const, lineVertexCount), pathIndices: { value: new Uint32Array(lineCount + 1), size: 1 } };
  const polygons: UserPolygonFeature[] = [];
  let pointAt = 0;
  let lineFeature = -1;
  let pointFeature = -1;
  let vertexAt = 0;
  let pathAt = 0;
  features.forEach((feature, index) => {
    let hasLine = false;
    let hasPoint = false;
    for (const geometry of feature.geometries) {
      if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
        polygons.push({ type: 'Feature', geometry, properties: { index } });
        continue;
      }
      for (const position of pointsOf(geometry)) {
        if (!hasPoint) pointFeature++;
        hasPoint = true;
        points.positions.value[pointAt * 2] = position[0];
        points.positions.value[pointAt * 2 + 1] = position[1];
        points.globalFeatureIds.value[pointAt] = index;
        points.featureIds.value[pointAt] = pointFeature;
        pointAt++;
      }
      for (const line of linesOf(geometry)) {
        if (!hasLine) lineFeature++;
        hasLine = true;
        lines.pathIndices.value[pathAt++] = vertexAt;
        for (const position of line) {
          lines.positions.value[vertexAt * 2] = position[0];
          lines.positions.value[vertexAt * 2 + 1] = position[1];
          lines.globalFeatureIds.value[vertexAt] = index;
          lines.featureIds.value[vertexAt] = lineFeature;
          vertexAt++;
        }
      }
    }
  });
  lines.pathIndices.value[pathAt] = vertexAt;
  const emptyPolygons = {
    ...common('Polygon' as const, 0),
    polygonIndices: { value: new Uint32Array([0]), size: 1 },
    primitivePolygonIndices: { value: new Uint32Array([0]), size: 1 },
  };
  return {
    binary: { points, lines, polygons: emptyPolygons },
    polygons,
    names: features.map(featureName),
    propertiesJson: JSON.stringify(features.map((feature) => feature.properties)),
  };
}

/** The typed arrays' buffers, to hand from the worker to the page without copying. */
export function transferablesOf(features: UserFeatures): ArrayBuffer[] {
  const { points, lines } = features.binary;
  return [points, lines].flatMap((part) => {
    const attributes = [part.positions, part.globalFeatureIds, part.featureIds, ...('pathIndices' in part ? [part.pathIndices] : [])];
    return attributes.map((attribute) => attribute.value.buffer as ArrayBuffer);
  });
}

export function featureCountOf(features: UserFeatures): number {
  return features.names.length;
}
