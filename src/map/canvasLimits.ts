/**
 * How large a picture this browser can draw: WebGL's largest drawing buffer and the 2D canvas's
 * largest area, asked once, and whether a drawing really came out at the size asked for (a GPU,
 * or MapLibre, may quietly draw smaller). Beside webgl.ts, which tells whether it can draw at all.
 */
import type { CanvasLimits, PictureSize } from '../model/exports/exportLayout.ts';

/** Chromium's 2D canvas refuses more than 16384² pixels (measured: 16384² draws, 20000² does not). */
const CANVAS_2D_MAX_AREA = 16384 * 16384;
/**
 * Multisampled (antialiased) drawing buffers cost several times the memory: SwiftShader gives one
 * of 8192×4608 but no context at all at 8192², and a refused context can spoil later ones in the
 * page. Larger pictures are drawn without multisampling; at that pixel ratio it hardly shows.
 */
const ANTIALIAS_MAX_AREA = 8192 * 4608;

let cachedLimits: CanvasLimits | null | undefined;

/** What this browser's WebGL can draw into, asked once from a throwaway context; null: no WebGL 2. */
export function canvasLimits(): CanvasLimits | null {
  if (cachedLimits !== undefined) return cachedLimits;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (cachedLimits = null);
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const maxSide = Math.min(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    viewport[0],
    viewport[1],
  );
  // Give the context back at once: browsers allow only a few live ones.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return (cachedLimits = { maxSide, maxArea: Math.min(maxSide * maxSide, CANVAS_2D_MAX_AREA) });
}

/** Whether a picture of this size is drawn antialiased, which is sharper for print but costs several times the memory. */
export function antialiasAt(size: PictureSize): boolean {
  return size.width * size.height <= ANTIALIAS_MAX_AREA;
}

/**
 * What a WebGL canvas really drew, when that is smaller than `size` (MapLibre lowers the pixel
 * ratio of a canvas past its limit, and the GPU may too), with the largest size of the same shape
 * that it did draw; null: it drew the full size.
 */
export function clampedDrawing(canvas: HTMLCanvasElement, size: PictureSize): { drawn: PictureSize; fitting: PictureSize } | null {
  const gl = canvas.getContext('webgl2');
  const drawn = { width: gl?.drawingBufferWidth ?? canvas.width, height: gl?.drawingBufferHeight ?? canvas.height };
  // A pixel of rounding between CSS size and pixel ratio is not a clamp.
  if (drawn.width >= size.width - 1 && drawn.height >= size.height - 1) return null;
  const shrink = Math.min(drawn.width / size.width, drawn.height / size.height);
  return { drawn, fitting: { width: Math.floor(size.width * shrink), height: Math.floor(size.height * shrink) } };
}
