/**
 * Paints what a picture has besides the map, on its 2D canvas: the title, the legend, the scale
 * bar and the sources, each on a panel where exportLayout.ts placed it, in the scene's palette (so
 * high contrast and the projector reach the PNG too).
 */
import { LABEL_FONT } from './labelLayers.ts';
import { drawSwatch } from './swatchCanvas.ts';
import type { MeasureText, PictureLayout, PlacedText, TextStyle } from '../model/exports/exportLayout.ts';
import { toCss, type Palette } from '../style/palette.ts';

/** A box on the picture, in output pixels. */
type PictureBox = { x: number; y: number; width: number; height: number };

/** The picture's colours. */
export interface Inks {
  ink: string;
  muted: string;
  panel: string;
  edge: string;
  locatorFrame: string;
}

export function inksOf(palette: Palette): Inks {
  return {
    ink: toCss(palette.pictureInk),
    muted: toCss(palette.pictureInkMuted),
    // Nearly opaque: the map shows faintly through, so a panel reads as laid on it.
    panel: toCss(palette.picturePanel, 0.95),
    edge: toCss(palette.picturePanelEdge, 0.18),
    locatorFrame: toCss(palette.locatorFrame),
  };
}

const fontOf = (style: TextStyle) => `${style.weight} ${style.size}px ${LABEL_FONT}`;

/** How wide a text is on this canvas: what the layout measures before it places anything. */
export function measureWith(context: CanvasRenderingContext2D): MeasureText {
  return (text, style) => {
    context.font = fontOf(style);
    return context.measureText(text).width;
  };
}

/** Sixty-four by sixty-four pixels spread over the picture: enough to tell blank from drawn. */
export function sampleOf(picture: HTMLCanvasElement): Uint8ClampedArray {
  const sample = document.createElement('canvas');
  sample.width = 64;
  sample.height = 64;
  const context = sample.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(picture, 0, 0, 64, 64);
  return context.getImageData(0, 0, 64, 64).data;
}

/** The title, legend, scale bar and sources, where the layout put them. */
export function drawFurniture(context: CanvasRenderingContext2D, layout: PictureLayout, inks: Inks) {
  const edge = Math.max(1, layout.unit);
  if (layout.title) {
    panel(context, layout.title.box, edge, inks);
    text(context, layout.title.text, inks.ink);
  }
  if (layout.legend) {
    panel(context, layout.legend.box, edge, inks);
    drawLegend(context, layout.legend, inks);
  }
  if (layout.scaleBar) {
    panel(context, layout.scaleBar.box, edge, inks);
    drawScaleBar(context, layout.scaleBar, inks);
  }
  if (layout.sources) {
    const { box, lines } = layout.sources;
    context.fillStyle = inks.panel;
    context.fillRect(box.x, box.y, box.width, box.height);
    context.fillStyle = inks.edge;
    context.fillRect(box.x, box.y, box.width, edge);
    for (const line of lines) text(context, line, inks.muted);
  }
}

/** The locator's frame: the picture's frame outlined on the region (clipped to the box), and the box's edge. */
export function drawLocatorFrame(context: CanvasRenderingContext2D, box: PictureBox, frame: { topLeft: { x: number; y: number }; bottomRight: { x: number; y: number } }, edge: number, inks: Inks) {
  const { topLeft, bottomRight } = frame;
  context.save();
  context.beginPath();
  context.rect(box.x, box.y, box.width, box.height);
  context.clip();
  context.lineWidth = 2.5 * edge;
  context.strokeStyle = inks.locatorFrame;
  // At least a few pixels across, so a frame much smaller than the region still shows.
  const width = Math.max(bottomRight.x - topLeft.x, 6 * edge);
  const height = Math.max(bottomRight.y - topLeft.y, 6 * edge);
  context.strokeRect(topLeft.x, topLeft.y, width, height);
  context.restore();
  context.lineWidth = edge;
  context.strokeStyle = inks.edge;
  context.strokeRect(box.x, box.y, box.width, box.height);
}

function panel(context: CanvasRenderingContext2D, box: PictureBox, edge: number, inks: Inks) {
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, 4 * edge);
  context.fillStyle = inks.panel;
  context.fill();
  context.lineWidth = edge;
  context.strokeStyle = inks.edge;
  context.stroke();
}

function text(context: CanvasRenderingContext2D, placed: PlacedText, color: string) {
  context.font = fontOf(placed.style);
  context.fillStyle = color;
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.fillText(placed.text, placed.x, placed.y);
}

function drawLegend(context: CanvasRenderingContext2D, legend: NonNullable<PictureLayout['legend']>, inks: Inks) {
  context.fillStyle = inks.edge;
  for (const rule of legend.rules) context.fillRect(rule.x, rule.y, rule.width, rule.height);
  for (const row of legend.rows) {
    drawSwatch(context, row.entry.swatch, row.swatch, row.swatchScale);
    text(context, row.label, inks.ink);
  }
}

function drawScaleBar(context: CanvasRenderingContext2D, scaleBar: NonNullable<PictureLayout['scaleBar']>, inks: Inks) {
  const { bar } = scaleBar;
  context.beginPath();
  context.moveTo(bar.x, bar.y - bar.tick);
  context.lineTo(bar.x, bar.y);
  context.lineTo(bar.x + bar.length, bar.y);
  context.lineTo(bar.x + bar.length, bar.y - bar.tick);
  context.lineWidth = bar.thickness;
  context.lineCap = 'square';
  context.lineJoin = 'miter';
  context.strokeStyle = inks.ink;
  context.stroke();
  text(context, scaleBar.label, inks.ink);
}
