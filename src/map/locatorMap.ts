/**
 * The picture's locator: a small map of the region with the picture's frame outlined on it, drawn
 * by a MapLibre map of its own (the basemap only) in a hidden container, then copied into its box.
 */
import * as maplibregl from 'maplibre-gl';
import { buildBasemapStyle } from './basemapStyle.ts';
import { drawLocatorFrame, type Inks } from './picturePainter.ts';
import type { Bounds } from '../model/geometry/coordinates.ts';
import { INITIAL_BOUNDS } from '../model/view/camera.ts';
import type { Palette } from '../style/palette.ts';

/** The atlas's region, grown to hold the frame, so the locator always shows where the frame lies. */
export function regionAround([[west, south], [east, north]]: Bounds): Bounds {
  const [[rWest, rSouth], [rEast, rNorth]] = INITIAL_BOUNDS;
  return [
    [Math.min(west, rWest), Math.max(-80, Math.min(south, rSouth))],
    [Math.max(east, rEast), Math.min(80, Math.max(north, rNorth))],
  ];
}

export interface Locator {
  /** Where it goes on the picture, in output pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** The region it shows (regionAround the frame), and the picture's frame. */
  region: Bounds;
  frame: Bounds;
  palette: Palette;
  baseUrl: string;
  /** Output pixels per CSS pixel. */
  pixelRatio: number;
  inks: Inks;
}

/**
 * Draws the locator into `context`. `hidden` lays out a container of a size that no one sees;
 * whatever is made is handed to `cleanups` to be removed once the picture is done.
 */
export async function drawLocator(
  context: CanvasRenderingContext2D,
  { box, region, frame, palette, baseUrl, pixelRatio, inks }: Locator,
  hidden: (width: number, height: number) => HTMLElement,
  cleanups: (() => void)[],
): Promise<void> {
  const map = new maplibregl.Map({
    container: hidden(box.width / pixelRatio, box.height / pixelRatio),
    style: buildBasemapStyle(palette, baseUrl),
    bounds: region,
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    localIdeographFontFamily: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  cleanups.push(() => map.remove());
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  context.drawImage(map.getCanvas(), box.x, box.y, box.width, box.height);
  const corner = (lonLat: [number, number]) => {
    const point = map.project(lonLat);
    return { x: box.x + point.x * pixelRatio, y: box.y + point.y * pixelRatio };
  };
  const outline = { topLeft: corner([frame[0][0], frame[1][1]]), bottomRight: corner([frame[1][0], frame[0][1]]) };
  drawLocatorFrame(context, box, outline, Math.max(1, pixelRatio), inks);
}
