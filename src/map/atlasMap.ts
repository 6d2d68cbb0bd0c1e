/**
 * The one place where the map is made: a MapLibre map with the embedded basemap, and deck.gl
 * drawing the atlas's layers into it (interleaved, through @deck.gl/maplibre's overlay).
 * React talks to it through a handful of methods; it reports hover and clicks back.
 */
import * as maplibregl from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { fetchOwn } from '../ownFiles.ts';
import { prepareMapLibre } from './mapLibreFiles.ts';
import type { Layer } from '@deck.gl/core';
import { ATLAS_AREAS, attributionHtml, basemapPaint, buildBasemapStyle, basemapUrl, labelAnchorsUrl } from './basemapStyle.ts';
import { areaFills, buildCorridorLayers } from './corridorLayers.ts';
import {
  charactersOf,
  drawPlacedLabels,
  labelZoomStep,
  labelsFromGeojson,
  mapLabelsFor,
  placeMapLabels,
  sceneSubject,
  ENGLISH,
  loadLabelFonts,
  type BasemapNames,
  type LabelLanguage,
  type MapLabels,
} from './labelLayers.ts';
import { readLabelAnchors, type LabelAnchorsFile } from '../model/scene/labelAnchors.ts';
import type { GazetteerLang } from '../model/names/gazetteer.ts';
import type { LabelView, PlacedLabel } from '../model/scene/labelPlacement.ts';
import { beneathBorders } from './layerOrder.ts';
import { ResetViewControl } from './controls.ts';
import { mapLibreLocale, resetViewWords } from './controlWords.ts';
import { framePadding, type ScreenRect } from '../model/view/framing.ts';
import { openingBounds, openingPadding, MAX_ZOOM, MIN_ZOOM, type Camera, type MapFrame, type MapSubject, type Transition } from '../model/view/camera.ts';
import { marksInView, type HoverInfo } from '../model/scene/drawable.ts';
import type { Scene } from '../model/scene/scene.ts';
import type { ExportOptions, ExportResult, ExportSnapshot } from './exportPicture.ts';
import type { FootnotesFor, SlideOptions, SlideResult } from './exportSlide.ts';
import { buildUserLayerLayers, userGeometryWarmUpDraws, userMarkSizes } from './userLayerLayers.ts';
import { pickUserFeature, type UserFeatureHit } from '../model/userData/userPicking.ts';
import { simplifiedLevel, type GeometryKind } from '../model/userData/userFeatures.ts';
import { buildMeasureLayers } from './measureLayers.ts';
import type { Bounds, LonLat } from '../model/geometry/coordinates.ts';
import type { Measure } from '../model/geometry/measure.ts';
import {
  buildPickIndex,
  pickAt,
  pickShapes,
  regionLabelTargets,
  screenOutline,
  type LabelTarget,
  type PickIndex,
  type ScreenProjection,
} from '../model/scene/picking.ts';
import { HoverHighlight } from './hoverHighlight.ts';
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
  /**
   * The camera after a move, and the bounds of what the map shows; after a move asked for by
   * frame(), also what it framed (an area, or null for an exact camera).
   */
  onCameraChange: (camera: Camera, frame: MapFrame, framed?: Bounds | null) => void;
  /** A problem in words: worded for the language shown, the map library's own part in English. */
  onProblem: (message: Worded) => void;
  /** The browser took the graphics context away (true), or gave it back (false): the map must then be made anew. */
  onGraphicsLost?: (lost: boolean) => void;
  /** A click on a feature of the user's own layers (or on nothing of theirs: null). */
  onPickUser: (pick: (UserFeatureHit & { at: { x: number; y: number } }) | null) => void;
  /** While measuring, a click adds a point instead of selecting. */
  onMeasureClick: (point: LonLat) => void;
  /** What is drawn over the map now (a caption, controls, the key), in CSS pixels of the map: names keep out from under it. */
  covers?: () => readonly ScreenRect[];
}

/** A press that moves less than this (CSS pixels) is a click or a tap, not a drag. */
const CLICK_TOLERANCE_PX = 6;
/** How far from a feature's mark the pointer may be and still point at it: a click forgives more than a hover. */
const CLICK_RADIUS_PX = 5;
const HOVER_RADIUS_PX = 2;

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
  readonly map: maplibregl.Map;
  private readonly overlay: MapLibreOverlay;
  private readonly options: AtlasMapOptions;
  /** The scene last given, and the scene the map draws (a frame later, see setScene). */
  private scene: Scene;
  private drawnScene: Scene;
  private sceneDrawScheduled = false;
  private corridorLayers: Layer[] = [];
  private labelLayers: Layer[] = [];
  private userLayerLayers: Layer[] = [];
  /** Invisible marks of each kind of the user's geometry, drawn once the user reaches for a file (see prepareForUserData). */
  private userWarmUpDraws: Layer[] = [];
  /** The simplified drawing the user's lines were last built with (model/userFeatures.ts). */
  private userLayerLevel = Number.NaN;
  private measureLayers: Layer[] = [];
  private measuring = false;
  /** The basemap's names, once loaded. */
  private basemapNames: BasemapNames | null = null;
  /** Those with the names of the atlas's places that the scene draws. */
  private labels: MapLabels | null = null;
  /** The language names are drawn in (English until setLabelLanguage says otherwise). */
  private language: LabelLanguage = ENGLISH;
  private placed: PlacedLabel[] = [];
  private labelZoomStep = Number.NaN;
  /** What the names were last placed for: a move that ends where it began places none again. */
  private placedFor: { labels: MapLabels; palette: Scene['palette']; where: string } | null = null;
  private destroyed = false;
  /** The press that may become a click: where it went down, by which pointer. */
  private press: { pointerId: number; x: number; y: number } | null = null;
  /** What the atlas's features are hit by, for the scene drawn (see model/picking.ts). */
  private pickIndex: PickIndex;
  /** The names that stand for regions in the current view. */
  private labelTargets: LabelTarget[] = [];
  private readonly highlight: HoverHighlight;
  /** The atlas feature under the pointer (found here), and the user's feature under it (found by deck.gl). */
  private atlasHover: HoverInfo | null = null;
  private userHover: HoverInfo | null = null;
  private hoveredId: string | null = null;
  /** Resolves once the basemap style and the labels are loaded (or have failed and said so). */
  readonly ready: Promise<void>;
  /** The drawing of each kind of the user's geometry once, once asked for (see prepareForUserData). */
  private userDataPrepared: Promise<void> | null = null;
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
      // Nothing is picked by deck.gl: hover and clicks are answered on the CPU (listenForHover, pickAt).
      getCursor: ({ isDragging }) => (isDragging ? 'grabbing' : this.cursor()),
    });
    this.map.addControl(this.overlay);

    this.pickIndex = buildPickIndex(pickShapes(this.scene.drawn, this.scene.palette));
    this.highlight = new HoverHighlight(this.map.getCanvasContainer());
    this.listenForClicks();
    this.listenForHover();
    this.listenForKeys();
    // Names are placed again at every half zoom step while zooming, and for the new view after any move.
    this.map.on('zoom', () => {
      this.refreshLabels();
      // Large layers of the user's own are drawn simplified to half a pixel for the zoom.
      if (this.scene.userLayers.length > 0 && simplifiedLevel(this.map.getZoom()) !== this.userLayerLevel) {
        this.userLayerLayers = this.buildUserLayers(this.scene);
        this.draw();
      }
    });
    this.map.on('moveend', (event) => {
      this.refreshLabels(true);
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
    this.map.on('resize', () => {
      this.refreshLabels(true);
      options.onCameraChange(this.camera(), this.shownFrame());
    });
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
    this.ready = Promise.all([styleLoaded, this.loadLabels()]).then(() => undefined);
    // The bench script reads this mark: time from navigation to the first complete picture.
    void this.ready.then(() => {
      this.map.once('idle', () => performance.mark('atlas-first-idle'));
      this.map.triggerRepaint();
    });
  }

  /**
   * Called when the user reaches for a file (the add button, a file dragged over the map): the map
   * draws each kind of the user's geometry once, invisibly, while the user picks it. A software GPU
   * prepares each kind on its first draw, which would otherwise fall in the frame that draws the file.
   */
  prepareForUserData(): Promise<void> {
    this.userDataPrepared ??= this.ready.then(() => new Promise((resolve) => this.warmUpEachKind(['points', 'lines', 'areas'], resolve)));
    return this.userDataPrepared;
  }

  /** One kind a frame, each once the map is idle again: preparing all three in one frame is long. */
  private warmUpEachKind([kind, ...rest]: GeometryKind[], done: () => void): void {
    if (!kind || this.destroyed) return done();
    const { lng, lat } = this.map.getCenter();
    this.userWarmUpDraws = [...this.userWarmUpDraws, ...userGeometryWarmUpDraws([lng, lat], [kind])];
    this.draw();
    this.map.once('idle', () => this.warmUpEachKind(rest, done));
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
    if (scene.drawn !== previous.drawn || scene.palette !== previous.palette) {
      this.pickIndex = buildPickIndex(pickShapes(scene.drawn, scene.palette));
      this.labelTargets = regionLabelTargets(this.placed, scene.drawn);
    }
    // What was under the pointer may be drawn no more, or elsewhere.
    if (scene.drawn !== previous.drawn || scene.palette !== previous.palette || scene.userLayers !== previous.userLayers) this.hoverAt(null);
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
    if (namesChange) this.labels = this.basemapNames && mapLabelsFor(this.basemapNames, scene.drawn, sceneSubject(scene), this.language);
    this.refreshLabels(namesChange);
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

  /**
   * Names the map in a language of the gazetteer (English: the data's own names, as before). The
   * gazetteer is fetched the first time another language is asked for, and the letters the new
   * names need are loaded before deck.gl draws them, so no name is drawn in a fallback font.
   */
  async setLabelLanguage(lang: GazetteerLang): Promise<void> {
    if (lang === this.language.lang) return;
    const gazetteer = lang === 'en' ? null : (await import('../model/names/gazetteerData.ts')).GAZETTEER;
    const language: LabelLanguage = { lang, gazetteer };
    this.language = language;
    if (!this.basemapNames || this.destroyed) return;
    const labels = mapLabelsFor(this.basemapNames, this.drawnScene.drawn, sceneSubject(this.drawnScene), language);
    await loadLabelFonts(labels);
    if (this.destroyed || this.language !== language) return;
    this.labels = labels;
    this.refreshLabels(true);
  }

  setMeasure(measure: Measure): void {
    this.measuring = measure.on;
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
   * controls and key leave free (model/framing.ts), never closer than a town's surroundings; or an
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
      labels: this.basemapNames && mapLabelsFor(this.basemapNames, scene.drawn, sceneSubject(scene), this.language),
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

  private async loadLabels(): Promise<void> {
    try {
      const fetchJson = async (url: string) => {
        const response = await fetchOwn(url);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json();
      };
      const [points, anchors] = await Promise.all([
        fetchJson(basemapUrl(this.options.baseUrl, 'labels')),
        fetchJson(labelAnchorsUrl(this.options.baseUrl)),
      ]);
      if (this.destroyed) return;
      this.basemapNames = { points: labelsFromGeojson(points), anchors: readLabelAnchors(anchors as LabelAnchorsFile) };
      const labels = mapLabelsFor(this.basemapNames, this.drawnScene.drawn, sceneSubject(this.drawnScene), this.language);
      // deck.gl rasterises glyphs once: the shipped font must be loaded before the first label.
      await loadLabelFonts(labels);
      if (this.destroyed) return;
      this.labels = labels;
      this.refreshLabels(true);
    } catch (error) {
      if (this.destroyed) return;
      this.options.onProblem(worded(MAP_PROBLEMS.labels, { reason: String(error) }));
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
    // A caption, the controls or the key hide what is under them: names go in the open part.
    const covers = (this.options.covers?.() ?? []).map(({ left, top, right, bottom }) => ({ minX: left, minY: top, maxX: right, maxY: bottom }));
    const placedFor = { labels: this.labels, palette: this.drawnScene.palette, where: JSON.stringify([view, covers]) };
    const last = this.placedFor;
    if (last && last.labels === placedFor.labels && last.palette === placedFor.palette && last.where === placedFor.where) return;
    this.placedFor = placedFor;
    this.placed = placeMapLabels(this.labels, this.drawnScene.palette, view, undefined, covers);
    this.labelTargets = regionLabelTargets(this.placed, this.drawnScene.drawn);
    this.labelLayers = drawPlacedLabels(this.placed, this.drawnScene.palette, charactersOf(this.labels));
    this.draw();
  }

  private draw(): void {
    // Labels last, so that names stay readable above the routes.
    // The user's own data under the atlas's routes; the measuring line above everything.
    this.overlay.setProps({ layers: [...this.userWarmUpDraws, ...this.userLayerLayers, ...this.corridorLayers, ...this.labelLayers, ...this.measureLayers] });
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
    const ids = this.atlasFeaturesAt(x, y, CLICK_RADIUS_PX);
    if (ids.length > 1) this.options.onChoose({ x, y, ids });
    else this.options.onSelect(ids[0] ?? null);
    // The user's own data answers a click only where none of the atlas's features is.
    const user = ids.length === 0 ? this.userFeatureAt(x, y) : null;
    this.options.onPickUser(user ? { ...user, at: { x, y } } : null);
  }

  private buildUserLayers(scene: Scene): Layer[] {
    const zoom = this.map.getZoom();
    this.userLayerLevel = simplifiedLevel(zoom);
    return beneathBorders(buildUserLayerLayers(scene.userLayers, scene.palette, zoom));
  }

  /** The atlas's features under a point of the map (CSS pixels), nearest first. */
  private atlasFeaturesAt(x: number, y: number, radius: number): string[] {
    return pickAt(this.pickIndex, this.projection, [x, y], radius, this.labelTargets).map((hit) => hit.id);
  }

  /** The feature of the user's own layers under a point of the map (CSS pixels), found on the CPU. */
  private userFeatureAt(x: number, y: number): UserFeatureHit | null {
    const { userLayers, palette } = this.drawnScene;
    if (userLayers.length === 0) return null;
    return pickUserFeature(userLayers, x, y, this.projection, userMarkSizes(palette));
  }

  private readonly projection: ScreenProjection = {
    project: (lonLat) => {
      const { x, y } = this.map.project(lonLat);
      return [x, y];
    },
    unproject: (point) => {
      const { lng, lat } = this.map.unproject(point);
      return [lng, lat];
    },
  };

  private cursor(): string {
    return this.measuring ? 'crosshair' : this.hoveredId ? 'pointer' : 'grab';
  }

  /**
   * Hover, picked on the CPU at each move of a mouse or pen: the name by the pointer and, for the
   * atlas's features, a ring on a canvas of its own, so pointing never makes the map paint again.
   */
  private listenForHover(): void {
    const target = this.map.getCanvasContainer();
    target.addEventListener('pointermove', (event) => {
      // A drag moves the map (which clears the ring); a finger has no hover.
      if (event.pointerType === 'touch' || event.buttons !== 0) return;
      const box = this.map.getCanvas().getBoundingClientRect();
      this.hoverAt(event.clientX - box.left, event.clientY - box.top);
    });
    target.addEventListener('pointerleave', () => this.hoverAt(null));
    // What was under the pointer has moved away from it.
    this.map.on('movestart', () => this.hoverAt(null));
    this.map.on('resize', () => this.hoverAt(null));
  }

  /**
   * The keyboard on the focused map does what a pointer sweeping across it does: N (or ]) names
   * and rings the next feature in view, left to right, P (or [) the one before; Enter opens the
   * one named, Escape lets it go. The arrow keys still pan (MapLibre's own).
   */
  private listenForKeys(): void {
    const canvas = this.map.getCanvas();
    // The canvas's label, which says so in the language shown, is MapView's.
    canvas.setAttribute('aria-keyshortcuts', 'N P Enter Escape');
    canvas.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step = event.key === 'n' || event.key === ']' ? 1 : event.key === 'p' || event.key === '[' ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        this.stepThroughView(step);
      } else if (event.key === 'Enter' && this.atlasHover) {
        event.preventDefault();
        this.options.onSelect(this.atlasHover.id);
      } else if (event.key === 'Escape' && this.atlasHover) {
        this.hoverAt(null);
      }
    });
  }

  private stepThroughView(step: 1 | -1): void {
    const canvas = this.map.getCanvas();
    const inView = marksInView(this.drawnScene.drawn, (lonLat) => this.projection.project(lonLat), canvas.clientWidth, canvas.clientHeight);
    if (inView.length === 0) return;
    const current = inView.findIndex(({ feature }) => feature.id === this.atlasHover?.id);
    const next = current === -1 ? (step === 1 ? 0 : inView.length - 1) : (current + step + inView.length) % inView.length;
    const { feature, at } = inView[next];
    this.userHover = null;
    this.hoverAtlas({ id: feature.id, name: feature.properties.name, x: at[0], y: at[1] });
  }

  /** What is under the pointer (CSS pixels on the map; null: it left): the atlas's features first, then the user's. */
  private hoverAt(x: number | null, y = 0): void {
    const id = x === null ? undefined : this.atlasFeaturesAt(x, y, HOVER_RADIUS_PX)[0];
    const feature = id === undefined ? undefined : this.drawnScene.drawn.find((drawn) => drawn.id === id);
    const user = x === null || feature ? null : this.userFeatureAt(x, y);
    const userName = user ? (this.drawnScene.userLayers.find((layer) => layer.id === user.layerId)?.features.names[user.index] ?? '') : '';
    this.userHover = user ? { id: `${user.layerId}:${user.index}`, name: userName, x: x!, y } : null;
    this.hoverAtlas(feature ? { id: feature.id, name: feature.properties.name, x: x!, y } : null);
  }

  private hoverAtlas(hover: HoverInfo | null): void {
    if (hover?.id !== this.atlasHover?.id) {
      this.atlasHover = hover;
      this.highlight.clear();
      const shape = hover && this.pickIndex.shapes.get(hover.id);
      const label = hover && this.labelTargets.find((target) => target.id === hover.id);
      if (shape) this.highlight.show({ outline: screenOutline(shape, this.projection) });
      else if (label) this.highlight.show({ box: label.box });
    }
    this.reportHover();
  }

  /** Reports only a change of the feature under the pointer: moving along one line costs nothing. */
  private reportHover(): void {
    const hover = this.atlasHover ?? this.userHover;
    const id = hover?.id ?? null;
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.map.getCanvas().style.cursor = this.cursor();
    this.options.onHover(hover);
  }

  /** Whether the hover ring is on screen (for the browser tests). */
  hoverHighlighted(): boolean {
    return this.highlight.showing;
  }
}

/** The point features a scene draws: places get names, the other symbols are kept clear of names. */
/** What the names depend on: the points drawn, and what the view is about. */
const pointsKey = (scene: Scene) =>
  [
    ...scene.drawn.filter((feature) => feature.geometry.type === 'Point').map((feature) => feature.id),
    scene.selected?.id,
    ...scene.stepFeatures.map((feature) => feature.id),
    scene.caption,
  ].join();
