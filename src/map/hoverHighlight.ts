/**
 * The ring round the feature under the pointer, drawn on a light 2D canvas laid over the map: a
 * hover changes a few hundred pixels of this canvas and never makes the WebGL map paint again.
 */
import type { Box } from '../model/scene/labelPlacement.ts';
import type { ScreenOutline } from '../model/scene/picking.ts';

/** Clear of the feature's own white casing, then a thin ring: it frames the feature without covering it. */
const GAP_PX = 1.5;
const RING_PX = 2.5;
const RING_COLOR = 'rgba(24, 32, 48, 0.78)';
const GLOW_PX = 3;
const GLOW_COLOR = 'rgba(255, 255, 255, 0.85)';
const AREA_TINT = 'rgba(24, 32, 48, 0.08)';

export class HoverHighlight {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private drawn = false;

  constructor(parent: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'hover-highlight';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    parent.appendChild(this.canvas);
    this.context = this.canvas.getContext('2d')!;
  }

  /** Whether a highlight is on screen (read by the browser tests). */
  get showing(): boolean {
    return this.drawn;
  }

  clear(): void {
    if (!this.drawn) return;
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.drawn = false;
  }

  /** Rings a feature's outline on screen, or the box of a name that stands for it. */
  show(target: { outline: ScreenOutline } | { box: Box }): void {
    this.fitToParent();
    this.clear();
    const context = this.context;
    context.save();
    context.scale(devicePixelRatio, devicePixelRatio);
    context.lineJoin = 'round';
    context.lineCap = 'round';
    if ('box' in target) ringBox(context, target.box);
    else if (target.outline.closed) ringArea(context, target.outline);
    else ringStrokes(context, target.outline);
    context.restore();
    this.drawn = true;
  }

  private fitToParent(): void {
    const width = Math.round(this.canvas.clientWidth * devicePixelRatio);
    const height = Math.round(this.canvas.clientHeight * devicePixelRatio);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.drawn = false;
    }
  }
}

function tracePaths(context: CanvasRenderingContext2D, { paths, size, closed }: ScreenOutline, extra: number): void {
  context.beginPath();
  for (const path of paths) {
    if (path.length === 1) {
      const [x, y] = path[0];
      context.moveTo(x + size + extra, y);
      context.arc(x, y, size + extra, 0, Math.PI * 2);
      continue;
    }
    path.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
    if (closed) context.closePath();
  }
}

/**
 * A line or a point: a white glow and a dark ring outside its mark, then the inside cut away, so the
 * feature's own colours and dashes stay as they are.
 */
function ringStrokes(context: CanvasRenderingContext2D, outline: ScreenOutline): void {
  const isPoint = outline.paths.every((path) => path.length === 1);
  // A point's circle is traced at its ring's radius; a line is stroked with a width round its centre.
  const layers: [number, string, GlobalCompositeOperation][] = [
    [GAP_PX + RING_PX + GLOW_PX, GLOW_COLOR, 'source-over'],
    [GAP_PX + RING_PX, RING_COLOR, 'source-over'],
    [GAP_PX, 'black', 'destination-out'],
  ];
  for (const [reach, color, operation] of layers) {
    context.globalCompositeOperation = operation;
    if (isPoint) {
      tracePaths(context, outline, reach);
      context.fillStyle = color;
      context.fill();
    } else {
      tracePaths(context, outline, 0);
      context.lineWidth = 2 * (outline.size + reach);
      context.strokeStyle = color;
      context.stroke();
    }
  }
  context.globalCompositeOperation = 'source-over';
}

function ringArea(context: CanvasRenderingContext2D, outline: ScreenOutline): void {
  tracePaths(context, outline, 0);
  context.fillStyle = AREA_TINT;
  context.fill('evenodd');
  context.lineWidth = RING_PX + GLOW_PX;
  context.strokeStyle = GLOW_COLOR;
  context.stroke();
  context.lineWidth = RING_PX;
  context.strokeStyle = RING_COLOR;
  context.stroke();
}

function ringBox(context: CanvasRenderingContext2D, { minX, minY, maxX, maxY }: Box): void {
  context.beginPath();
  context.roundRect(minX - GAP_PX, minY - GAP_PX, maxX - minX + 2 * GAP_PX, maxY - minY + 2 * GAP_PX, 4);
  context.lineWidth = RING_PX;
  context.strokeStyle = RING_COLOR;
  context.stroke();
}
