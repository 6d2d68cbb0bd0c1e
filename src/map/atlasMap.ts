/**
 * The live map: MapLibre with the embedded basemap, and deck.gl drawing the scene's layers into it
 * (interleaved, through @deck.gl/maplibre's overlay). It owns the MapLibre map, which nothing
 * outside map/ touches: the app asks it for what it needs by name, and moves it only through
 * frame() (the camera port's, state/cameraPort.ts). Three rooms of its own do the rest: the place
 * names (labelController.ts), what the user points at (pointerInput.ts) and the warm-up for the
 * user's own data (userDataWarmUp.ts).
 */
import * as maplibregl from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { prepareMapLibre } from './mapLibreFiles.ts';
import { ATLAS_AREAS, attributionHtml, basemapPaint, buildBasemapStyle } from './basemapStyle.ts';
import { areaFills, buildCorridorLayers } from './corridorLayers.ts';
import { LabelController } from './labelController.ts';
import { PointerInput, type PointerAnswers } from './pointerInput.ts';
import { UserDataWarmUp } from './userDataWarmUp.ts';
import { sceneLayers } from './layerOrder.ts';
import { ResetViewControl } from './controls.ts';
import { mapLibreLocale, resetViewWords } from './controlWords.ts';
import { buildUserLayerLayers } from './userLayerLayers.ts';
import { buildMeasureLayers } from './measureLayers.ts';
import type { GazetteerLang } from '../model/names/gazetteer.ts';
import type { PlacedLabel } from '../model/scene/labelPlacement.ts';
import { framePadding, type ScreenRect } from '../model/view/framing.ts';
import { openingBounds, openingPadding, MAX_ZOOM, MIN_ZOOM, type Camera, type MapFrame, type MapSubject, type Transition } from '../model/view/camera.ts';
import type { Scene } from '../model/scene/scene.ts';
import { simplifiedLevel } from '../model/userData/userFeatures.ts';
import type { Bounds, LonLat } from '../model/geometry/coordinates.ts';
import type { Measure } from '../model/geometry/measure.ts';
import type { ExportOptions, ExportResult, ExportSnapshot } from './exportPicture.ts';
import type { FootnotesFor, SlideOptions, SlideResult } from './exportSlide.ts';
import { defineMessages, worded, type Translate, type Worded } from '../model/words/message.ts';

const MAP_PROBLEMS = defineMessages({
  error: { id: 'map.error', defaultMessage: 'Map error: {reason}', description: 'Notice; {reason} is the map library’s own words, in English' },
  labels: {
    id: 'map.labelsFailed',
    defaultMessage: 'Map labels could not be loaded ({reason}); the map is shown without them.',
    description: 'Notice; {reason} is the browser’s own words, in English',
  },
});

prepareMapLibre(maplibregl);

export interface AtlasMapOptions extends PointerAnswers {
  container: HTMLElement;
  /** What to draw first; setScene() changes it. */
  scene: Scene;
  /** The URL the app is served under; basemap files are fetched relative to it. */
  baseUrl: string;
  /** Where to open; null: the whole region. */
  initialCamera: Camera | null;
  /**
   * The camera after a move, and the bounds of what the map shows; after a move asked for by
   * frame(), also what it framed (an area, or null for an exact camera).
   */
  onCameraChange: (camera: Camera, frame: MapFrame, framed?: Bounds | null) => void;
  /** A problem in words: worded for the language shown, the map library's own part in English. */
  onProblem: (message: Worded) => void;
  /** The browser took the graphics context away (true), or gave it back (false): the map must then be made anew. */
  onGraphicsLost?: (lost: boolean) => void;
  /** What is drawn over the map now (a caption, controls, the key), in CSS pixels of the map: names keep out from under it. */
  covers?: () => readonly ScreenRect[];
}

/** A focused feature is framed no closer than this: a point should still show its surroundings. */
const FOCUS_MAX_ZOOM = 9;
const FOCUS_DURATION_MS = 900;
/** A flight to a camera (a saved view, a presentation step) is slower: the audience follows it across the region. */
const FLY_DURATION_MS = 2500;

/** A move asked for by frame(): its promise resolves when the move ends. */
interface Arrival {
  framed: Bounds | null;
  /** The framing asked for, as its inputs (the area, the padding, the map's size); null for an exact camera. */
  framing: string | null;
  arrived: (arrived: boolean) => void;
}

export class AtlasMap {
  private readonly map: maplibregl.Map;
  private readonly overlay: MapLibreOverlay;
  private readonly options: AtlasMapOptions;
  private readonly placeNames: LabelController;
  private readonly pointer: PointerInput;
  private readonly userDataWarmUp: UserDataWarmUp;
  /** The scene last given, and the scene the map draws (a frame later, see setScene). */
  private scene: Scene;
  private drawnScene: Scene;
  private sceneDrawScheduled = false;
  private corridorLayers: Layer[] = [];
  private labelLayers: Layer[] = [];
  private userLayerLayers: Layer[] = [];
  /** The simplified drawing the user's lines were last built with (model/userData/userFeatures.ts). */
  private userLayerLevel = Number.NaN;
  private measureLayers: Layer[] = [];
  private destroyed = false;
  /** Resolves once the basemap style and the names are loaded (or have failed and said so). */
  readonly ready: Promise<void>;
  /** The move frame() started and that has not ended yet. */
  private arrival: Arrival | null = null;
  /** The framing the map last arrived at, and the camera it arrived at: until the map moves, framing the same again moves nothing. */
  private landed: { framing: string; camera: string } | null = null;

  constructor(options: AtlasMapOptions) {
    this.options = options;
    this.scene = options.scene;
    this.drawnScene = options.scene;
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildBasemapStyle(options.scene.palette, options.baseUrl, areaFills(options.scene)),
      ...(options.initialCamera ?? { bounds: openingBounds(window.innerWidth), fitBoundsOptions: { padding: openingPadding(window.innerWidth, options.scene.drawn.length > 0) } }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      // The default would fetch a glyph server's fonts for labels we do not use.
      localIdeographFontFamily: false,
      locale: mapLibreLocale(options.scene.translate),
    });
    this.setControlWords(options.scene.translate);

    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      // Nothing is picked by deck.gl: hover and clicks are answered on the CPU (pointerInput.ts).
      getCursor: ({ isDragging }) => (isDragging ? 'grabbing' : this.pointer.cursor()),
    });
    this.map.addControl(this.overlay);

    const gone = () => this.destroyed;
    // Made in this order, their listeners hear the map's events in this order: what was under
    // the pointer is let go, names are placed, and only then is the move reported (below).
    this.pointer = new PointerInput(this.map, options, () => this.drawnScene);
    this.placeNames = new LabelController({
      map: this.map,
      baseUrl: options.baseUrl,
      camera: () => this.camera(),
      drawnScene: () => this.drawnScene,
      covers: () => this.options.covers?.() ?? [],
      gone,
      placed: (placed, layers) => {
        this.pointer.labelsPlaced(placed);
        this.labelLayers = layers;
        this.draw();
      },
      failed: (reason) => options.onProblem(worded(MAP_PROBLEMS.labels, { reason })),
    });
    this.userDataWarmUp = new UserDataWarmUp(this.map, () => this.draw(), gone);
    // Large layers of the user's own are drawn simplified to half a pixel for the zoom.
    this.map.on('zoom', () => {
      if (this.scene.userLayers.length > 0 && simplifiedLevel(this.map.getZoom()) !== this.userLayerLevel) {
        this.userLayerLayers = this.buildUserLayers(this.scene);
        this.draw();
      }
    });
    this.map.on('moveend', (event) => {
      // The end of a move frame() started carries it (MapLibre passes the move's event data to its
      // events): an interrupted move's end is told apart from the end of the move that interrupted it.
      const ended = (event as { arrival?: Arrival }).arrival;
      const arrival = ended && ended === this.arrival ? ended : null;
      if (arrival) {
        this.arrival = null;
        this.landed = arrival.framing === null ? null : { framing: arrival.framing, camera: JSON.stringify(this.camera()) };
      }
      options.onCameraChange(this.camera(), this.shownFrame(), arrival ? arrival.framed : undefined);
      arrival?.arrived(true);
    });
    // The view is known from the start and after a resize too, not only after a move: "only those
    // in view" must not wait for the first pan (a link opens the map where it says, without moving).
    this.map.once('load', () => options.onCameraChange(this.camera(), this.shownFrame()));
    this.map.on('resize', () => options.onCameraChange(this.camera(), this.shownFrame()));
    this.map.on('error', (event) => options.onProblem(worded(MAP_PROBLEMS.error, { reason: event.error?.message ?? 'unknown' })));
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
    this.ready = Promise.all([styleLoaded, this.placeNames.loaded]).then(() => undefined);
    // The bench script reads this mark: time from navigation to the first complete picture.
    void this.ready.then(() => {
      this.map.once('idle', () => performance.mark('atlas-first-idle'));
      this.map.triggerRepaint();
    });
  }

  /**
   * Called when the user reaches for a file (the add button, a file dragged over the map): the map
   * draws each kind of the user's geometry once, invisibly, while the user picks it (userDataWarmUp.ts).
   */
  prepareForUserData(): Promise<void> {
    return this.userDataWarmUp.prepare(this.ready);
  }

  /** Draws a scene: the corridor layers, the place names that follow them, the palette. */
  setScene(scene: Scene): void {
    this.scene = scene;
    if (this.sceneDrawScheduled) return;
    this.sceneDrawScheduled = true;
    // What changed beside the map (the sidebar on a click, a pressed chip) is painted first; the map,
    // whose every repaint is slow on a software GPU, draws the scene in the frame after.
    requestAnimationFrame(() => setTimeout(() => this.drawPendingScene()));
  }

  /** Draws the scene last given if it is not drawn yet. */
  private drawPendingScene(): void {
    if (!this.sceneDrawScheduled || this.destroyed) return;
    this.sceneDrawScheduled = false;
    this.drawScene();
  }

  /** Whether the map has yet to draw the scene last given (it does so a frame later, see setScene). */
  get sceneDrawPending(): boolean {
    return this.sceneDrawScheduled;
  }

  private drawScene(): void {
    const previous = this.drawnScene;
    const scene = this.scene;
    this.drawnScene = scene;
    if (scene.palette !== previous.palette) {
      for (const [layerId, property, value] of basemapPaint(scene.palette, this.options.baseUrl)) {
        // Property names and values come straight from a built style, so they are valid ones.
        if (this.map.getLayer(layerId)) this.map.setPaintProperty(layerId, property as 'fill-color', value as string);
      }
    }
    const fills = areaFills(scene);
    if (fills !== areaFills(previous)) (this.map.getSource(ATLAS_AREAS) as maplibregl.GeoJSONSource | undefined)?.setData(fills);
    this.pointer.sceneChanged(scene, previous);
    this.corridorLayers = buildCorridorLayers(scene);
    this.userLayerLayers = this.buildUserLayers(scene);
    if (scene.userLayers.some((layer) => !previous.userLayers.some((old) => old.id === layer.id))) {
      // The bench reads this mark: the layer is on screen once the map has settled and the frame
      // after it has begun (the browser may finish the picture only after 'idle').
      this.map.once('idle', () => requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('user-layer-drawn'))));
      this.map.triggerRepaint();
    }
    this.placeNames.sceneChanged(scene, previous);
    this.draw();
  }

  /** The controls on the map and the words they were made with. */
  private controls: { words: string; added: maplibregl.IControl[] } | null = null;

  /**
   * The map's controls in the language of `translate`: the zoom buttons and compass, the reset
   * button, the scale bar and the credit line (the basemap's sources carry no credit of their own).
   * MapLibre reads a control's words from the map's locale when the control is added, so a new
   * language sets the locale and adds the controls again, in the same corners and order.
   */
  setControlWords(translate: Translate): void {
    const locale = mapLibreLocale(translate);
    const reset = resetViewWords(translate);
    const credit = attributionHtml(translate);
    const words = JSON.stringify([locale, reset, credit]);
    if (this.controls?.words === words) return;
    for (const control of this.controls?.added ?? []) this.map.removeControl(control);
    // MapLibre 6 has no setter for the locale it was made with: the table its controls read is replaced.
    this.map._locale = { ...this.map._locale, ...locale };
    const added: [maplibregl.IControl, maplibregl.ControlPosition][] = [
      [new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right'],
      [new ResetViewControl(() => this.resetView(), reset), 'top-right'],
      [new maplibregl.ScaleControl({ maxWidth: 140, unit: 'metric' }), 'bottom-left'],
      [new maplibregl.AttributionControl({ compact: false, customAttribution: credit }), 'bottom-right'],
    ];
    for (const [control, position] of added) this.map.addControl(control, position);
    this.controls = { words, added: added.map(([control]) => control) };
  }

  /** Names the map in a language of the gazetteer (English: the data's own names); see LabelController.setLanguage. */
  setLabelLanguage(lang: GazetteerLang): Promise<void> {
    return this.placeNames.setLanguage(lang);
  }

  /** The canvas's accessible name: what the map is and which keys move it, in the language shown. */
  setCanvasLabel(label: string): void {
    this.map.getCanvas().setAttribute('aria-label', label);
  }

  setMeasure(measure: Measure): void {
    this.pointer.measuring = measure.on;
    this.measureLayers = buildMeasureLayers(measure.points);
    this.draw();
  }

  /**
   * Sizes the map to its container now, if the layout has changed it (a presentation hides the
   * panel), rather than when the browser next reports it. A resize redraws everything, so a map
   * already the right size is left alone.
   */
  private fitContainer(): void {
    const container = this.map.getContainer();
    const canvas = this.map.getCanvas();
    if (container.clientWidth !== canvas.clientWidth || container.clientHeight !== canvas.clientHeight) this.map.resize();
  }

  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /**
   * Moves the map to show a subject: an area fitted inside the part of the map that the caption,
   * controls and key leave free (model/view/framing.ts), never closer than a town's surroundings; or an
   * exact camera. Resolves true once the map is there and has reported it (onCameraChange, with what
   * it framed), false if another move took over first or the map is gone. A move stops the one before it.
   */
  frame(subject: MapSubject, { transition }: { transition: Transition }): Promise<boolean> {
    if (this.destroyed) return Promise.resolve(false);
    const previous = this.arrival;
    const arrival: Arrival = { framed: 'bounds' in subject ? subject.bounds : null, framing: null, arrived: () => {} };
    const arrived = new Promise<boolean>((resolve) => (arrival.arrived = resolve));
    this.arrival = arrival;
    previous?.arrived(false);
    // The layout may have just changed (a presentation hides the panel): frame in the map's size now.
    this.fitContainer();
    // MapLibre gives this to the move's events: its moveend says this move arrived (see the constructor).
    const eventData = { arrival };
    if ('bounds' in subject) {
      const container = this.map.getContainer();
      const padding = framePadding(container.clientWidth, container.clientHeight, this.options.covers?.() ?? []);
      const fit = { padding, maxZoom: FOCUS_MAX_ZOOM, duration: transition === 'fly' ? FOCUS_DURATION_MS : 0 };
      arrival.framing = JSON.stringify([subject.bounds, padding, container.clientWidth, container.clientHeight]);
      // The same framing again where the last one left the map (a step framed once more round an
      // overlay that did not change): nothing moves, so no repaint, which costs a software GPU a
      // good part of a second. A map with no room to frame in (not laid out) does not move either.
      const landed = this.landed;
      const again = !this.map.isMoving() && landed?.framing === arrival.framing && landed.camera === JSON.stringify(this.camera());
      if (again || !this.map.cameraForBounds(subject.bounds, fit)) {
        this.arrival = null;
        arrival.arrived(again);
        return arrived;
      }
      this.map.fitBounds(subject.bounds, fit, eventData);
    } else if (transition === 'fly') {
      this.map.flyTo({ ...subject.camera, duration: FLY_DURATION_MS }, eventData);
    } else {
      this.map.jumpTo(subject.camera, eventData);
    }
    // The move repaints the map from the next frame on anyway: a new scene waiting to be drawn
    // (the passage's features selected) goes into that frame instead of one after it.
    this.drawPendingScene();
    return arrived;
  }

  /** Resolves once the map is at rest: no move of frame()'s under way, nor any other (a pan's glide). */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.destroyed || (!this.arrival && !this.map.isMoving())) resolve();
        else this.map.once('moveend', check);
      };
      check();
    });
  }

  resetView(): void {
    this.map.fitBounds(openingBounds(window.innerWidth), { padding: openingPadding(window.innerWidth, this.scene.drawn.length > 0), bearing: 0, pitch: 0 });
  }

  /** What the map shows now. */
  shownFrame(): MapFrame {
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
      labels: this.placeNames.labelsFor(scene),
    };
  }

  /** Where a place is on the map now, in CSS pixels from the map's top left corner (a popup at a feature follows it). */
  project(lonLat: LonLat): { x: number; y: number } {
    const { x, y } = this.map.project(lonLat);
    return { x, y };
  }

  /** The map's box on the page, in CSS pixels (the tests and the bench turn project()'s points into the page's). */
  pageBox(): DOMRect {
    return this.map.getContainer().getBoundingClientRect();
  }

  /** The names drawn in the current view and where (read by tests through window.corridorAtlas). */
  placedLabels(): readonly PlacedLabel[] {
    return this.placeNames.placed;
  }

  /** Whether the hover ring is on screen (for the browser tests). */
  hoverHighlighted(): boolean {
    return this.pointer.highlighted;
  }

  /**
   * A move as the user's own hand makes one (a drag, the wheel), not one the app asks for: those go
   * through the camera port (state/cameraPort.ts) to frame(). For the browser tests, the bench and
   * the screenshots, which stand in for the user.
   */
  moveAsUser(camera: Partial<Camera>): void {
    this.map.jumpTo(camera);
  }

  /** Calls `listener` at each repaint of the map, until the returned function is called (the tests and the bench count repaints). */
  onRepaint(listener: () => void): () => void {
    this.map.on('render', listener);
    return () => this.map.off('render', listener);
  }

  /** Calls `listener` when the map starts to move, until the returned function is called (the bench times how soon). */
  onMoveStart(listener: () => void): () => void {
    this.map.on('movestart', listener);
    return () => this.map.off('movestart', listener);
  }

  /** Whether the basemap's style and every tile in view are loaded (the bench waits for a map at rest). */
  tilesLoaded(): boolean {
    return this.map.loaded();
  }

  /** Paints the map once more, unchanged; resolves once it is idle again (the bench's floor of every step). */
  repaint(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /**
   * A scene in this view as a PNG at any size the browser can draw (see exportPicture.ts): by
   * default the scene last drawn; the export button passes the store's, in case a change is not drawn yet.
   */
  async exportPicture(options: ExportOptions, scene: Scene = this.scene): Promise<ExportResult> {
    // The picture code is loaded on first use: the first map does not need it.
    const [{ exportPicture }] = await Promise.all([import('./exportPicture.ts'), this.ready]);
    return exportPicture(this.exportSnapshot(scene), options);
  }

  /**
   * A scene in this view as an SVG or PDF (see exportSlide.ts): vectors drawn from the scene and the
   * basemap's GeoJSON, not from the screen. The slide code, and pdf-lib for a PDF, load on first use.
   */
  async exportSlide(options: SlideOptions, footnotesFor: FootnotesFor, scene: Scene = this.scene): Promise<SlideResult> {
    const [{ exportSlide }] = await Promise.all([import('./exportSlide.ts'), this.ready]);
    return exportSlide(this.exportSnapshot(scene), options, footnotesFor);
  }

  destroy(): void {
    this.destroyed = true;
    this.arrival?.arrived(false);
    this.arrival = null;
    this.map.remove();
  }

  private draw(): void {
    this.overlay.setProps({
      layers: sceneLayers({
        warmUp: this.userDataWarmUp.layers,
        user: this.userLayerLayers,
        corridor: this.corridorLayers,
        names: this.labelLayers,
        measure: this.measureLayers,
      }),
    });
  }

  private buildUserLayers(scene: Scene): Layer[] {
    const zoom = this.map.getZoom();
    this.userLayerLevel = simplifiedLevel(zoom);
    return buildUserLayerLayers(scene.userLayers, scene.palette, zoom);
  }
}
