/**
 * Basemap labels (countries, seas, cities) drawn by deck.gl's TextLayer from the font the app
 * ships, so the map needs no glyph server. Which labels show depends on zoom and rank.
 */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, Point } from 'geojson';
import type { Palette, Rgb } from '../style/palette';
import type { DrawableFeature } from '../model/drawable';

export type LabelKind = 'country' | 'sea' | 'city' | 'capital' | 'region' | 'river';

export interface BasemapLabel {
  position: [number, number];
  text: string;
  kind: LabelKind;
  /** 1 is the most important. */
  rank: number;
  minZoom: number;
}

export const LABEL_FONT = '"Noto Sans", "DejaVu Sans", sans-serif';

interface LabelProperties {
  text: string;
  kind: LabelKind;
  rank: number;
  min_zoom: number;
}

export function labelsFromGeojson(collection: FeatureCollection<Point, LabelProperties>): BasemapLabel[] {
  return collection.features.map((feature) => ({
    position: feature.geometry.coordinates as [number, number],
    text: feature.properties.text,
    kind: feature.properties.kind,
    rank: feature.properties.rank,
    minZoom: feature.properties.min_zoom,
  }));
}

/** Zoom rounded down to half steps: labels change at these, so layers are not rebuilt on every frame. */
export function labelZoomStep(zoom: number): number {
  return Math.floor(zoom * 2) / 2;
}

/** Labels worth showing at a zoom. */
export function labelsAtZoom(labels: readonly BasemapLabel[], zoom: number): BasemapLabel[] {
  const step = labelZoomStep(zoom);
  return labels.filter((label) => label.minZoom <= step);
}

/** Web Mercator position in screen pixels at a zoom (512-pixel world at zoom 0, as MapLibre). */
function worldPixel([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/**
 * City names that would overlap a more important one are left out: the boxes are estimated
 * from the text length, which is close enough for names set in one font.
 */
export function declutterCities(cities: readonly BasemapLabel[], zoom: number, scale: number): BasemapLabel[] {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const kept: BasemapLabel[] = [];
  for (const label of [...cities].sort((a, b) => a.rank - b.rank || (a.kind === 'capital' ? -1 : 1))) {
    const [x, y] = worldPixel(label.position, zoom);
    const size = (label.kind === 'capital' ? 13 : 11.5) * scale;
    const box = { x0: x - 4, x1: x + 8 + label.text.length * size * 0.58, y0: y - size * 0.7, y1: y + size * 0.7 };
    if (placed.some((p) => box.x0 < p.x1 && box.x1 > p.x0 && box.y0 < p.y1 && box.y1 > p.y0)) continue;
    placed.push(box);
    kept.push(label);
  }
  return kept;
}

export function characterSetOf(labels: readonly BasemapLabel[]): string[] {
  const characters = new Set<string>();
  for (const label of labels) for (const character of label.text) characters.add(character);
  return [...characters].sort();
}

/**
 * Names for the atlas's own places (Khojaly, Jamilli, Aghband…) where the basemap has none:
 * a basemap name within about 10 km that the place's name starts with counts as the same place.
 */
export function atlasPlaceLabels(places: readonly DrawableFeature[], basemap: readonly BasemapLabel[]): BasemapLabel[] {
  const near = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 0.12 && Math.abs(a[1] - b[1]) < 0.09;
  return places.flatMap((place): BasemapLabel[] => {
    const { kind } = place.properties;
    if ((kind !== 'place' && kind !== 'region') || place.geometry.type !== 'Point') return [];
    const position = place.geometry.coordinates as [number, number];
    const text = place.properties.name.replace(/ \(.*\)$/, '');
    const named = basemap.some((label) => near(label.position, position) && text.startsWith(label.text));
    if (named) return [];
    // A region is named as an area, without a town's dot.
    return kind === 'region'
      ? [{ position, text, kind: 'region', rank: 4, minZoom: 6 }]
      : [{ position, text, kind: 'city', rank: 5, minZoom: 7 }];
  });
}

const isCity = (label: BasemapLabel) => label.kind === 'city' || label.kind === 'capital';
const rgba = (color: Rgb, alpha = 255): [number, number, number, number] => [...color, alpha];

export function buildLabelLayers(labels: readonly BasemapLabel[], palette: Palette, zoom: number): Layer[] {
  const shown = labelsAtZoom(labels, zoom);
  const scale = palette.labelScale;
  const cities = declutterCities(shown.filter(isCity), zoom, scale);
  const common = {
    fontFamily: LABEL_FONT,
    // Every letter of every label, so ə, ş, ğ, ı and ț are in the glyph atlas from the start.
    characterSet: characterSetOf(labels),
    fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 16 },
    // In SDF units (a fraction of fontSettings.radius), not pixels: a clear halo round each name.
    outlineWidth: 7,
    outlineColor: rgba(palette.labelHalo, 230),
    sizeUnits: 'pixels' as const,
    // Names are always drawn over the routes, whatever the depth buffer says.
    parameters: { depthCompare: 'always' as const, depthWriteEnabled: false },
  };
  return [
    new TextLayer<BasemapLabel>({
      ...common,
      id: 'labels-water',
      data: shown.filter((label) => label.kind === 'sea' || label.kind === 'river'),
      fontWeight: 'italic 400',
      getPosition: (label) => label.position,
      getText: (label) => label.text,
      getSize: (label) => (label.kind === 'river' ? 11 : label.rank <= 1 ? 15 : 12.5) * scale,
      getColor: rgba(palette.seaLabel),
      updateTriggers: { getSize: scale },
    }),
    new TextLayer<BasemapLabel>({
      ...common,
      id: 'labels-country',
      data: shown.filter((label) => label.kind === 'country' || label.kind === 'region'),
      fontWeight: 600,
      getPosition: (label) => label.position,
      // Title case, not capitals: deck.gl's glyph cells clip accents above capitals (the Ü of TÜRKİYE).
      getText: (label) => label.text,
      getSize: (label) => (label.rank <= 2 ? 15 : 12.5) * scale,
      getColor: rgba(palette.countryLabel),
      updateTriggers: { getSize: scale },
    }),
    new ScatterplotLayer<BasemapLabel>({
      id: 'labels-city-dots',
      data: cities,
      radiusUnits: 'pixels',
      getPosition: (label) => label.position,
      getRadius: (label) => (label.kind === 'capital' ? 3.5 : 2.5) * scale,
      getFillColor: rgba(palette.cityDot),
      stroked: true,
      getLineColor: rgba(palette.labelHalo),
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      parameters: common.parameters,
      updateTriggers: { getRadius: scale },
    }),
    new TextLayer<BasemapLabel>({
      ...common,
      id: 'labels-city',
      data: cities,
      fontWeight: 400,
      getPosition: (label) => label.position,
      getText: (label) => label.text,
      getSize: (label) => (label.kind === 'capital' ? 13 : 11.5) * scale,
      getColor: rgba(palette.cityLabel),
      getTextAnchor: 'start',
      getAlignmentBaseline: 'center',
      getPixelOffset: [6 * scale, 0],
      updateTriggers: { getSize: scale, getPixelOffset: scale },
    }),
  ];
}
