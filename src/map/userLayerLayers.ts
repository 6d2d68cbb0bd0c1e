/**
 * deck.gl layers for the user's own data, drawn from the typed arrays the import worker made, with
 * no work per feature on the page: areas as triangles under their outlines, lines, then points.
 * A layer of few vertices draws its lines as paths of the atlas's width; a large one as 1-pixel
 * lines without joints, which software WebGL draws a million of in a blink. Nothing here is
 * pickable: hits are found on the CPU (model/userData/userPicking.ts). Drawn under the atlas's layers.
 */
import { PathLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { UserLayer } from '../model/userData/userLayers.ts';
import type { Palette } from '../style/palette.ts';
import { USER_LINE_WIDTH, USER_POINT_RADIUS } from '../model/scene/scene.ts';
import { FlatGeometryLayer } from './flatGeometryLayer.ts';
import type { UserMarkSizes } from '../model/userData/userPicking.ts';
import { simplifiedLevel, type GeometryKind } from '../model/userData/userFeatures.ts';
import { layerProperties, MAX_LABELLED_POINTS, styledLayer } from '../model/userData/userLayerStyle.ts';
import { LABEL_FONT } from './labelLayers.ts';

export const USER_LAYER_PREFIX = 'user-layer-';
/** Above this many line vertices a layer's lines are drawn 1 pixel wide, without joints. */
export const THIN_LINE_VERTICES = 50_000;
/**
 * Above this many points a layer's dots are small squares: where all of them are in view they read
 * as a density either way, and a software GPU fills a fifth of the pixels.
 */
export const SMALL_DOT_POINTS = 50_000;
const SMALL_DOT_SIZE = 3;

/**
 * `zoom` picks the simplified drawing of large layers' lines and of areas' outlines (every vertex when it is left out,
 * as for a picture at full size).
 */
export function buildUserLayerLayers(layers: readonly UserLayer[], palette: Palette, zoom = Infinity): Layer[] {
  const scale = palette.lineScale;
  const level = simplifiedLevel(zoom);
  return layers
    .filter((layer) => layer.visible)
    .flatMap((layer) => {
      const { points, lines, polygons } = layer.features;
      const id = `${USER_LAYER_PREFIX}${layer.id}`;
      const color = layer.color;
      // Coloured by a property: a colour per vertex, the same for the outline as for the area's fill but for its alpha.
      const colors = layer.style?.colorBy ? styledLayer(layer.features, layer.style.colorBy)?.colors : undefined;
      const drawn: Layer[] = [];
      if (polygons.triangles.length > 0) {
        drawn.push(
          new FlatGeometryLayer({ id: `${id}-areas`, positions: polygons.positions, indices: polygons.triangles, topology: 'triangle-list', color: [...color, 70], colors: colors?.areas }),
          new FlatGeometryLayer({
            id: `${id}-outlines`,
            positions: polygons.positions,
            indices: level < 0 ? polygons.outlines : polygons.simplifiedOutlines[level],
            topology: 'line-list',
            color: [...color, 230],
            colors: colors?.outlines,
          }),
        );
      }
      if (lines.segments.length > 0 && lines.positions.length / 2 > THIN_LINE_VERTICES) {
        const segments = level < 0 ? lines.segments : lines.simplified[level];
        drawn.push(new FlatGeometryLayer({ id: `${id}-lines`, positions: lines.positions, indices: segments, topology: 'line-list', color: [...color, 230], colors: colors?.lines }));
      } else if (lines.segments.length > 0) {
        const attributes: Record<string, { value: Float32Array | Uint8Array; size: number; normalized?: boolean }> = { getPath: { value: lines.positions, size: 2 } };
        if (colors) attributes.getColor = { value: colors.lines, size: 4, normalized: true };
        drawn.push(
          new PathLayer({
            id: `${id}-paths`,
            // deck.gl's binary paths: the worker's flat positions and where each path starts.
            data: { length: lines.featureIds.length, startIndices: lines.starts, attributes },
            _pathType: 'open',
            widthUnits: 'pixels',
            getWidth: USER_LINE_WIDTH * scale,
            getColor: [...color, 230],
            updateTriggers: { getColor: color.join(','), getWidth: scale },
          }),
        );
      }
      if (points.featureIds.length > 0) {
        const small = points.featureIds.length > SMALL_DOT_POINTS;
        const size = (small ? SMALL_DOT_SIZE : 2 * USER_POINT_RADIUS) * Math.sqrt(scale);
        drawn.push(
          new FlatGeometryLayer({ id: `${id}-points`, positions: points.positions, topology: 'point-list', color: [...color, 255], colors: colors?.points, pointSize: size, roundPoints: !small }),
        );
        const labels = layer.style?.labelBy ? pointLabels(layer, layer.style.labelBy) : null;
        if (labels) {
          drawn.push(
            new TextLayer({
              id: `${id}-labels`,
              data: labels,
              getPosition: (label: PointLabel) => label.at,
              getText: (label: PointLabel) => label.text,
              getSize: 12 * Math.sqrt(scale),
              getColor: [30, 30, 30, 255],
              getPixelOffset: [0, -(size / 2 + 8)],
              fontFamily: LABEL_FONT,
              characterSet: 'auto',
              outlineWidth: 3,
              outlineColor: [255, 255, 255, 230],
              fontSettings: { sdf: true },
            }),
          );
        }
      }
      return drawn;
    });
}

/**
 * An invisible mark of each kind given, at a place in view, to draw before any file is read: a
 * software GPU prepares the drawing of each kind on its first draw, which would otherwise fall in
 * the frame that draws the file.
 */
export function userGeometryWarmUpDraws([lon, lat]: [number, number], kinds: readonly GeometryKind[]): Layer[] {
  const id = `${USER_LAYER_PREFIX}warm-up`;
  const positions = new Float32Array([lon, lat, lon + 0.01, lat, lon, lat + 0.01]);
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  const draws: Record<GeometryKind, () => Layer[]> = {
    points: () => [new FlatGeometryLayer({ id: `${id}-points`, positions, topology: 'point-list', color: clear, pointSize: 2 * USER_POINT_RADIUS })],
    lines: () => [new FlatGeometryLayer({ id: `${id}-lines`, positions, indices: new Uint32Array([0, 1]), topology: 'line-list', color: clear })],
    // Areas are triangles under outlines.
    areas: () => [
      new FlatGeometryLayer({ id: `${id}-areas`, positions, indices: new Uint32Array([0, 1, 2]), topology: 'triangle-list', color: clear }),
      new FlatGeometryLayer({ id: `${id}-outlines`, positions, indices: new Uint32Array([0, 1]), topology: 'line-list', color: clear }),
    ],
  };
  return kinds.flatMap((kind) => draws[kind]());
}

/** How the user's marks are drawn, for finding what the pointer is on (CSS pixels). */
export function userMarkSizes(palette: Palette): UserMarkSizes {
  return { pointRadius: USER_POINT_RADIUS * Math.sqrt(palette.lineScale), lineHalfWidth: (USER_LINE_WIDTH * palette.lineScale) / 2 };
}

/** A feature's properties, read from the layer's JSON text once and remembered. */
export function userFeatureProperties(layer: UserLayer, index: number): Record<string, unknown> {
  return layerProperties(layer.features)[index] ?? {};
}


interface PointLabel {
  at: [number, number];
  text: string;
}

/** The labels of a layer's points by one property, or null when it has too many points to label. */
const labelCache = new WeakMap<UserLayer['features'], Map<string, PointLabel[]>>();
function pointLabels(layer: UserLayer, labelBy: string): PointLabel[] | null {
  const { positions, featureIds } = layer.features.points;
  if (featureIds.length > MAX_LABELLED_POINTS) return null;
  let byProperty = labelCache.get(layer.features);
  if (!byProperty) labelCache.set(layer.features, (byProperty = new Map()));
  let labels = byProperty.get(labelBy);
  if (!labels) {
    const properties = layerProperties(layer.features);
    labels = [...featureIds].flatMap((feature, i): PointLabel[] => {
      const value = properties[feature]?.[labelBy];
      return value === null || value === undefined || value === '' ? [] : [{ at: [positions[2 * i], positions[2 * i + 1]], text: String(value).slice(0, 60) }];
    });
    byProperty.set(labelBy, labels);
  }
  return labels;
}

