/**
 * The embedded basemap as a MapLibre style: land, borders, water, lakes and rivers from the
 * GeoJSON files that scripts/prepare-basemap.ts writes to public/basemap/. Labels are drawn
 * by deck.gl (see labelLayers.ts) so that no glyph server is needed.
 * Pure: takes the palette and the URL the files are served under, returns a style object.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Palette } from '../style/palette.ts';
import { servedAsTiles } from './basemapTiles.ts';
import { inEnglish, type Translate } from '../model/words/message.ts';
import { basemapCredit } from '../model/scene/credits.ts';

/** Below this zoom the 1:50m countries are drawn, from it on the 1:10m ones. */
export const DETAIL_ZOOM = 5;

/** Rivers are drawn from this zoom (see the rivers layer). */
export const RIVERS_MIN_ZOOM = 4;

export const BASEMAP_FILES = [
  'countries-50m',
  'countries-10m',
  'borders-50m',
  'borders-10m',
  'lakes',
  'rivers',
  'labels',
] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];
/** Every file but the labels (deck.gl draws those) reaches the browser as vector tiles: see basemapTiles.ts. */
export const TILED_BASEMAP_FILES: readonly BasemapFile[] = BASEMAP_FILES.filter((file) => file !== 'labels');

/**
 * The atlas's routes are drawn beneath this layer (deck.gl's `beforeId`): borders stay visible on top
 * of lines that run along them, while their light halo stays under the routes.
 */
export const ROUTES_BENEATH_LAYER = 'borders-50m';

/** Country fills: one calm tint per colour index (neighbours never share one), plain land otherwise. */
export function countryFill(palette: Palette): ExpressionSpecification {
  return ['match', ['get', 'colour'], ...palette.countryTints.flatMap((tint, index) => [index, tint]), palette.land] as unknown as ExpressionSpecification;
}

export function basemapUrl(baseUrl: string, file: BasemapFile): string {
  return new URL(`basemap/${file}.geojson`, baseUrl).href;
}

/** Where country, sea and river names may stand (see model/scene/labelAnchors.ts). */
export function labelAnchorsUrl(baseUrl: string): string {
  return new URL('basemap/label-anchors.json', baseUrl).href;
}

/** Natural Earth is the data set's proper name, the same in every language: marked as English. */
const NATURAL_EARTH_LINK = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener" lang="en">Natural Earth</a>';

/** The map's credit line, as MapLibre's attribution shows it (HTML). */
export const attributionHtml = (translate: Translate = inEnglish): string => basemapCredit(translate, NATURAL_EARTH_LINK);

/**
 * A fill's own outline (`fill-outline-color`, or the antialiasing MapLibre draws with it) is a WebGL
 * program of its own; coastlines and shores drawn as 1-pixel lines share the line program the rivers
 * and borders link anyway, and the lines hide the unsmoothed edge of the fill beneath them.
 */
const UNOUTLINED = { 'fill-antialias': false } as const;

function coastline(id: string, source: BasemapFile, palette: Palette, zooms: { minzoom?: number; maxzoom?: number }): LayerSpecification {
  return { id, type: 'line', source, ...zooms, paint: { 'line-color': palette.coastline, 'line-width': 1 } };
}

/**
 * The atlas's own areas (a plant's site, a gas field) are filled by MapLibre, not deck.gl: a fill
 * shares the program the countries link (a colour read from each feature), where deck.gl's polygon
 * layer would link one more before the first map. Their outlines stay deck.gl's, with the routes.
 */
export const ATLAS_AREAS = 'atlas-areas';

const NO_AREAS: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** `areas`: the atlas's areas to fill, each with its `fill` colour (see corridorLayers.ts, areaFills). */
export function buildBasemapStyle(palette: Palette, baseUrl: string, areas: FeatureCollection = NO_AREAS): StyleSpecification {
  const style = servedAsTiles(basemapStyleOfFiles(palette, baseUrl), baseUrl, TILED_BASEMAP_FILES);
  const fills: LayerSpecification = {
    id: ATLAS_AREAS,
    type: 'fill',
    source: ATLAS_AREAS,
    paint: { 'fill-color': ['to-color', ['get', 'fill']], ...UNOUTLINED },
  };
  // Under the routes and the borders, above the borders' halo, where deck.gl drew them.
  const at = style.layers.findIndex((layer) => layer.id === ROUTES_BENEATH_LAYER);
  return {
    ...style,
    // Drawn as given: no simplification, so the fill meets its outline.
    sources: { ...style.sources, [ATLAS_AREAS]: { type: 'geojson', data: areas, tolerance: 0 } },
    layers: [...style.layers.slice(0, at), fills, ...style.layers.slice(at)],
  };
}

/** The style written against one GeoJSON source per file; the app is served it as tiles. */
function basemapStyleOfFiles(palette: Palette, baseUrl: string): StyleSpecification {
  const source = (file: BasemapFile) => ({
    type: 'geojson' as const,
    data: basemapUrl(baseUrl, file),
    // Coastlines and borders are already simplified at build time; keep them crisp.
    tolerance: 0.2,
  });
  return {
    version: 8,
    name: `Corridor Atlas basemap (${palette.name})`,
    sources: {
      'countries-50m': source('countries-50m'),
      'countries-10m': source('countries-10m'),
      'borders-50m': source('borders-50m'),
      'borders-10m': source('borders-10m'),
      lakes: source('lakes'),
      rivers: source('rivers'),
    },
    layers: [
      // Everything that is not a country is water: this is how the Caspian reads as a sea.
      { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
      { id: 'land-50m', type: 'fill', source: 'countries-50m', maxzoom: DETAIL_ZOOM, paint: { 'fill-color': countryFill(palette), ...UNOUTLINED } },
      coastline('coast-50m', 'countries-50m', palette, { maxzoom: DETAIL_ZOOM }),
      { id: 'land-10m', type: 'fill', source: 'countries-10m', minzoom: DETAIL_ZOOM, paint: { 'fill-color': countryFill(palette), ...UNOUTLINED } },
      coastline('coast-10m', 'countries-10m', palette, { minzoom: DETAIL_ZOOM }),
      {
        id: 'lakes',
        type: 'fill',
        source: 'lakes',
        // Read from the features, as the countries' colour is, though every lake has the same: MapLibre
        // builds one program per way a colour is given, and the lakes then share the countries' one.
        paint: { 'fill-color': ['to-color', ['coalesce', ['get', 'fill'], palette.lake]], ...UNOUTLINED },
      },
      coastline('lake-shores', 'lakes', palette, {}),
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        // The river extract covers the region only: from further out its clipped ends would show.
        minzoom: RIVERS_MIN_ZOOM,
        // Natural Earth's min_zoom says from which zoom a river is worth showing.
        filter: ['<=', ['coalesce', ['get', 'min_zoom'], 0], ['+', ['zoom'], 2.5]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': palette.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4, 10, 2.2],
        },
      },
      // Under the routes: a light band that keeps a border apart from a route beside it.
      {
        id: 'border-halo-50m',
        type: 'line',
        source: 'borders-50m',
        maxzoom: DETAIL_ZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.borderHalo, 'line-width': 3, 'line-opacity': 0.8 },
      },
      {
        id: 'border-halo-10m',
        type: 'line',
        source: 'borders-10m',
        minzoom: DETAIL_ZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.borderHalo, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3.5, 10, 5.5], 'line-opacity': 0.8 },
      },
      // Above the routes (see ROUTES_BENEATH_LAYER): a border is never hidden by a line along it.
      {
        id: 'borders-50m',
        type: 'line',
        source: 'borders-50m',
        maxzoom: DETAIL_ZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.border, 'line-width': 0.9 },
      },
      {
        id: 'borders-10m',
        type: 'line',
        source: 'borders-10m',
        minzoom: DETAIL_ZOOM,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': palette.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 1.8],
          'line-dasharray': [4, 1.5],
        },
      },
    ],
  };
}

/** Every paint property of the style for a palette: switching palettes repaints, it does not reload. */
export function basemapPaint(palette: Palette, baseUrl: string): [layerId: string, property: string, value: unknown][] {
  return buildBasemapStyle(palette, baseUrl).layers.flatMap((layer) =>
    Object.entries((layer as { paint?: Record<string, unknown> }).paint ?? {}).map(
      ([property, value]) => [layer.id, property, value] as [string, string, unknown],
    ),
  );
}
