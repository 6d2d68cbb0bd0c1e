/**
 * The one place where the map is made: a MapLibre map with the embedded basemap, and deck.gl
 * drawing the atlas's layers into it (interleaved, through @deck.gl/maplibre's overlay).
 * React talks to it through a handful of methods; it reports hover and clicks back.
 */
import * as maplibregl from 'maplibre-gl';
import type { PaddingOptions } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { basemapPaint, buildBasemapStyle, basemapUrl, labelAnchorsUrl } from './basemapStyle';
import { buildCorridorLayers } from './corridorLayers';
import {
  charactersOf,
  drawPlacedLabels,
  labelZoomStep,
  labelsFromGeojson,
  mapLabelsFor,
  placeMapLabels,
  LABEL_FONT,
  type BasemapNames,
  type MapLabels,
} from './labelLayers';
import { readLabelAnchors, type LabelAnchorsFile } from '../model/labelAnchors';
import type { LabelView, PlacedLabel } from '../model/labelPlacement';
import { beneathBorders } from './layerOrder';
import { ResetViewControl } from './controls';
import { INITIAL_BOUNDS, MAX_ZOOM, MIN_ZOOM, type Bounds, type Camera, type MapFrame } from '../model/camera';
import type { DrawableFeature, HoverInfo } from '../model/drawable';
import type { Scene } from '../model/scene';
import type { ExportOptions, ExportResult, ExportSnapshot } from './exportPicture';
import { buildUserLayerLayers, userGeometryWarmUp, userMarkSizes } from './userLayerLayers';
import { pickUserFeature, type UserFeatureHit } from '../model/userPicking';
import { simplifiedLevel } from '../model/userFeatures';
import { buildMeasureLayers } from './measureLayers';
import type { LonLat, Measure } from '../model/measure';

// MapLibre 6 starts its worker from a URL; Vite must emit that file next to the app.
maplibregl.setWorkerUrl(maplibreWorkerUrl);



export interface AtlasMapOptions {
  container: HTMLElement;
  /** What to draw first; setScene() changes it. */
  scene: Scene;
  /** The URL the app is served under; basemap files are fetched relative to it. */
  baseUrl: string;
  /** Where to open; null: the whole region. */
  initialCamera: Camera | null;
  onHover: (hover: HoverInfo | null) => void;
  /** A click on one feature (its id), or on none (null). */
  onSelect: (id: string | null) => void;
  /** A click on several overlapping features: let the user choose. */
  onChoose: (choices: { x: number; y: number; ids: string[] }) => void;
  /** The camera after a move, and the bounds of what the map shows. */
  onCameraChange: (camera: Camera, frame: MapFrame) => void;
  onProblem: (message: string) => void;
  /** The browser took the graphics context away (true), or gave it back (false): the map must then be made anew. */
  onGraphicsLost?: (lost: boolean) => void;
  /** A click on a feature of the user's own layers (or on nothing of theirs: null). */
  onPickUser: (pick: { layerId: string; index: number; x: number; y: number } | null) => void;
  /** While measuring, a click adds a point instead of selecting. */
  onMeasureClick: (point: LonLat) => void;
}

/** A press that moves less than this (CSS pixels) is a click or a tap, not a drag. */
const CLICK_TOLERANCE_PX = 6;

/** A focused feature is framed no closer than this: a point should still show its surroundings. */
const FOCUS_MAX_ZOOM = 9;
const FOCUS_DURATION_MS = 900;

/** Text with the letters our labels need, so the browser loads every font subset before drawing. */
const FONT_SAMPLE = 'Azərbaycan Türkiye Gəncə Sumqayıt Şirvan Iğdır Constanța';

export class AtlasMap {
  readonly map: maplibregl.Map;
  private readonly overlay: MapLibreOverlay;
  private readonly options: AtlasMapOptions;
  /** The scene last drawn. */
  private scene: Scene;
  private corridorLayers: Layer[] = [];
  private labelLayers: Layer[] = [];
  private userLayerLayers: Layer[] = [];
  private readonly userLayerWarmUp = userGeometryWarmUp();
  /** The simplified drawing the user's lines were last built with (model/userFeatures.ts). */
  private userLayerLevel = Number.NaN;
  private measureLayers: Layer[] = [];
  private measuring = false;
  /** The basemap's names, once loaded. */
  private basemapNames: BasemapNames | null = null;
  /** Those with the names of the atlas's places that the scene draws. */
  private labels: MapLabels | null = null;
  private placed: PlacedLabel[] = [];
  private labelZoomStep = Number.NaN;
  private destroyed = false;
  /** The press that may become a click: where it went down, by which pointer. */
  private press: { pointerId: number; x: number; y: number } | null = null;
  private hoveredId: string | null = null;
  /** Resolves once the basemap style and the labels are loaded (or have failed and said so). */
  readonly ready: Promise<void>;

  constructor(options: AtlasMapOptions) {
    this.options = options;
    this.scene = options.scene;
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildBasemapStyle(options.scene.palette, options.baseUrl),
      ...(options.initialCamera ?? { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      // The default would fetch a glyph server's fonts for labels we do not use.
      localIdeographFontFamily: false,
    });
    this.map.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ResetViewControl(() => this.resetView()), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-left');

    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => this.handleHover(info),
      getCursor: ({ isHovering, isDragging }) =>
        isDragging ? 'grabbing' : this.measuring ? 'crosshair' : isHovering ? 'pointer' : 'grab',
    });
    this.map.addControl(this.overlay);

    this.listenForClicks();
    // Names are placed again at every half zoom step while zooming, and for the new view after any move.
    this.map.on('zoom', () => {
      this.refreshLabels();
      // Large layers of the user's own are drawn simplified to half a pixel for the zoom.
      if (this.scene.userLayers.length > 0 && simplifiedLevel(this.map.getZoom()) !== this.userLayerLevel) {
        this.userLayerLayers = this.buildUserLayers(this.scene);
        this.draw();
      }
    });
    this.map.on('moveend', () => {
      this.refreshLabels(true);
      options.onCameraChange(this.camera(), this.frame());
    });
    this.map.on('resize', () => this.refreshLabels(true));
    this.map.on('error', (event) => options.onProblem(`Map error: ${event.error?.message ?? 'unknown'}`));
    this.map.on('webglcontextlost', () => {
      // Removing the map releases its context on purpose: that is no problem to report.
      if (!this.destroyed) options.onGraphicsLost?.(true);
    });
    // The page builds a new map once the browser gives a context back (deck.gl cannot carry its layers over).
    this.map.on('webglcontextrestored', () => {
      if (!this.destroyed) options.onGraphicsLost?.(false);
    });
    // A style that fails to load still settles `ready` (the error is reported above), so an export
    // waiting on it fails in words instead of waiting for ever.
    const styleLoaded = new Promise<void>((resolve) => {
      this.map.once('load', () => resolve());
      this.map.once('error', () => resolve());
    });
    this.ready = Promise.all([styleLoaded, this.loadLabels()]).then(() => undefined);
    // The bench script reads this mark: time from navigation to the first complete picture.
    void this.ready.then(() => {
      this.map.once('idle', () => performance.mark('atlas-first-idle'));
      this.map.triggerRepaint();
    });
  }

  /** Draws a scene: the corridor layers, the place names that follow them, the palette. */
  setScene(scene: Scene): void {
    const previous = this.scene;
    this.scene = scene;
    if (scene.palette !== previous.palette) {
      for (const [layerId, property, value] of basemapPaint(scene.palette, this.options.baseUrl)) {
        // Property names and values come straight from a built style, so they are valid ones.
        if (this.map.getLayer(layerId)) this.map.setPaintProperty(layerId, property as 'fill-color', value as string);
      }
    }
    this.corridorLayers = beneathBorders(buildCorridorLayers(scene));
    this.userLayerLayers = this.buildUserLayers(scene);
    if (scene.userLayers.some((layer) => !previous.userLayers.some((old) => old.id === layer.id))) {
      // The bench reads this mark: the layer is on screen once the map has settled and the frame
      // after it has begun (the browser may finish the picture only after 'idle').
      this.map.once('idle', () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('user-layer-drawn'))));
      this.map.triggerRepaint();
    }
    // Place names follow the places drawn; names are placed again when those or the palette change.
    const namesChange = scene.palette !== previous.palette || pointsKey(scene) !== pointsKey(previous);
    if (namesChange) this.labels = this.basemapNames && mapLabelsFor(this.basemapNames, scene.drawn);
    this.refreshLabels(namesChange);
    this.draw();
  }

  setMeasure(measure: Measure): void {
    this.measuring = measure.on;
    this.measureLayers = buildMeasureLayers(measure.points);
    this.draw();
  }

  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Frames an area with exactly this padding (see model/framing.ts), never closer than a town's surroundings. */
  frameSubject(bounds: Bounds, padding: PaddingOptions): void {
    this.map.fitBounds(bounds, { padding, maxZoom: FOCUS_MAX_ZOOM, duration: FOCUS_DURATION_MS });
  }

  resetView(): void {
    this.map.fitBounds(INITIAL_BOUNDS, { padding: 24, bearing: 0, pitch: 0 });
  }

  /** What the map shows now. */
  frame(): MapFrame {
    const bounds = this.map.getBounds();
    const container = this.map.getContainer();
    return {
      bounds: [
        [bounds.getWest(), bounds.getSouth()],
        [bounds.getEast(), bounds.getNorth()],
      ],
      width: container.clientWidth,
      height: container.clientHeight,
    };
  }

  /** What an exported picture needs to draw a scene in this view again, off screen. */
  exportSnapshot(scene: Scene = this.scene): ExportSnapshot {
    const container = this.map.getContainer();
    return {
      scene,
      baseUrl: this.options.baseUrl,
      camera: this.camera(),
      screen: { width: container.clientWidth, height: container.clientHeight },
      labels: this.basemapNames && mapLabelsFor(this.basemapNames, scene.drawn),
    };
  }

  /** The names drawn in the current view and where (read by tests through window.corridorAtlas). */
  placedLabels(): readonly PlacedLabel[] {
    return this.placed;
  }

  /**
   * A scene in this view as a PNG at any size the browser can draw (see exportPicture.ts): by
   * default the scene last drawn; the export button passes the store's, in case a change is not drawn yet.
   */
  async exportPicture(options: ExportOptions, scene: Scene = this.scene): Promise<ExportResult> {
    // The picture code is loaded on first use: the first map does not need it.
    const [{ exportPicture }] = await Promise.all([import('./exportPicture'), this.ready]);
    return exportPicture(this.exportSnapshot(scene), options);
  }

  destroy(): void {
    this.destroyed = true;
    this.map.remove();
  }

  private async loadLabels(): Promise<void> {
    try {
      const fetchJson = async (url: string) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json();
      };
      const [points, anchors] = await Promise.all([
        fetchJson(basemapUrl(this.options.baseUrl, 'labels')),
        fetchJson(labelAnchorsUrl(this.options.baseUrl)),
      ]);
      if (this.destroyed) return;
      // deck.gl rasterises glyphs once: the shipped font must be loaded before the first label.
      await Promise.all(
        ['400', '600', 'italic 400'].map((style) => document.fonts.load(`${style} 16px ${LABEL_FONT}`, FONT_SAMPLE)),
      );
      this.basemapNames = { points: labelsFromGeojson(points), anchors: readLabelAnchors(anchors as LabelAnchorsFile) };
      this.labels = mapLabelsFor(this.basemapNames, this.scene.drawn);
      this.refreshLabels(true);
    } catch (error) {
      if (this.destroyed) return;
      this.options.onProblem(`Map labels could not be loaded (${String(error)}); the map is shown without them.`);
    }
  }

  /** Places the names for the view: at each half zoom step while zooming, always when `force`d. */
  private refreshLabels(force = false): void {
    if (!this.labels) return;
    const step = labelZoomStep(this.map.getZoom());
    if (!force && step === this.labelZoomStep) return;
    this.labelZoomStep = step;
    const container = this.map.getContainer();
    const view: LabelView = { ...this.camera(), width: container.clientWidth, height: container.clientHeight };
    this.placed = placeMapLabels(this.labels, this.scene.palette, view);
    this.labelLayers = drawPlacedLabels(this.placed, this.scene.palette, charactersOf(this.labels));
    this.draw();
  }

  private draw(): void {
    // Labels last, so that names stay readable above the routes.
    // The user's own data under the atlas's routes; the measuring line above everything.
    this.overlay.setProps({ layers: [this.userLayerWarmUp, ...this.userLayerLayers, ...this.corridorLayers, ...this.labelLayers, ...this.measureLayers] });
  }

  /**
   * A click (or a tap) is a press and a release in nearly the same place, read straight from the
   * pointer events: it does not hang on the map's own click detection, which drops a click when a
   * busy main thread leaves pointerdown and mousedown far apart.
   */
  private listenForClicks(): void {
    const target = this.map.getCanvasContainer();
    let tapped = false;
    target.addEventListener('pointerdown', (event) => {
      // A second finger (a pinch) or another button is no click.
      this.press = event.isPrimary && event.button === 0 ? { pointerId: event.pointerId, x: event.clientX, y: event.clientY } : null;
    });
    target.addEventListener('pointercancel', () => (this.press = null));
    target.addEventListener('pointerup', (event) => {
      const press = this.press;
      this.press = null;
      if (!press || press.pointerId !== event.pointerId) return;
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > CLICK_TOLERANCE_PX) return;
      const box = this.map.getCanvas().getBoundingClientRect();
      tapped = event.pointerType === 'touch';
      this.pickAt(event.clientX - box.left, event.clientY - box.top);
    });
    // A tap is answered already: the browser's click that follows would land on whatever the
    // answer put there (the panel's sheet on a phone), so it is not sent.
    target.addEventListener(
      'touchend',
      (event) => {
        if (tapped && event.cancelable) event.preventDefault();
        tapped = false;
      },
      { passive: false },
    );
  }

  private pickAt(x: number, y: number): void {
    if (this.measuring) {
      const { lng, lat } = this.map.unproject([x, y]);
      this.options.onMeasureClick([lng, lat]);
      return;
    }
    // Lines along the Aras overlap (rail, power, TRIPP): offer every feature under the pointer.
    const picked = this.overlay.pickMultipleObjects({ x, y, radius: 5, depth: 12 });
    const ids = [...new Set(picked.map((hit) => pickedFeature(hit)?.id).filter((id): id is string => !!id))];
    if (ids.length > 1) this.options.onChoose({ x, y, ids });
    else this.options.onSelect(ids[0] ?? null);
    // The user's own data answers a click only where none of the atlas's features is.
    const user = ids.length === 0 ? this.userFeatureAt(x, y) : null;
    this.options.onPickUser(user ? { ...user, x, y } : null);
  }

  private buildUserLayers(scene: Scene): Layer[] {
    const zoom = this.map.getZoom();
    this.userLayerLevel = simplifiedLevel(zoom);
    return beneathBorders(buildUserLayerLayers(scene.userLayers, scene.palette, zoom));
  }

  /** The feature of the user's own layers under a point of the map (CSS pixels), found on the CPU. */
  private userFeatureAt(x: number, y: number): UserFeatureHit | null {
    if (this.scene.userLayers.length === 0) return null;
    const projection = {
      project: ([lon, lat]: [number, number]): [number, number] => {
        const point = this.map.project([lon, lat]);
        return [point.x, point.y];
      },
      unproject: ([px, py]: [number, number]): [number, number] => {
        const { lng, lat } = this.map.unproject([px, py]);
        return [lng, lat];
      },
    };
    return pickUserFeature(this.scene.userLayers, x, y, projection, userMarkSizes(this.scene.palette));
  }

  /** Reports only a change of the feature under the pointer: moving along one line costs nothing. */
  private handleHover(info: PickingInfo): void {
    const feature = pickedFeature(info);
    const user = feature || info.x < 0 ? null : this.userFeatureAt(info.x, info.y);
    const id = feature?.id ?? (user ? `${user.layerId}:${user.index}` : null);
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    if (feature) this.options.onHover({ id: feature.id, name: feature.properties.name, x: info.x, y: info.y });
    else if (user) {
      const name = this.scene.userLayers.find((layer) => layer.id === user.layerId)?.features.names[user.index] ?? '';
      this.options.onHover({ id: id!, name, x: info.x, y: info.y });
    } else this.options.onHover(null);
  }
}

/** The point features a scene draws: places get names, the other symbols are kept clear of names. */
const pointsKey = (scene: Scene) =>
  scene.drawn
    .filter((feature) => feature.geometry.type === 'Point')
    .map((feature) => feature.id)
    .join();

function pickedFeature(info: PickingInfo): DrawableFeature | null {
  const object = info.object as DrawableFeature | undefined;
  return object && typeof object.id === 'string' ? object : null;
}
