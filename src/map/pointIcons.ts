/**
 * The point marks (dot, square, diamond, triangle, circle) as one icon atlas for deck.gl, drawn
 * once on a canvas from the same outlines the legends draw, in every colour a mark can take.
 */
import { SHAPE_OUTLINES, LAYER_SYMBOLS, type PointShape } from '../style/symbology';
import { HIGH_CONTRAST, LIGHT, toCss, type Rgb } from '../style/palette';

/** deck.gl's pre-packed icon mapping (not exported by @deck.gl/layers). */
type IconMapping = Record<string, { x: number; y: number; width: number; height: number; mask: boolean }>;

const CELL = 64;
/** The outline's unit radius in cell pixels; the rest of the cell is room for the white ring. */
const SHAPE_RADIUS = 25;
const RING = 5;

export interface PointIconAtlas {
  atlas: HTMLCanvasElement;
  mapping: IconMapping;
}

export const iconKey = (shape: PointShape, color: Rgb) => `${shape}-${color.join(',')}`;

/** Icon size (cell height) in pixels for a mark of this radius: the shape fills SHAPE_RADIUS of a cell. */
export const iconSizeFor = (radius: number) => (radius * CELL) / SHAPE_RADIUS;

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
  const count = colors.length * shapes.length;
  const canvas = document.createElement('canvas');
  canvas.width = columns * CELL;
  canvas.height = Math.ceil(count / columns) * CELL;
  const context = canvas.getContext('2d')!;
  const mapping: IconMapping = {};
  let index = 0;
  for (const color of colors) {
    for (const shape of shapes) {
      const x = (index % columns) * CELL;
      const y = Math.floor(index / columns) * CELL;
      context.beginPath();
      traceShape(context, shape, x + CELL / 2, y + CELL / 2, SHAPE_RADIUS);
      context.lineJoin = 'round';
      context.lineWidth = RING;
      context.strokeStyle = '#ffffff';
      context.stroke();
      context.fillStyle = toCss(color);
      context.fill();
      mapping[iconKey(shape, color)] = { x, y, width: CELL, height: CELL, mask: false };
      index++;
    }
  }
  cached = { atlas: canvas, mapping };
  return cached;
}
