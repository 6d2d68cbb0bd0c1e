/**
 * Exports the current view as a PNG at any size the browser can draw: a second, hidden MapLibre
 * map with the same style, camera and deck.gl layers (stacked by sceneLayers, as on screen) is
 * drawn at the output resolution, so lines and names are crisp, not enlarged; then the title,
 * legend, scale bar and sources (picturePainter.ts) and the locator (locatorMap.ts) are added on a
 * 2D canvas. This file runs those steps, within the browser's limits (canvasLimits.ts) and a time
 * limit, and brings every failure back in plain words with a size that would work.
 */
import * as maplibregl from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { distance } from '@turf/turf';
import { buildBasemapStyle } from './basemapStyle.ts';
import { areaFills, buildCorridorLayers } from './corridorLayers.ts';
import { buildUserLayerLayers } from './userLayerLayers.ts';
import { charactersOf, drawPlacedLabels, loadFontsFor, loadLabelFonts, placeMapLabels, type MapLabels } from './labelLayers.ts';
import { sceneLayers } from './layerOrder.ts';
import { antialiasAt, canvasLimits, clampedDrawing } from './canvasLimits.ts';
import { drawLocator, regionAround } from './locatorMap.ts';
import { drawFurniture, inksOf, measureWith, sampleOf } from './picturePainter.ts';
import {
  checkPictureSize,
  formatPictureSize,
  layoutPicture,
  looksBlank,
  occupancyOf,
  pictureFileName,
  planExportView,
  smallerSize,
  type CanvasLimits,
  type PictureLayout,
  type PictureOccupancy,
  type PictureSize,
} from '../model/exports/exportLayout.ts';
import type { Bounds } from '../model/geometry/coordinates.ts';
import { mercatorAspect, type Camera } from '../model/view/camera.ts';
import { describeFrame, legendSections, pictureScene, type Scene } from '../model/scene/scene.ts';
import { defineMessages, type Translate } from '../model/words/message.ts';

/** What the export says while it works and when it cannot finish, in the language shown (the scene's). */
const WORDS = defineMessages({
  noWebgl: { id: 'picture.noWebgl', defaultMessage: 'This browser cannot draw WebGL pictures, so the map cannot be exported.', description: 'Export refused' },
  timedOut: { id: 'picture.timedOut', defaultMessage: 'Drawing the picture took longer than {seconds} s.', description: 'Export failed; {seconds} is a whole number of seconds' },
  trySize: { id: 'picture.trySize', defaultMessage: '{problem} Try {size}.', description: 'Export failed; {problem} is why, a sentence; {size} a smaller size such as 2715×1527' },
  failed: {
    id: 'picture.failed',
    defaultMessage: 'The picture could not be drawn ({reason}). Try a smaller size.',
    description: 'Export failed; {reason} is the browser’s own words, in English',
  },
  drawing: { id: 'picture.progress.map', defaultMessage: 'Drawing the map at full size…', description: 'Export progress' },
  furniture: { id: 'picture.progress.furniture', defaultMessage: 'Adding the title, legend and sources…', description: 'Export progress' },
  locator: { id: 'picture.progress.locator', defaultMessage: 'Drawing the locator map…', description: 'Export progress: the small map of the region with the picture’s frame' },
  encoding: { id: 'picture.progress.encoding', defaultMessage: 'Encoding the PNG…', description: 'Export progress' },
  contextLost: {
    id: 'picture.contextLost',
    defaultMessage: 'The graphics context was lost while drawing (likely too little graphics memory for this size).',
    description: 'Export failed',
  },
  mapError: { id: 'picture.mapError', defaultMessage: 'The map could not be drawn: {reason}.', description: 'Export failed; {reason} is the map library’s own words, in English' },
  unknownError: { id: 'picture.unknownError', defaultMessage: 'unknown error', description: 'In “The map could not be drawn: unknown error.”' },
  noCanvas: { id: 'picture.noCanvas', defaultMessage: 'The browser would not give a canvas this large.', description: 'Export failed' },
  blank: { id: 'picture.blank', defaultMessage: 'The map came back blank (the graphics card gave no picture).', description: 'Export failed' },
  noPng: { id: 'picture.noPng', defaultMessage: 'The browser could not encode a PNG this large.', description: 'Export failed' },
  noContext: {
    id: 'picture.noContext',
    defaultMessage: 'The browser would not give a graphics context of {size} (too little graphics memory).',
    description: 'Export failed; {size} is a picture size such as 3840×2160',
  },
  clamped: {
    id: 'picture.clamped',
    defaultMessage: 'The map could only be drawn at {drawn}, not {size} (this browser draws at most {maxSide} pixels a side).',
    description: 'Export failed; {drawn} and {size} are picture sizes such as 3840×2160',
  },
});

/** Everything needed to draw the screen's view again, off screen. AtlasMap.exportSnapshot() makes one. */
export interface ExportSnapshot {
  /** What to draw: the same scene the live map draws. */
  scene: Scene;
  baseUrl: string;
  camera: Camera;
  /** CSS size of the map on screen: the picture shows at least this much of the world. */
  screen: PictureSize;
  /** null: the names had not loaded (the picture is drawn without them, as the screen was). */
  labels: MapLabels | null;
}

export interface ExportOptions {
  width: number;
  height: number;
  /** undefined: what the view is about (the scene's title for the frame); null or '': no title. */
  title?: string | null;
  legend?: boolean;
  /** A small map of the region with the picture's frame marked. */
  locator?: boolean;
  scaleBar?: boolean;
  sources?: boolean;
  timeoutMs?: number;
  onProgress?: (step: string) => void;
}

export type ExportResult = ExportedPicture | RefusedExport;

export interface ExportedPicture {
  ok: true;
  blob: Blob;
  width: number;
  height: number;
  fileName: string;
  /** Output pixels per CSS pixel of the off-screen map. */
  pixelRatio: number;
  /** West, south, east, north of what the picture shows (north up, no tilt: edge to edge). */
  bounds: [number, number, number, number];
  layout: PictureLayout;
  /** The boxes of the names drawn on the map, in output pixels (what the legend kept in sight). */
  labels: PictureOccupancy['labels'];
  /** The names drawn on the map, as drawn, in the order of `labels`. */
  names: string[];
  milliseconds: number;
}

export interface RefusedExport {
  ok: false;
  message: string;
  suggestedSize?: PictureSize;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** Software WebGL spends over half a second on each 4K frame: the frames drawn while loading are tiny. */
const LOADING_PIXEL_RATIO = 0.125;

class ExportFailure extends Error {
  constructor(
    message: string,
    readonly suggestedSize?: PictureSize,
  ) {
    super(message);
  }
}

export async function exportPicture(snapshot: ExportSnapshot, options: ExportOptions): Promise<ExportResult> {
  const started = performance.now();
  const t = snapshot.scene.translate;
  const size = { width: options.width, height: options.height };
  const limits = canvasLimits();
  if (!limits) return { ok: false, message: t(WORDS.noWebgl) };
  const check = checkPictureSize(size, limits, t);
  if (!check.ok) return check;

  const cleanups: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExportFailure(t(WORDS.timedOut, { seconds: String(Math.round(timeoutMs / 1000)) }), smallerSize(size))),
      timeoutMs,
    );
  });
  const work = drawPicture(snapshot, options, size, limits, cleanups);
  // After a timeout the abandoned drawing may still fail; that is no longer news.
  work.catch(() => undefined);
  try {
    const picture = await Promise.race([work, timedOut]);
    return { ok: true, ...picture, milliseconds: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof ExportFailure) {
      const message = error.suggestedSize ? t(WORDS.trySize, { problem: error.message, size: formatPictureSize(error.suggestedSize) }) : error.message;
      return { ok: false, message, suggestedSize: error.suggestedSize };
    }
    return {
      ok: false,
      message: t(WORDS.failed, { reason: error instanceof Error ? error.message : String(error) }),
      suggestedSize: smallerSize(size),
    };
  } finally {
    clearTimeout(timer);
    for (const cleanup of cleanups.reverse()) cleanup();
  }
}

async function drawPicture(
  snapshot: ExportSnapshot,
  options: ExportOptions,
  size: PictureSize,
  limits: CanvasLimits,
  cleanups: (() => void)[],
) {
  const { scene } = snapshot;
  const t = scene.translate;
  const progress = options.onProgress ?? (() => undefined);
  progress(t(WORDS.drawing));
  const plan = planExportView(snapshot.screen, size);
  const zoom = snapshot.camera.zoom + plan.zoomOffset;

  const container = hiddenContainer(plan.logicalWidth, plan.logicalHeight, cleanups);

  const map = createMap({
    container,
    style: buildBasemapStyle(scene.palette, snapshot.baseUrl, areaFills(pictureScene(scene))),
    center: snapshot.camera.center,
    zoom,
    bearing: snapshot.camera.bearing,
    pitch: snapshot.camera.pitch,
    // Tiles, names and shaders load at a few pixels a side; the full size is drawn once, at the end.
    pixelRatio: LOADING_PIXEL_RATIO,
    // MapLibre's default (4096²) would silently lower the pixel ratio of a 4K picture.
    maxCanvasSize: [limits.maxSide, limits.maxSide],
    minZoom: 0,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    localIdeographFontFamily: false,
    // Kept after drawing so the picture can be copied out; antialiased for print.
    canvasContextAttributes: {
      preserveDrawingBuffer: true,
      antialias: antialiasAt(size),
    },
  }, size, t);
  cleanups.push(() => map.remove());

  const failed = new Promise<never>((_, reject) => {
    const lost = t(WORDS.contextLost);
    map.getCanvas().addEventListener('webglcontextlost', () => reject(new ExportFailure(lost, smallerSize(size))));
    map.on('error', (event) =>
      reject(new ExportFailure(t(WORDS.mapError, { reason: event.error?.message ?? t(WORDS.unknownError) }))),
    );
  });
  failed.catch(() => undefined);
  const whileWorking = <T>(step: Promise<T>) => Promise.race([step, failed]);

  // Letters are measured and drawn once: every script the names use must be loaded first.
  if (snapshot.labels) await loadLabelFonts(snapshot.labels);
  // Placed for the picture's own frame, as the screen places them for its own; kept so the legend can leave them in sight.
  const placedLabels = snapshot.labels
    ? placeMapLabels(snapshot.labels, scene.palette, { center: snapshot.camera.center, zoom, width: plan.logicalWidth, height: plan.logicalHeight })
    : [];
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: sceneLayers({
      user: buildUserLayerLayers(scene.userLayers, scene.palette),
      // A passage lit up under the pointer is a passing highlight, not part of the view.
      corridor: buildCorridorLayers(pictureScene(scene)),
      names: snapshot.labels ? drawPlacedLabels(placedLabels, scene.palette, charactersOf(snapshot.labels)) : [],
    }),
  });
  map.addControl(overlay);

  const quiet = () => whileWorking(new Promise<void>((resolve) => map.once('idle', () => resolve())));
  await whileWorking(new Promise<void>((resolve) => map.once('load', () => resolve())));
  // deck.gl starts a frame after the style: two quiet frames, not the first, at the small size.
  for (let round = 0; round < 2; round++) {
    map.triggerRepaint();
    await quiet();
  }
  // Everything is loaded and every shader compiled: one frame at the picture's size.
  map.setPixelRatio(plan.pixelRatio);
  assertFullResolution(map.getCanvas(), size, limits, t);
  await quiet();

  progress(t(WORDS.furniture));
  const picture = document.createElement('canvas');
  picture.width = size.width;
  picture.height = size.height;
  const context = picture.getContext('2d');
  if (!context) throw new ExportFailure(t(WORDS.noCanvas), smallerSize(size));
  context.drawImage(map.getCanvas(), 0, 0, size.width, size.height);
  if (looksBlank(sampleOf(picture))) {
    throw new ExportFailure(t(WORDS.blank), smallerSize(size));
  }

  const shown = map.getBounds();
  const shownBounds: Bounds = [
    [shown.getWest(), shown.getSouth()],
    [shown.getEast(), shown.getNorth()],
  ];
  const frame = describeFrame(scene, shownBounds);
  const title = options.title === undefined ? frame.title : options.title || null;
  // The title and the key are drawn on a 2D canvas: the font for each of their letters, in any script.
  await loadFontsFor([title ?? '', ...legendSections(frame.legend).flat().map((row) => row.label)].join(' '));
  // What the map shows, in the picture's pixels, so the legend can sit where it hides the least of it.
  const occupied = occupancyOf(frame.features, placedLabels, (lonLat) => {
    const point = map.project(lonLat);
    return { x: point.x * plan.pixelRatio, y: point.y * plan.pixelRatio };
  }, plan.pixelRatio);
  const locatorRegion = options.locator ? regionAround(shownBounds) : null;
  const layout = layoutPicture({
    size,
    unit: plan.pixelRatio,
    title,
    legend: options.legend === false ? null : frame.legend,
    locator: locatorRegion ? { aspect: mercatorAspect(locatorRegion) } : null,
    occupied,
    metresPerOutputPixel: options.scaleBar === false ? null : metresPerOutputPixel(map, plan.pixelRatio),
    sources: options.sources !== false,
    measure: measureWith(context),
    translate: t,
  });
  const inks = inksOf(scene.palette);
  drawFurniture(context, layout, inks);
  if (layout.locator && locatorRegion) {
    progress(t(WORDS.locator));
    const locator = { box: layout.locator, region: locatorRegion, frame: shownBounds, palette: scene.palette, baseUrl: snapshot.baseUrl, pixelRatio: plan.pixelRatio, inks };
    await whileWorking(drawLocator(context, locator, (width, height) => hiddenContainer(width, height, cleanups), cleanups));
  }

  progress(t(WORDS.encoding));
  const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
  if (!blob) throw new ExportFailure(t(WORDS.noPng), smallerSize(size));
  const bounds = map.getBounds();
  return {
    blob,
    width: size.width,
    height: size.height,
    fileName: pictureFileName(size),
    pixelRatio: plan.pixelRatio,
    bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] as [number, number, number, number],
    layout,
    labels: occupied.labels,
    names: placedLabels.map((label) => label.name),
  };
}

/** A container for an off-screen map: laid out at its size, never seen or clicked. */
function hiddenContainer(width: number, height: number, cleanups: (() => void)[]): HTMLDivElement {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1',
  });
  document.body.append(container);
  cleanups.push(() => container.remove());
  return container;
}

/** MapLibre says "WebGL2 is required" when the context is refused; here that means too little graphics memory. */
function createMap(options: maplibregl.MapOptions, size: PictureSize, t: Translate): maplibregl.Map {
  try {
    return new maplibregl.Map(options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!/webgl/i.test(reason)) throw error;
    throw new ExportFailure(t(WORDS.noContext, { size: formatPictureSize(size) }), smallerSize(size));
  }
}

/** MapLibre quietly lowers the pixel ratio when a canvas exceeds its limit; the GPU may too. Refuse both. */
function assertFullResolution(canvas: HTMLCanvasElement, size: PictureSize, limits: CanvasLimits, t: Translate) {
  const clamped = clampedDrawing(canvas, size);
  if (!clamped) return;
  throw new ExportFailure(t(WORDS.clamped, { drawn: formatPictureSize(clamped.drawn), size: formatPictureSize(size), maxSide: String(limits.maxSide) }), clamped.fitting);
}

/** Ground distance across the middle of the picture, so bearing and tilt are accounted for. */
function metresPerOutputPixel(map: maplibregl.Map, pixelRatio: number): number {
  const { clientWidth, clientHeight } = map.getContainer();
  const span = 50;
  const left = map.unproject([clientWidth / 2 - span, clientHeight / 2]);
  const right = map.unproject([clientWidth / 2 + span, clientHeight / 2]);
  const metres = distance([left.lng, left.lat], [right.lng, right.lat], { units: 'meters' });
  return metres / (2 * span * pixelRatio);
}
