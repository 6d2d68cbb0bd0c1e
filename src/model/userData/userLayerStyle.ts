/**
 * A layer of one's own coloured by one of its properties, as an analyst styles data in a GIS:
 * words (a category) each get a colour of their own, the commonest first, the rest "other";
 * numbers are cut into classes of equal counts (quantiles) along a light-to-dark ramp. Points may
 * also be labelled by a property. Pure: the map turns the classes into per-vertex colours.
 */
import type { Rgb } from '../../style/palette.ts';
import type { UserFeatures } from './userFeatures.ts';

export interface UserLayerStyle {
  /** The property whose value gives each feature its colour; none: the layer's one colour. */
  colorBy?: string;
  /** The property whose value names each point on the map. */
  labelBy?: string;
}

export interface StyleProperty {
  key: string;
  kind: 'number' | 'category';
}

/** A class of the colouring: a word, or a span of numbers, with its colour and how many features have it. */
export type ColorClass = { color: Rgb; count: number } & ({ value: string } | { from: number; to: number } | { other: true } | { missing: true });

export interface ColorScheme {
  classes: ColorClass[];
  /** Per feature (its index in the file): its class's index in `classes`. */
  classOf: Uint8Array;
}

/** Okabe and Ito's colours, told apart by readers with any common colour blindness. */
const CATEGORY_COLORS: readonly Rgb[] = [
  [230, 159, 0],
  [86, 180, 233],
  [0, 158, 115],
  [240, 228, 66],
  [0, 114, 178],
  [213, 94, 0],
  [204, 121, 167],
];
/** Light to dark (viridis, reversed): the larger the number, the darker. */
const NUMBER_RAMP: readonly Rgb[] = [
  [253, 231, 37],
  [94, 201, 98],
  [33, 145, 140],
  [59, 82, 139],
  [68, 1, 84],
];
const OTHER_COLOR: Rgb = [120, 120, 120];
const MISSING_COLOR: Rgb = [200, 200, 200];
/** More properties than this are not offered: a file of hundreds of columns is not styled by the hundredth. */
const MAX_OFFERED = 40;

/** More points than this are not labelled: their names would cover one another and the map. */
export const MAX_LABELLED_POINTS = 2_000;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const hasValue = (value: unknown) => value !== null && value !== undefined && value !== '';

/** The properties a layer can be coloured or labelled by: those with a plain value somewhere, numbers if every value is one. */
export function styleableProperties(properties: readonly Record<string, unknown>[]): StyleProperty[] {
  const kinds = new Map<string, 'number' | 'category'>();
  for (const feature of properties) {
    for (const [key, value] of Object.entries(feature)) {
      if (!hasValue(value) || (typeof value === 'object' && value !== null)) continue;
      const kind = isNumber(value) ? 'number' : 'category';
      kinds.set(key, kinds.get(key) === 'category' ? 'category' : kind);
    }
  }
  return [...kinds].slice(0, MAX_OFFERED).map(([key, kind]) => ({ key, kind }));
}

/** The colour classes of one property over a layer's features (in file order). */
export function colorScheme(values: readonly unknown[], kind: StyleProperty['kind']): ColorScheme {
  return kind === 'number' ? numberScheme(values) : categoryScheme(values);
}

function categoryScheme(values: readonly unknown[]): ColorScheme {
  const counts = new Map<string, number>();
  for (const value of values) if (hasValue(value)) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  // The commonest words get colours; with more words than colours, the last colour's place goes to "other".
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const named = ranked.length > CATEGORY_COLORS.length ? ranked.slice(0, CATEGORY_COLORS.length - 1) : ranked;
  const classes: ColorClass[] = named.map(([value, count], i) => ({ value, color: CATEGORY_COLORS[i], count }));
  const index = new Map(named.map(([value], i) => [value, i]));
  const otherCount = ranked.slice(named.length).reduce((sum, [, count]) => sum + count, 0);
  const other = otherCount > 0 ? classes.push({ other: true, color: OTHER_COLOR, count: otherCount }) - 1 : -1;
  const missingCount = values.filter((value) => !hasValue(value)).length;
  const missing = missingCount > 0 ? classes.push({ missing: true, color: MISSING_COLOR, count: missingCount }) - 1 : -1;
  const classOf = Uint8Array.from(values, (value) => (hasValue(value) ? (index.get(String(value)) ?? other) : missing));
  return { classes, classOf };
}

function numberScheme(values: readonly unknown[]): ColorScheme {
  const numbers = values.filter(isNumber).sort((a, b) => a - b);
  const distinct = [...new Set(numbers)];
  // Breaks at the quantiles: each class holds about as many features as the next.
  const classCount = Math.min(NUMBER_RAMP.length, distinct.length);
  const uppers = Array.from({ length: classCount }, (_, i) => numbers[Math.min(numbers.length - 1, Math.ceil(((i + 1) * numbers.length) / classCount) - 1)]);
  const bounds = [...new Set(uppers)];
  const ramp = (i: number) => NUMBER_RAMP[bounds.length === 1 ? NUMBER_RAMP.length - 1 : Math.round((i * (NUMBER_RAMP.length - 1)) / (bounds.length - 1))];
  const classes: ColorClass[] = bounds.map((to, i) => ({ from: i === 0 ? numbers[0] : (distinct.find((n) => n > bounds[i - 1]) ?? to), to, color: ramp(i), count: 0 }));
  const missingCount = values.filter((value) => !isNumber(value)).length;
  const missing = missingCount > 0 ? classes.push({ missing: true, color: MISSING_COLOR, count: missingCount }) - 1 : -1;
  const classOf = Uint8Array.from(values, (value) => {
    if (!isNumber(value)) return missing;
    // The last class's upper bound is the largest number: every number finds its class.
    const i = bounds.findIndex((upper) => value <= upper);
    classes[i].count += 1;
    return i;
  });
  return { classes, classOf };
}

/**
 * Each vertex's RGBA for drawing a layer in its scheme's colours: the points', the lines' and the
 * areas' vertices, each taking the colour of the feature it belongs to.
 */
export function vertexColors(features: UserFeatures, scheme: ColorScheme, alpha: { points: number; lines: number; areas: number }) {
  const paint = (vertexCount: number, featureOfVertex: (vertex: number) => number, a: number) => {
    const colors = new Uint8Array(vertexCount * 4);
    for (let v = 0; v < vertexCount; v++) {
      const [r, g, b] = scheme.classes[scheme.classOf[featureOfVertex(v)]]?.color ?? MISSING_COLOR;
      colors.set([r, g, b, a], v * 4);
    }
    return colors;
  };
  const { points, lines, polygons } = features;
  return {
    points: paint(points.featureIds.length, (v) => points.featureIds[v], alpha.points),
    lines: paint(lines.positions.length / 2, partLookup(lines.starts, lines.featureIds), alpha.lines),
    areas: paint(polygons.positions.length / 2, polygonLookup(polygons), alpha.areas),
  };
}

/** For vertices in order, the feature of the part (path) each lies in, given where the parts start. */
function partLookup(starts: Uint32Array, featureIds: Uint32Array): (vertex: number) => number {
  let part = 0;
  return (vertex) => {
    while (part < featureIds.length - 1 && vertex >= starts[part + 1]) part++;
    return featureIds[part];
  };
}

function polygonLookup({ ringStarts, polygonStarts, featureIds }: UserFeatures['polygons']): (vertex: number) => number {
  let polygon = 0;
  return (vertex) => {
    // A polygon's vertices run from its first ring's start to the start of the next polygon's first ring.
    while (polygon < featureIds.length - 1 && vertex >= ringStarts[polygonStarts[polygon + 1]]) polygon++;
    return featureIds[polygon];
  };
}

export function restyleUserLayer<T extends { id: string; style?: UserLayerStyle }>(layers: readonly T[], id: string, style: UserLayerStyle): T[] {
  return layers.map((layer) => (layer.id === id ? { ...layer, style: { ...layer.style, ...style } } : layer));
}

/** Each feature's properties, read from the layer's JSON text once and remembered. */
const propertiesCache = new WeakMap<UserFeatures, Record<string, unknown>[]>();
export function layerProperties(features: UserFeatures): Record<string, unknown>[] {
  let all = propertiesCache.get(features);
  if (!all) {
    all = JSON.parse(features.propertiesJson) as Record<string, unknown>[];
    propertiesCache.set(features, all);
  }
  return all;
}

export interface StyledLayer {
  scheme: ColorScheme;
  /** Per vertex RGBA: points, lines, areas' fill, and areas' outlines. */
  colors: ReturnType<typeof vertexColors> & { outlines: Uint8Array };
}

/** A layer coloured by one of its properties (null if it has no such property), worked out once per property. */
const styledCache = new WeakMap<UserFeatures, Map<string, StyledLayer>>();
export function styledLayer(features: UserFeatures, colorBy: string): StyledLayer | null {
  let byProperty = styledCache.get(features);
  if (!byProperty) styledCache.set(features, (byProperty = new Map()));
  let styled = byProperty.get(colorBy);
  if (!styled) {
    const properties = layerProperties(features);
    const kind = styleableProperties(properties).find((property) => property.key === colorBy)?.kind;
    if (!kind) return null;
    const scheme = colorScheme(properties.map((feature) => feature[colorBy]), kind);
    const colors = vertexColors(features, scheme, { points: 255, lines: 230, areas: 70 });
    // The outlines are the areas' vertices in the same colours, opaque.
    const outlines = colors.areas.slice();
    for (let alpha = 3; alpha < outlines.length; alpha += 4) outlines[alpha] = 230;
    styled = { scheme, colors: { ...colors, outlines } };
    byProperty.set(colorBy, styled);
  }
  return styled;
}
