/**
 * The live map's place names: the basemap's names, loaded once; those the scene draws, in the
 * language shown; and where they go in the view, placed again at each half zoom step while
 * zooming and after every move, resize or change of what is drawn.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import { fetchOwn } from '../ownFiles.ts';
import { basemapUrl, labelAnchorsUrl } from './basemapStyle.ts';
import {
  charactersOf,
  drawPlacedLabels,
  labelZoomStep,
  labelsFromGeojson,
  loadLabelFonts,
  mapLabelsFor,
  placeMapLabels,
  sceneSubject,
  ENGLISH,
  type BasemapNames,
  type LabelLanguage,
  type MapLabels,
} from './labelLayers.ts';
import { readLabelAnchors, type LabelAnchorsFile } from '../model/scene/labelAnchors.ts';
import type { GazetteerLang } from '../model/names/gazetteer.ts';
import type { LabelView, PlacedLabel } from '../model/scene/labelPlacement.ts';
import type { Camera } from '../model/view/camera.ts';
import type { ScreenRect } from '../model/view/framing.ts';
import type { Scene } from '../model/scene/scene.ts';

/** What the names need from the map that shows them. */
export interface LabelHost {
  map: maplibregl.Map;
  baseUrl: string;
  camera(): Camera;
  /** The scene the map draws now. */
  drawnScene(): Scene;
  /** What covers the map (a caption, the controls, the key): names go in the open part. */
  covers(): readonly ScreenRect[];
  /** The map is gone: nothing more is placed. */
  gone(): boolean;
  /** The names were placed anew: draw `layers`. */
  placed(placed: readonly PlacedLabel[], layers: Layer[]): void;
  /** The names could not be loaded (the map is shown without them). */
  failed(reason: string): void;
}

export class LabelController {
  /** The basemap's names, once loaded. */
  private basemapNames: BasemapNames | null = null;
  /** Those with the names of the atlas's places that the scene draws. */
  private labels: MapLabels | null = null;
  /** The language names are drawn in (English until setLanguage says otherwise). */
  private language: LabelLanguage = ENGLISH;
  private placedLabels: PlacedLabel[] = [];
  private zoomStep = Number.NaN;
  /** What the names were last placed for: a move that ends where it began places none again. */
  private placedFor: { labels: MapLabels; palette: Scene['palette']; where: string } | null = null;
  /** Settles once the names are loaded, or have failed and said so. */
  readonly loaded: Promise<void>;

  constructor(private readonly host: LabelHost) {
    host.map.on('zoom', () => this.refresh());
    host.map.on('moveend', () => this.refresh(true));
    host.map.on('resize', () => this.refresh(true));
    this.loaded = this.load();
  }

  /** The names drawn in the current view and where. */
  get placed(): readonly PlacedLabel[] {
    return this.placedLabels;
  }

  /** The names a scene draws, in the language shown (null until the basemap's names are loaded): what a picture of it places anew. */
  labelsFor(scene: Scene): MapLabels | null {
    return this.basemapNames && mapLabelsFor(this.basemapNames, scene.drawn, sceneSubject(scene), this.language);
  }

  /** The map draws a new scene: its names follow the places drawn when those or the palette change. */
  sceneChanged(scene: Scene, previous: Scene): void {
    const namesChange = scene.palette !== previous.palette || pointsKey(scene) !== pointsKey(previous);
    if (namesChange) this.labels = this.labelsFor(scene);
    this.refresh(namesChange);
  }

  /**
   * Names the map in a language of the gazetteer (English: the data's own names). The gazetteer is
   * fetched the first time another language is asked for, and the letters the new names need are
   * loaded before deck.gl draws them, so no name is drawn in a fallback font.
   */
  async setLanguage(lang: GazetteerLang): Promise<void> {
    if (lang === this.language.lang) return;
    const gazetteer = lang === 'en' ? null : (await import('../model/names/gazetteerData.ts')).GAZETTEER;
    const language: LabelLanguage = { lang, gazetteer };
    this.language = language;
    if (!this.basemapNames || this.host.gone()) return;
    const labels = this.labelsFor(this.host.drawnScene());
    await loadLabelFonts(labels!);
    if (this.host.gone() || this.language !== language) return;
    this.labels = labels;
    this.refresh(true);
  }

  private async load(): Promise<void> {
    try {
      const fetchJson = async (url: string) => {
        const response = await fetchOwn(url);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json();
      };
      const [points, anchors] = await Promise.all([fetchJson(basemapUrl(this.host.baseUrl, 'labels')), fetchJson(labelAnchorsUrl(this.host.baseUrl))]);
      if (this.host.gone()) return;
      this.basemapNames = { points: labelsFromGeojson(points), anchors: readLabelAnchors(anchors as LabelAnchorsFile) };
      const labels = this.labelsFor(this.host.drawnScene())!;
      // deck.gl rasterises glyphs once: the shipped font must be loaded before the first label.
      await loadLabelFonts(labels);
      if (this.host.gone()) return;
      this.labels = labels;
      this.refresh(true);
    } catch (error) {
      if (this.host.gone()) return;
      this.host.failed(String(error));
    }
  }

  /** Places the names for the view: at each half zoom step while zooming, always when `force`d. */
  private refresh(force = false): void {
    if (!this.labels) return;
    const { map } = this.host;
    const step = labelZoomStep(map.getZoom());
    if (!force && step === this.zoomStep) return;
    this.zoomStep = step;
    const container = map.getContainer();
    const view: LabelView = { ...this.host.camera(), width: container.clientWidth, height: container.clientHeight };
    const covers = this.host.covers().map(({ left, top, right, bottom }) => ({ minX: left, minY: top, maxX: right, maxY: bottom }));
    const { palette } = this.host.drawnScene();
    const placedFor = { labels: this.labels, palette, where: JSON.stringify([view, covers]) };
    const last = this.placedFor;
    if (last && last.labels === placedFor.labels && last.palette === placedFor.palette && last.where === placedFor.where) return;
    this.placedFor = placedFor;
    this.placedLabels = placeMapLabels(this.labels, palette, view, undefined, covers);
    this.host.placed(this.placedLabels, drawPlacedLabels(this.placedLabels, palette, charactersOf(this.labels)));
  }
}

/** What the names depend on: the points drawn (places get names, other symbols are kept clear of them), and what the view is about. */
const pointsKey = (scene: Scene) =>
  [
    ...scene.drawn.filter((feature) => feature.geometry.type === 'Point').map((feature) => feature.id),
    scene.selected?.id,
    ...scene.stepFeatures.map((feature) => feature.id),
    scene.caption,
  ].join();
