/**
 * What the user points at on the live map, answered on the CPU (model/scene/picking.ts) so that pointing
 * never costs a picking pass or a repaint: a click or a tap selects, a hover names and rings, and
 * the keyboard on the focused map steps through what is in view as a sweeping pointer would.
 */
import type * as maplibregl from 'maplibre-gl';
import { HoverHighlight } from './hoverHighlight.ts';
import { userMarkSizes } from './userLayerLayers.ts';
import { marksInView, type HoverInfo } from '../model/scene/drawable.ts';
import type { LonLat } from '../model/geometry/coordinates.ts';
import type { PlacedLabel } from '../model/scene/labelPlacement.ts';
import type { Scene } from '../model/scene/scene.ts';
import { pickUserFeature, type UserFeatureHit } from '../model/userData/userPicking.ts';
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

/** What pointing at the map tells the app (AtlasMapOptions passes these on). */
export interface PointerAnswers {
  onHover: (hover: HoverInfo | null) => void;
  /** A click on one feature (its id), or on none (null). */
  onSelect: (id: string | null) => void;
  /** A click on several overlapping features: let the user choose. */
  onChoose: (choices: { x: number; y: number; ids: string[] }) => void;
  /** A click on a feature of the user's own layers (or on nothing of theirs: null). */
  onPickUser: (pick: (UserFeatureHit & { at: { x: number; y: number } }) | null) => void;
  /** While measuring, a click adds a point instead of selecting. */
  onMeasureClick: (point: LonLat) => void;
}

/** A press that moves less than this (CSS pixels) is a click or a tap, not a drag. */
const CLICK_TOLERANCE_PX = 6;
/** How far from a feature's mark the pointer may be and still point at it: a click forgives more than a hover. */
const CLICK_RADIUS_PX = 5;
const HOVER_RADIUS_PX = 2;

export class PointerInput {
  /** What the atlas's features are hit by, for the scene drawn. */
  private pickIndex: PickIndex;
  private placedLabels: readonly PlacedLabel[] = [];
  /** The names that stand for regions in the current view: a region has no other mark to point at. */
  private labelTargets: LabelTarget[] = [];
  private readonly highlight: HoverHighlight;
  /** The atlas feature under the pointer (or named by the keyboard), and the user's feature under it. */
  private atlasHover: HoverInfo | null = null;
  private userHover: HoverInfo | null = null;
  private hoveredId: string | null = null;
  /** The press that may become a click: where it went down, by which pointer. */
  private press: { pointerId: number; x: number; y: number } | null = null;
  /** While measuring, a click adds a point (and the cursor is a crosshair). */
  measuring = false;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly answers: PointerAnswers,
    /** The scene the map draws now: what there is to point at. */
    private readonly drawnScene: () => Scene,
  ) {
    const scene = drawnScene();
    this.pickIndex = buildPickIndex(pickShapes(scene.drawn, scene.palette));
    this.highlight = new HoverHighlight(map.getCanvasContainer());
    this.listenForClicks();
    this.listenForHover();
    this.listenForKeys();
  }

  /** The map draws a new scene: what it draws is pointed at from now on. */
  sceneChanged(scene: Scene, previous: Scene): void {
    if (scene.drawn !== previous.drawn || scene.palette !== previous.palette) {
      this.pickIndex = buildPickIndex(pickShapes(scene.drawn, scene.palette));
      this.labelTargets = regionLabelTargets(this.placedLabels, scene.drawn);
    }
    // What was under the pointer may be drawn no more, or elsewhere.
    if (scene.drawn !== previous.drawn || scene.palette !== previous.palette || scene.userLayers !== previous.userLayers) this.hoverAt(null);
  }

  /** The names were placed anew: a region is pointed at by its name. */
  labelsPlaced(placed: readonly PlacedLabel[]): void {
    this.placedLabels = placed;
    this.labelTargets = regionLabelTargets(placed, this.drawnScene().drawn);
  }

  cursor(): string {
    return this.measuring ? 'crosshair' : this.hoveredId ? 'pointer' : 'grab';
  }

  /** Whether the hover ring is on screen (for the browser tests). */
  get highlighted(): boolean {
    return this.highlight.showing;
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
      this.clickAt(event.clientX - box.left, event.clientY - box.top);
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

  private clickAt(x: number, y: number): void {
    if (this.measuring) {
      const { lng, lat } = this.map.unproject([x, y]);
      this.answers.onMeasureClick([lng, lat]);
      return;
    }
    // Lines along the Aras overlap (rail, power, TRIPP): offer every feature under the pointer.
    const ids = this.atlasFeaturesAt(x, y, CLICK_RADIUS_PX);
    if (ids.length > 1) this.answers.onChoose({ x, y, ids });
    else this.answers.onSelect(ids[0] ?? null);
    // The user's own data answers a click only where none of the atlas's features is.
    const user = ids.length === 0 ? this.userFeatureAt(x, y) : null;
    this.answers.onPickUser(user ? { ...user, at: { x, y } } : null);
  }

  /** The atlas's features under a point of the map (CSS pixels), nearest first. */
  private atlasFeaturesAt(x: number, y: number, radius: number): string[] {
    return pickAt(this.pickIndex, this.projection, [x, y], radius, this.labelTargets).map((hit) => hit.id);
  }

  /** The feature of the user's own layers under a point of the map (CSS pixels). */
  private userFeatureAt(x: number, y: number): UserFeatureHit | null {
    const { userLayers, palette } = this.drawnScene();
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

  /**
   * Hover at each move of a mouse or pen: the name by the pointer and, for the atlas's features,
   * a ring on a canvas of its own, so pointing never makes the map paint again.
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
        this.answers.onSelect(this.atlasHover.id);
      } else if (event.key === 'Escape' && this.atlasHover) {
        this.hoverAt(null);
      }
    });
  }

  private stepThroughView(step: 1 | -1): void {
    const canvas = this.map.getCanvas();
    const inView = marksInView(this.drawnScene().drawn, (lonLat) => this.projection.project(lonLat), canvas.clientWidth, canvas.clientHeight);
    if (inView.length === 0) return;
    const current = inView.findIndex(({ feature }) => feature.id === this.atlasHover?.id);
    const next = current === -1 ? (step === 1 ? 0 : inView.length - 1) : (current + step + inView.length) % inView.length;
    const { feature, at } = inView[next];
    this.userHover = null;
    this.hoverAtlas({ id: feature.id, name: feature.properties.name, x: at[0], y: at[1] });
  }

  /** What is under the pointer (CSS pixels on the map; null: it left): the atlas's features first, then the user's. */
  private hoverAt(x: number | null, y = 0): void {
    const { drawn, userLayers } = this.drawnScene();
    const id = x === null ? undefined : this.atlasFeaturesAt(x, y, HOVER_RADIUS_PX)[0];
    const feature = id === undefined ? undefined : drawn.find((candidate) => candidate.id === id);
    const user = x === null || feature ? null : this.userFeatureAt(x, y);
    const userName = user ? (userLayers.find((layer) => layer.id === user.layerId)?.features.names[user.index] ?? '') : '';
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
    this.answers.onHover(hover);
  }
}
