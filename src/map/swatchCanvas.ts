/**
 * A legend swatch drawn on a 2D canvas (the exported picture). The DOM legend (src/ui/Swatch.tsx)
 * and the map's icon atlas (pointIcons.ts) draw the same strokes and outlines.
 */
import { AREA_FILL_ALPHA, type Swatch } from '../model/scene';
import { LINE_WHITE } from '../style/symbology';
import { toCss } from '../style/palette';
import { traceShape } from './pointIcons';

/** How thick a mark's white ring is, as a share of its radius (as in the icon atlas). */
export const RING_SHARE = 0.2;

export function drawSwatch(
  context: CanvasRenderingContext2D,
  swatch: Swatch,
  box: { x: number; y: number; width: number; height: number },
  scale: number,
): void {
  const middle = box.y + box.height / 2;
  if (swatch.kind === 'area') {
    const inset = box.height * 0.18;
    context.fillStyle = toCss(swatch.color, AREA_FILL_ALPHA / 255);
    context.fillRect(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset);
    context.lineWidth = Math.max(1, scale);
    context.strokeStyle = toCss(swatch.color);
    context.strokeRect(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset);
    return;
  }
  if (swatch.kind === 'point') {
    const radius = swatch.radius * scale;
    context.beginPath();
    traceShape(context, swatch.shape, box.x + box.width / 2, middle, radius);
    context.lineJoin = 'round';
    context.lineWidth = radius * RING_SHARE;
    context.strokeStyle = '#ffffff';
    context.stroke();
    context.fillStyle = toCss(swatch.color);
    context.fill();
    return;
  }
  const inset = (swatch.strokes[0]?.width ?? 0) * scale * 0.5;
  for (const stroke of swatch.strokes) {
    const width = stroke.width * scale;
    context.beginPath();
    context.moveTo(box.x + inset, middle);
    context.lineTo(box.x + box.width - inset, middle);
    context.lineWidth = width;
    context.strokeStyle = stroke.color ? toCss(stroke.color) : toCss(LINE_WHITE, 0.85);
    context.setLineDash(stroke.dash ? stroke.dash.map((part) => part * width) : []);
    context.lineCap = stroke.dash ? 'butt' : 'round';
    context.stroke();
  }
  context.setLineDash([]);
}
