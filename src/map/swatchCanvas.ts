/**
 * A legend swatch drawn on a 2D canvas (the exported picture). The DOM legend (src/ui/Swatch.tsx)
 * and the map's icon atlas (pointIcons.ts) draw the same strokes and outlines.
 */
import { AREA_FILL_ALPHA, type Swatch } from '../model/scene/scene.ts';
import { LINE_WHITE } from '../model/scene/symbology.ts';
import { toCss } from '../style/palette.ts';
import { drawRing, traceShape } from './pointIcons.ts';

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
    const outline = Math.max(1, 1.5 * scale);
    context.lineWidth = outline;
    context.strokeStyle = toCss(swatch.color);
    context.setLineDash(swatch.dash ? swatch.dash.map((part) => part * outline) : []);
    context.strokeRect(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset);
    context.setLineDash([]);
    return;
  }
  if (swatch.kind === 'point') {
    const radius = swatch.radius * scale;
    if (swatch.halo) {
      context.beginPath();
      context.arc(box.x + box.width / 2, middle, Math.min(radius * 2, box.height / 2), 0, 2 * Math.PI);
      context.fillStyle = toCss(swatch.halo, 0.9);
      context.fill();
    }
    if (swatch.ring) drawRing(context, swatch.ring, box.x + box.width / 2, middle, radius, toCss(swatch.color));
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
  // Round caps reach half a width past the ends; a wide band or halo keeps at least half the swatch's length.
  const inset = Math.min((swatch.strokes[0]?.width ?? 0) * scale * 0.5, box.width * 0.25);
  for (const stroke of swatch.strokes) {
    const width = stroke.width * scale;
    context.beginPath();
    context.moveTo(box.x + inset, middle);
    context.lineTo(box.x + box.width - inset, middle);
    context.lineWidth = width;
    context.strokeStyle = stroke.color ? toCss(stroke.color, stroke.alpha ?? 1) : toCss(LINE_WHITE, 0.85);
    context.setLineDash(stroke.dash ? stroke.dash.map((part) => part * width) : []);
    context.lineCap = stroke.dash ? 'butt' : 'round';
    context.stroke();
  }
  context.setLineDash([]);
}
