/**
 * Map names drawn by deck.gl's TextLayer from the font the app ships (no glyph server). Where each
 * name goes is decided by model/scene/labelPlacement.ts for the view; this turns the result into layers.
 * The live map and the exported picture both call buildLabelLayers, so they show the same names.
 */
import { TextLayer } from '@deck.gl/layers';
import { roundMarkLayer } from './pointIcons.ts';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, Point } from 'geojson';
import type { Palette, Rgb } from '../style/palette.ts';
import type { DrawableFeature } from '../model/scene/drawable.ts';
import type { Scene } from '../model/scene/scene.ts';
import type { LabelAnchors } from '../model/scene/labelAnchors.ts';
import { mapName, NO_SUBJECT, subjectTiers, type SubjectTier, type ViewSubject } from '../model/scene/mapNames.ts';
import { basemapKey, featureKey, mapNameIn, nameIn, type Gazetteer, type GazetteerLang } from '../model/names/gazetteer.ts';
import {
  DOT_RADIUS,
  LINE_HEIGHT,
  labelInk,
  placeLabels,
  regionText,
  type LabelView,
  type MeasureText,
  type PlacedLabel,
  type PointLabel,
  type PointLabelKind,
  type TextStyle,
  type Box,
} from '../model/scene/labelPlacement.ts';

export const LABEL_FONT = '"Noto Sans", "DejaVu Sans", sans-serif';

/** The basemap's own names: countries, seas and rivers by anchors; towns and regions by points. */
export interface BasemapNames {
  anchors: LabelAnchors;
  points: PointLabel[];
}

/** Everything the map names in a scene: the basemap's names with the atlas's places. */
export interface MapLabels extends BasemapNames {
  /** The atlas's other point symbols (plants, ports, substations), which names keep clear of. */
  obstacles: [number, number][];
  /** The atlas's routes, which area names stand off where they can. */
  lines: [number, number][][];
  /** The outer rings of the atlas's areas, which area names stand outside of where they can. */
  areas: [number, number][][];
  /** The names the view is about, placed first (see model/scene/mapNames.ts). */
  subjects: ReadonlyMap<string, SubjectTier>;
}

interface PointLabelProperties {
  text: string;
  kind: string;
  rank: number;
  min_zoom: number;
}

const POINT_KINDS = new Set<string>(['region', 'capital', 'city']);

/** Towns, capitals and regions from the label file written by the basemap preparation. */
export function labelsFromGeojson(collection: FeatureCollection<Point, PointLabelProperties>): PointLabel[] {
  return collection.features
    .filter((feature) => POINT_KINDS.has(feature.properties.kind))
    .map((feature) => ({
      position: feature.geometry.coordinates as [number, number],
      text: feature.properties.text,
      kind: feature.properties.kind as PointLabelKind,
      rank: feature.properties.rank,
      minZoom: feature.properties.min_zoom,
    }));
}

/** Zoom rounded down to half steps: labels are placed again when it changes (and after every move). */
export function labelZoomStep(zoom: number): number {
  return Math.floor(zoom * 2) / 2;
}

const sameTown = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 0.12 && Math.abs(a[1] - b[1]) < 0.09;

/** Ports are named with the capitals: the sea routes run between them. */
const PORT_PRIORITY = 9;
/** Below this zoom the whole network is in view and the ports' names would crowd out the towns'. */
const PORT_MIN_ZOOM = 4.5;

/** Whether the map names this drawn point feature: places and ports always, other marks when the view is about them. */
function namesFeature(feature: DrawableFeature, subject: ViewSubject): boolean {
  if (feature.geometry.type !== 'Point') return false;
  const { kind } = feature.properties;
  return kind === 'place' || kind === 'region' || kind === 'port' || subject.selected === feature || subject.stepFeatures.includes(feature);
}

/**
 * The basemap's names with the atlas's own places (Khojaly, Jamilli, Aghband…) and ports: each is
 * named beside the mark the atlas draws, at every zoom; a basemap town within about 10 km whose name
 * the place's starts with (any town there, for a port) is the same town, so its own dot and name give
 * way. A region the atlas draws is named as an area, unless the basemap already names it. A plant or
 * substation is named when the view is about it (see model/scene/mapNames.ts).
 */
export function withAtlasPlaces(features: readonly DrawableFeature[], basemap: readonly PointLabel[], subject: ViewSubject = NO_SUBJECT): PointLabel[] {
  const named = new Set<PointLabel>();
  const own: PointLabel[] = features.flatMap((feature): PointLabel[] => {
    if (!namesFeature(feature, subject)) return [];
    const { kind } = feature.properties;
    const position = (feature.geometry as Point).coordinates as [number, number];
    const text = mapName(feature);
    const key = featureKey(feature.id);
    if (kind === 'region') {
      const known = basemap.some((label) => label.kind === 'region' && label.text === text);
      return known ? [] : [{ position, text, kind: 'region', rank: 3, minZoom: 6, key }];
    }
    const town = basemap.find(
      (label) => label.kind !== 'region' && sameTown(label.position, position) && (kind === 'port' || text.startsWith(label.text)) && !named.has(label),
    );
    if (town) named.add(town);
    if (kind === 'place') return [{ position, text, kind: town?.kind ?? 'city', rank: town?.rank ?? 3, minZoom: 0, ownDot: true, key }];
    const port = kind === 'port' ? { priority: PORT_PRIORITY, minZoom: Math.min(PORT_MIN_ZOOM, town?.minZoom ?? PORT_MIN_ZOOM) } : { minZoom: 0 };
    return [{ position, text, kind: 'city', rank: 2, ownDot: true, ...port, key }];
  });
  return [...basemap.filter((label) => !named.has(label)), ...own];
}

/** What a scene's view is about, for its names. */
export function sceneSubject(scene: Pick<Scene, 'selected' | 'stepFeatures' | 'caption'>): ViewSubject {
  return { selected: scene.selected, stepFeatures: scene.stepFeatures, caption: scene.caption };
}

/** The language the map names things in, and the gazetteer that names them there (none: English). */
export interface LabelLanguage {
  lang: GazetteerLang;
  gazetteer: Gazetteer | null;
}

export const ENGLISH: LabelLanguage = { lang: 'en', gazetteer: null };

/**
 * The names for a scene: the basemap's, the drawn places' and ports', the drawn symbols to keep
 * clear of, and what the view is about; in `language` (English by default).
 */
export function mapLabelsFor(basemap: BasemapNames, drawn: readonly DrawableFeature[], subject: ViewSubject = NO_SUBJECT, language: LabelLanguage = ENGLISH): MapLabels {
  const points = withAtlasPlaces(drawn, basemap.points, subject);
  const subjects = subjectTiers([...points.map((point) => point.text), ...basemap.anchors.areas.map((area) => area.text)], subject);
  const labels = { anchors: basemap.anchors, points, obstacles: pointObstacles(drawn, subject), lines: routeLines(drawn), areas: areaRings(drawn), subjects };
  return language.gazetteer && language.lang !== 'en' ? labelsIn(labels, language.gazetteer, language.lang) : labels;
}

// The anchors are the same for every scene: each language's copy is made once.
const translatedAnchors = new WeakMap<LabelAnchors, Map<GazetteerLang, LabelAnchors>>();

/**
 * The same names in another language. What the view is about is worked out in English first (the
 * data and captions name places in English), then every name and its subject tier carried over.
 */
export function labelsIn(labels: MapLabels, gazetteer: Gazetteer, lang: GazetteerLang): MapLabels {
  const carried = new Map<string, string>();
  const points = labels.points.map((point) => {
    const key = point.key ?? basemapKey(point.kind, point.text);
    const text = (key.startsWith('feature/') ? mapNameIn(gazetteer, key, lang) : nameIn(gazetteer, key, lang)) ?? point.text;
    carried.set(point.text, text);
    return { ...point, text };
  });
  let byLang = translatedAnchors.get(labels.anchors);
  if (!byLang) translatedAnchors.set(labels.anchors, (byLang = new Map()));
  let anchors = byLang.get(lang);
  if (!anchors) {
    const areas = labels.anchors.areas.map((area) => ({ ...area, text: nameIn(gazetteer, basemapKey(area.kind, area.text), lang) ?? area.text }));
    byLang.set(lang, (anchors = { ...labels.anchors, areas }));
  }
  labels.anchors.areas.forEach((area, index) => carried.set(area.text, anchors.areas[index].text));
  const subjects = new Map([...labels.subjects].map(([text, tier]) => [carried.get(text) ?? text, tier]));
  return { ...labels, anchors, points, subjects };
}

/** Positions of the shown point features that are not named (named ones get a name beside them, these stay clear). */
export function pointObstacles(features: readonly DrawableFeature[], subject: ViewSubject = NO_SUBJECT): [number, number][] {
  return features.flatMap((feature) =>
    feature.geometry.type === 'Point' && !namesFeature(feature, subject) ? [feature.geometry.coordinates as [number, number]] : [],
  );
}

/** The drawn lines, as lists of positions. */
export function routeLines(features: readonly DrawableFeature[]): [number, number][][] {
  return features.flatMap((feature) => {
    const g = feature.geometry;
    if (g.type === 'LineString') return [g.coordinates as [number, number][]];
    if (g.type === 'MultiLineString') return g.coordinates as [number, number][][];
    return [];
  });
}

/** The outer ring of every drawn area. */
export function areaRings(features: readonly DrawableFeature[]): [number, number][][] {
  return features.flatMap((feature) => {
    const g = feature.geometry;
    if (g.type === 'Polygon') return [g.coordinates[0] as [number, number][]];
    if (g.type === 'MultiPolygon') return g.coordinates.map((polygon) => polygon[0] as [number, number][]);
    return [];
  });
}

export function characterSetOf(texts: Iterable<string>): string[] {
  const characters = new Set<string>();
  for (const text of texts) for (const character of text) characters.add(character);
  return [...characters].sort();
}

export function fontOf(style: TextStyle): string {
  return `${style.italic ? 'italic ' : ''}${style.weight} ${style.size}px ${LABEL_FONT}`;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const glyphWidths = new Map<string, number>();

/**
 * Widths as deck.gl lays text out: the sum of each letter's advance (no kerning), measured once per
 * letter and style at 64 px and scaled.
 */
export const measureWithCanvas: MeasureText = (text, style) => {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  let width = 0;
  for (const character of text) {
    const key = `${style.italic ? 'i' : ''}${style.weight}|${character}`;
    let advance = glyphWidths.get(key);
    if (advance === undefined) {
      if (!measureContext) return text.length * style.size * 0.58;
      measureContext.font = fontOf({ ...style, size: 64 });
      advance = measureContext.measureText(character).width / 64;
      glyphWidths.set(key, advance);
    }
    width += advance * style.size;
  }
  return width;
};

const rgba = (color: Rgb, alpha = 255): [number, number, number, number] => [...color, alpha];

/** Where every name goes in this view (for the layers below, and for tests through the map handle). */
export function placeMapLabels(labels: MapLabels, palette: Palette, view: LabelView, measure: MeasureText = measureWithCanvas, covers: readonly Box[] = []): PlacedLabel[] {
  return placeLabels({ ...labels, view, scale: palette.labelScale, measure, covers });
}

const characterSets = new WeakMap<MapLabels, string[]>();

/** Every letter any name can be drawn with: the glyph atlas is made once, not per view. */
export function charactersOf(labels: MapLabels): string[] {
  let characters = characterSets.get(labels);
  if (!characters) {
    const texts = [...labels.anchors.areas.map((a) => a.text), ...labels.points.map((p) => (p.kind === 'region' ? regionText(p.text) : p.text))];
    characters = characterSetOf(texts).filter((c) => c !== '\n');
    characterSets.set(labels, characters);
  }
  return characters;
}

const LABEL_STYLES = ['400', '600', 'italic 400'] as const;

/**
 * Loads the shipped font for every letter in `text`, in each style names are drawn in. The font's
 * scripts are separate files the browser fetches only for letters a page shows, and deck.gl draws
 * each letter once into its atlas: an Armenian or Cyrillic file not yet loaded would be drawn in a
 * fallback font (or as an empty box) for good.
 */
export async function loadFontsFor(text: string): Promise<void> {
  await Promise.all(LABEL_STYLES.map((style) => document.fonts.load(`${style} 16px ${LABEL_FONT}`, text || ' ')));
}

/** Loads the font for every letter any of these names can be drawn with. */
export const loadLabelFonts = (labels: MapLabels): Promise<void> => loadFontsFor(charactersOf(labels).join(''));

/** The name layers for a view: placed by labelPlacement, drawn by drawPlacedLabels. */
export function buildLabelLayers(labels: MapLabels, palette: Palette, view: LabelView): Layer[] {
  return drawPlacedLabels(placeMapLabels(labels, palette, view), palette, charactersOf(labels));
}

/** The layers that draw placed names: a halo round every letter, town dots only where a town is named. */
export function drawPlacedLabels(placed: readonly PlacedLabel[], palette: Palette, characters: readonly string[]): Layer[] {
  const common = {
    fontFamily: LABEL_FONT,
    // Every letter of every name, so ə, ş, ğ, ı and ț are in the glyph atlas from the start.
    characterSet: characters as string[],
    fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 16 },
    // In SDF units (a fraction of fontSettings.radius), not pixels: a clear halo round each name.
    outlineWidth: 7,
    outlineColor: rgba(palette.labelHalo, 230),
    sizeUnits: 'pixels' as const,
    lineHeight: LINE_HEIGHT,
    getPosition: (label: PlacedLabel) => label.position,
    getText: (label: PlacedLabel) => label.text,
    getSize: (label: PlacedLabel) => label.style.size,
    getTextAnchor: (label: PlacedLabel) => label.textAnchor,
    getAlignmentBaseline: (label: PlacedLabel) => label.baseline,
    getPixelOffset: (label: PlacedLabel) => label.offset,
    // Names are always drawn over the routes, whatever the depth buffer says.
    parameters: { depthCompare: 'always' as const, depthWriteEnabled: false },
  };
  const text = (id: string, fontWeight: string, data: PlacedLabel[]) =>
    new TextLayer<PlacedLabel>({ ...common, id, data, fontWeight, getColor: (label) => rgba(labelInk(palette, label.kind)) });
  const italic = placed.filter((label) => label.style.italic);
  const bold = placed.filter((label) => !label.style.italic && label.style.weight === 600);
  const regular = placed.filter((label) => !label.style.italic && label.style.weight === 400);
  // A town's dot with a 1-pixel ring in the halo's colour: the ring as a disc half a pixel wider under the dot.
  const dotRadius = (label: PlacedLabel) => (label.kind === 'capital' ? DOT_RADIUS.capital : DOT_RADIUS.city) * palette.labelScale;
  const dots = placed.filter((label) => label.dot);
  const dotLayer = (id: string, color: Rgb, extra: number) =>
    roundMarkLayer<PlacedLabel>({
      id,
      data: dots,
      getPosition: (label) => label.position,
      getRadius: (label) => dotRadius(label) + extra,
      getColor: rgba(color),
      parameters: common.parameters,
    });
  return [
    dotLayer('labels-town-dot-rings', palette.labelHalo, 0.5),
    dotLayer('labels-town-dots', palette.cityDot, -0.5),
    text('labels-water', 'italic 400', italic),
    text('labels-regular', '400', regular),
    text('labels-bold', '600', bold),
  ];
}
