/**
 * Every round or shaped mark the map draws as one mask atlas for deck.gl: the atlas's point marks
 * (dot, square, diamond, triangle, circle, each plain or ringed as a schematic position, from the
 * same outlines the legends draw), town dots and rings. A mask is tinted per mark, so each mark is
 * two passes: its white parts (the shape's outline, the ring's faint halo), then its coloured parts.
 * They are drawn by deck.gl's multi-icon layer, the one its TextLayer draws names with: every mark
 * and every name then share one WebGL program, linked once before the first map (a software GL
 * pays for each; an IconLayer and a ScatterplotLayer were two more).
 */
import { _MultiIconLayer as MultiIconLayer } from '@deck.gl/layers';
import type { Layer, LayerProps, Position } from '@deck.gl/core';
import { SCHEMATIC_RING, SHAPE_OUTLINES, ringDash, type PointRing, type PointShape } from '../model/scene/symbology.ts';

/** deck.gl's pre-packed icon mapping (not exported by @deck.gl/layers). */
type IconMapping = Record<string, { x: number; y: number; width: number; height: number; mask: boolean }>;

const CELL = 64;
/** The outline's unit radius in cell pixels; the rest of the cell is room for the white ring. */
const SHAPE_RADIUS = 25;
const RING = 5;
/** In a ringed icon (a schematic position) the shape is drawn smaller, so its dashed ring fits the cell. */
const RINGED_SHAPE_RADIUS = Math.floor((CELL / 2 - 2) / (SCHEMATIC_RING.radius + SCHEMATIC_RING.width / 2));
/** A disc's radius in its cell: room round it so its smoothed edge is not cut. */
const DISC_RADIUS = CELL / 2 - 2;

/** Icon size (cell height) in pixels for a mark of this radius: the shape fills SHAPE_RADIUS (or RINGED_SHAPE_RADIUS) of a cell. */
export const iconSizeFor = (radius: number, ringed = false) => (radius * CELL) / (ringed ? RINGED_SHAPE_RADIUS : SHAPE_RADIUS);

/** Icon size for a disc or ring of this outer radius in pixels. */
const discSizeFor = (radius: number) => (radius * CELL) / DISC_RADIUS;

type Part = 'white' | 'colour';

/**
 * The dashed ring of a schematic position round a mark of `radius` pixels, over a faint white ring
 * so it reads on any ground. The icon atlas and the picture's legend both draw it with this.
 */
export function drawRing(context: CanvasRenderingContext2D, ring: PointRing, cx: number, cy: number, radius: number, color: string, parts: readonly Part[] = ['white', 'colour']) {
  const ringRadius = ring.radius * radius;
  context.beginPath();
  context.arc(cx, cy, ringRadius, 0, 2 * Math.PI);
  context.setLineDash([]);
  if (parts.includes('white')) {
    context.lineWidth = ring.width * radius * 1.8;
    context.strokeStyle = 'rgba(255, 255, 255, 0.7)';
    context.stroke();
  }
  if (!parts.includes('colour')) return;
  context.setLineDash(ringDash(ring, ringRadius));
  context.lineWidth = ring.width * radius;
  context.lineCap = 'butt';
  context.strokeStyle = color;
  context.stroke();
  context.setLineDash([]);
}

/** Traces a shape's outline (unit box, y down) round a centre. */
export function traceShape(context: CanvasRenderingContext2D | Path2D, shape: PointShape, cx: number, cy: number, radius: number) {
  const outline = SHAPE_OUTLINES[shape];
  outline.forEach(([x, y], index) => {
    if (index === 0) context.moveTo(cx + x * radius, cy + y * radius);
    else context.lineTo(cx + x * radius, cy + y * radius);
  });
  context.closePath();
}

interface MarkAtlas {
  atlas: HTMLCanvasElement;
  mapping: IconMapping;
  /** The one-letter key of each icon (the multi-icon layer reads an icon's key letter by letter). */
  keys: Map<string, string>;
}

let cached: MarkAtlas | null = null;
/** Ring widths asked for beyond those drawn (a new one draws the atlas again, once). */
const ringWidths = new Set<string>();

const shapeKey = (shape: PointShape, ringed: boolean, part: Part) => `${shape}${ringed ? '-ringed' : ''}-${part}`;
const ringKey = (width: number) => `ring-${width.toFixed(3)}`;

/** Every mark's white and coloured parts, a disc and the rings asked for; made on first use (needs a DOM). */
function markAtlas(): MarkAtlas {
  if (cached) return cached;
  const shapes = Object.keys(SHAPE_OUTLINES) as PointShape[];
  const cells: [string, (context: CanvasRenderingContext2D, cx: number, cy: number) => void][] = [];
  for (const shape of shapes) {
    for (const ringed of [false, true]) {
      const radius = ringed ? RINGED_SHAPE_RADIUS : SHAPE_RADIUS;
      for (const part of ['white', 'colour'] as const) {
        cells.push([
          shapeKey(shape, ringed, part),
          (context, cx, cy) => {
            if (ringed) drawRing(context, SCHEMATIC_RING, cx, cy, radius, '#fff', [part]);
            context.beginPath();
            traceShape(context, shape, cx, cy, radius);
            // The white part is the shape's outline (with its inside, which the colour covers).
            if (part === 'white') {
              context.lineJoin = 'round';
              context.lineWidth = (RING * radius) / SHAPE_RADIUS;
              context.strokeStyle = '#fff';
              context.stroke();
            }
            context.fillStyle = '#fff';
            context.fill();
          },
        ]);
      }
    }
  }
  const disc = (inner: number) => (context: CanvasRenderingContext2D, cx: number, cy: number) => {
    context.beginPath();
    context.arc(cx, cy, DISC_RADIUS, 0, 2 * Math.PI);
    if (inner > 0) context.arc(cx, cy, inner, 0, 2 * Math.PI, true);
    context.fillStyle = '#fff';
    context.fill('evenodd');
  };
  cells.push(['disc', disc(0)]);
  for (const width of ringWidths) cells.push([`ring-${width}`, disc(DISC_RADIUS * (1 - Number(width)))]);

  const columns = 8;
  const canvas = document.createElement('canvas');
  canvas.width = columns * CELL;
  canvas.height = Math.ceil(cells.length / columns) * CELL;
  const context = canvas.getContext('2d')!;
  const mapping: IconMapping = {};
  const keys = new Map<string, string>();
  cells.forEach(([name, draw], index) => {
    const x = (index % columns) * CELL;
    const y = Math.floor(index / columns) * CELL;
    draw(context, x + CELL / 2, y + CELL / 2);
    // Letters from U+0100 on: one code unit each, none a surrogate.
    const key = String.fromCharCode(0x100 + index);
    mapping[key] = { x, y, width: CELL, height: CELL, mask: true };
    keys.set(name, key);
  });
  cached = { atlas: canvas, mapping, keys };
  return cached;
}

function keyOf(name: string): string {
  if (name.startsWith('ring-') && !markAtlas().keys.has(name)) {
    ringWidths.add(name.slice(5));
    cached = null;
  }
  return markAtlas().keys.get(name)!;
}

type Rgba = [number, number, number, number];

interface MarkLayerProps<T> {
  id: string;
  data: readonly T[];
  getPosition: (object: T) => Position;
  /** The icon's name in the atlas. */
  getIcon: (object: T) => string;
  /** The icon's height in CSS pixels. */
  getSize: number | ((object: T) => number);
  getColor: Rgba | ((object: T) => Rgba);
  parameters?: LayerProps['parameters'];
  updateTriggers?: Record<string, unknown>;
}

/** A layer of marks from the atlas, each tinted by getColor. */
function markLayer<T>({ id, data, getPosition, getIcon, getSize, getColor, parameters, updateTriggers }: MarkLayerProps<T>): Layer {
  const names = new Map<string, string>();
  const letter = (object: T) => {
    const name = getIcon(object);
    let key = names.get(name);
    if (key === undefined) names.set(name, (key = keyOf(name)));
    return key;
  };
  // Keys first: a ring not drawn yet draws the atlas again before the layer takes it.
  for (const object of data) letter(object);
  const { atlas, mapping } = markAtlas();
  return new MultiIconLayer<T>({
    id,
    data: data as T[],
    iconAtlas: atlas as unknown as string,
    iconMapping: mapping,
    getIcon: letter,
    // One icon per mark, centred on its position.
    getIconOffsets: () => [0, 0],
    // Sizes are the icon's height in pixels, as an IconLayer's are (the layer scales by size / fontSize).
    fontSize: CELL,
    sizeUnits: 'pixels',
    getSize,
    getPosition,
    getColor,
    ...(parameters ? { parameters } : {}),
    ...(updateTriggers ? { updateTriggers } : {}),
  } as ConstructorParameters<typeof MultiIconLayer<T>>[0]);
}

/** What a point mark is: its shape, whether it is ringed, its colour and radius in pixels. */
export interface PointMark {
  shape: PointShape;
  ringed: boolean;
  color: Rgba;
  radius: number;
}

/**
 * Point marks as two layers: the white parts of every mark, then the coloured parts. Marks overlap
 * rarely; where they do, the later one's white outline no longer cuts the earlier one's colour.
 */
export function pointMarkLayers<T>(id: string, data: readonly T[], markOf: (object: T) => PointMark, getPosition: (object: T) => Position, updateTriggers?: Record<string, unknown>): Layer[] {
  if (data.length === 0) return [];
  const size = (object: T) => {
    const mark = markOf(object);
    return iconSizeFor(mark.radius, mark.ringed);
  };
  return (['white', 'colour'] as const).map((part) =>
    markLayer<T>({
      id: `${id}-${part}`,
      data,
      getPosition,
      getIcon: (object) => {
        const mark = markOf(object);
        return shapeKey(mark.shape, mark.ringed, part);
      },
      getSize: size,
      getColor: part === 'white' ? [255, 255, 255, 255] : (object) => markOf(object).color,
      updateTriggers,
    }),
  );
}

/** Round marks: discs, or rings whose stroke is `ring` of their radius (0 < ring < 1). */
export function roundMarkLayer<T>({
  ring,
  getRadius,
  ...props
}: Omit<MarkLayerProps<T>, 'getIcon' | 'getSize'> & { getRadius: (object: T) => number; ring?: number }): Layer {
  const name = ring === undefined ? 'disc' : ringKey(ring);
  return markLayer<T>({ ...props, getIcon: () => name, getSize: (object) => discSizeFor(getRadius(object)) });
}
