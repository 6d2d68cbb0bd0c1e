/**
 * The point marks (dot, square, diamond, triangle, circle) as one icon atlas for deck.gl, drawn
 * once on a canvas from the same outlines the legends draw, in every colour a mark can take.
 */
import { SCHEMATIC_RING, SHAPE_OUTLINES, LAYER_SYMBOLS, ringDash, type PointRing, type PointShape } from '../style/symbology';
import { HIGH_CONTRAST, LIGHT, toCss, type Rgb } from '../style/palette';

/** deck.gl's pre-packed icon mapping (not exported by @deck.gl/layers). */
type IconMapping = Record<string, { x: number; y: number; width: number; height: number; mask: boolean }>;

const CELL = 64;
/** The outline's unit radius in cell pixels; the rest of the cell is room for the white ring. */
const SHAPE_RADIUS = 25;
const RING = 5;
/** In a ringed icon (a schematic position) the shape is drawn smaller, so its dashed ring fits the cell. */
const RINGED_SHAPE_RADIUS = Math.floor((CELL / 2 - 2) / (SCHEMATIC_RING.radius + SCHEMATIC_RING.width / 2));

export interface PointIconAtlas {
  atlas: HTMLCanvasElement;
  mapping: IconMapping;
}

export const iconKey = (shape: PointShape, color: Rgb, ringed = false) => `${shape}-${color.join(',')}${ringed ? '-ringed' : ''}`;

/** Icon size (cell height) in pixels for a mark of this radius: the shape fills SHAPE_RADIUS (or RINGED_SHAPE_RADIUS) of a cell. */
export const iconSizeFor = (radius: number, ringed = false) => (radius * CELL) / (ringed ? RINGED_SHAPE_RADIUS : SHAPE_RADIUS);

/**
 * The dashed ring of a schematic position round a mark of `radius` pixels, over a faint white ring
 * so it reads on any ground. The icon atlas and the picture's legend both draw it with this.
 */
export function drawRing(context: CanvasRenderingContext2D, ring: PointRing, cx: number, cy: number, radius: number, color: string) {
  const ringRadius = ring.radius * radius;
  context.beginPath();
  context.arc(cx, cy, ringRadius, 0, 2 * Math.PI);
  context.setLineDash([]);
  context.lineWidth = ring.width * radius * 1.8;
  context.strokeStyle = 'rgba(255, 255, 255, 0.7)';
  context.stroke();
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

let cached: PointIconAtlas | null = null;

/** Every shape in every layer colour and the palettes' town colours; made on first use (needs a DOM). */
export function pointIconAtlas(): PointIconAtlas {
  if (cached) return cached;
  const colors: Rgb[] = [...Object.values(LAYER_SYMBOLS).map((symbol) => symbol.color), LIGHT.cityDot, HIGH_CONTRAST.cityDot];
  const shapes = Object.keys(SHAPE_OUTLINES) as PointShape[];
  const columns = 8;
  const count = colors.length * shapes.length * 2;
  const canvas = document.createElement('canvas');
  canvas.width = columns * CELL;
  canvas.height = Math.ceil(count / columns) * CELL;
  const context = canvas.getContext('2d')!;
  const mapping: IconMapping = {};
  let index = 0;
  for (const color of colors) {
    for (const shape of shapes) {
      for (const ringed of [false, true]) {
        const x = (index % columns) * CELL;
        const y = Math.floor(index / columns) * CELL;
        const radius = ringed ? RINGED_SHAPE_RADIUS : SHAPE_RADIUS;
        if (ringed) drawRing(context, SCHEMATIC_RING, x + CELL / 2, y + CELL / 2, radius, toCss(color));
        context.beginPath();
        traceShape(context, shape, x + CELL / 2, y + CELL / 2, radius);
        context.lineJoin = 'round';
        context.lineWidth = (RING * radius) / SHAPE_RADIUS;
        context.strokeStyle = '#ffffff';
        context.stroke();
        context.fillStyle = toCss(color);
        context.fill();
        mapping[iconKey(shape, color, ringed)] = { x, y, width: CELL, height: CELL, mask: false };
        index++;
      }
    }
  }
  cached = { atlas: canvas, mapping };
  return cached;
}
