import { describe, expect, it } from 'vitest';
import { LANGS } from '../model/words/language.ts';
import { translatorFor } from '../../scripts/lib/commandWords.ts';
import type { FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { ATLAS_AREAS, attributionHtml, basemapPaint, buildBasemapStyle, countryFill, DETAIL_ZOOM, ROUTES_BENEATH_LAYER, TILED_BASEMAP_FILES } from './basemapStyle.ts';
import { MAX_TILE_ZOOM, tileZoomRange, TILE_SOURCE } from './basemapTiles.ts';
import { HIGH_CONTRAST, LIGHT } from '../style/palette.ts';
import { COUNTRY_TINT_COUNT } from '../basemap/countryColours.ts';

const style = buildBasemapStyle(LIGHT, 'http://127.0.0.1:4173/atlas/');

describe('the basemap style', () => {
  it('paints everything that is not a country as water, so the Caspian reads as a sea', () => {
    const background = style.layers[0];
    expect(background.type).toBe('background');
    expect(background.paint).toEqual({ 'background-color': LIGHT.water });
  });

  it('fetches its data from the app’s own origin, under the app’s path', () => {
    for (const [id, source] of Object.entries(style.sources)) {
      // The atlas's own areas come with the style, as data.
      if (id === ATLAS_AREAS) continue;
      const urls = (source as { tiles?: string[]; data?: string }).tiles ?? [(source as { data: string }).data];
      for (const url of urls) expect(url.startsWith('http://127.0.0.1:4173/atlas/basemap/')).toBe(true);
    }
    // No glyph or sprite server: labels come from deck.gl and the shipped font.
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('reads the basemap as pre-cut tiles, each layer from a tile layer cut at the zooms it is drawn at', () => {
    expect(Object.keys(style.sources)).toEqual([TILE_SOURCE, ATLAS_AREAS]);
    const source = style.sources[TILE_SOURCE] as { type: string; tiles: string[]; maxzoom: number };
    expect(source.type).toBe('vector');
    expect(source.tiles).toEqual(['http://127.0.0.1:4173/atlas/basemap/tiles/{z}/{x}/{y}.pbf']);
    expect(source.maxzoom).toBe(MAX_TILE_ZOOM);
    for (const layer of style.layers) {
      if (layer.type === 'background' || layer.id === ATLAS_AREAS) continue;
      const file = (layer as { 'source-layer': string })['source-layer'];
      expect(TILED_BASEMAP_FILES, layer.id).toContain(file);
      // Drawn only at zooms its tiles were cut for (MapLibre overzooms beyond the last).
      const [min, max] = tileZoomRange(file, DETAIL_ZOOM);
      expect(layer.minzoom ?? 0, layer.id).toBeGreaterThanOrEqual(min);
      if (max < MAX_TILE_ZOOM) expect(layer.maxzoom, layer.id).toBeLessThanOrEqual(max + 1);
    }
  });

  it('switches from 1:50m to 1:10m countries and borders at the detail zoom, with no gap', () => {
    const byId = Object.fromEntries(style.layers.map((layer) => [layer.id, layer]));
    expect(byId['land-50m'].maxzoom).toBe(DETAIL_ZOOM);
    expect(byId['land-10m'].minzoom).toBe(DETAIL_ZOOM);
    expect(byId['borders-50m'].maxzoom).toBe(DETAIL_ZOOM);
    expect(byId['borders-10m'].minzoom).toBe(DETAIL_ZOOM);
  });

  it('draws borders above land and rivers, so they are never hidden', () => {
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf('borders-10m')).toBeGreaterThan(order.indexOf('land-10m'));
    expect(order.indexOf('borders-10m')).toBeGreaterThan(order.indexOf('rivers'));
    expect(order.indexOf('lakes')).toBeGreaterThan(order.indexOf('land-10m'));
  });

  it('takes every colour from the palette, so a new palette restyles the whole map', () => {
    const contrast = buildBasemapStyle(HIGH_CONTRAST, 'http://localhost/');
    const land = contrast.layers.find((layer) => layer.id === 'land-10m') as FillLayerSpecification;
    const borders = contrast.layers.find((layer) => layer.id === 'borders-50m') as LineLayerSpecification;
    expect(land.paint?.['fill-color']).toEqual(countryFill(HIGH_CONTRAST));
    expect(borders.paint?.['line-color']).toBe(HIGH_CONTRAST.border);
  });

  it('tints each country by its colour index, so neighbours read apart', () => {
    const fill = countryFill(LIGHT) as unknown[];
    expect(fill.slice(0, 2)).toEqual(['match', ['get', 'colour']]);
    LIGHT.countryTints.forEach((tint, index) => expect(fill.slice(2 + 2 * index, 4 + 2 * index)).toEqual([index, tint]));
    expect(new Set(LIGHT.countryTints).size).toBe(LIGHT.countryTints.length);
    // As many tints as the build's map colouring uses.
    expect(LIGHT.countryTints.length).toBe(COUNTRY_TINT_COUNT);
    expect(HIGH_CONTRAST.countryTints.length).toBe(COUNTRY_TINT_COUNT);
    expect(fill[fill.length - 1]).toBe(LIGHT.land);
  });

  it('draws borders above the routes and their halo beneath them', () => {
    const order = style.layers.map((layer) => layer.id);
    expect(order.indexOf(ROUTES_BENEATH_LAYER)).toBeGreaterThan(order.indexOf('border-halo-10m'));
    expect(order.indexOf('borders-10m')).toBeGreaterThan(order.indexOf(ROUTES_BENEATH_LAYER));
    expect(order.slice(order.indexOf(ROUTES_BENEATH_LAYER))).toEqual(['borders-50m', 'borders-10m']);
  });

  it('repaints every coloured layer when the palette changes', () => {
    const changes = basemapPaint(HIGH_CONTRAST, 'http://localhost/');
    expect(changes).toContainEqual(['water', 'background-color', HIGH_CONTRAST.water]);
    expect(changes).toContainEqual(['borders-10m', 'line-color', HIGH_CONTRAST.border]);
    const painted = new Set(changes.map(([layer]) => layer));
    for (const layer of style.layers) expect(painted.has(layer.id), layer.id).toBe(true);
  });

  it('fills the atlas’s areas in the colour each feature carries, over the borders’ halo and under the borders', () => {
    const field = { type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [[[49, 40], [50, 40], [50, 41], [49, 40]]] }, properties: { fill: 'rgba(1, 2, 3, 0.25)' } };
    const withAreas = buildBasemapStyle(LIGHT, 'http://localhost/', { type: 'FeatureCollection', features: [field] });
    expect((withAreas.sources[ATLAS_AREAS] as { data: unknown }).data).toEqual({ type: 'FeatureCollection', features: [field] });
    const order = withAreas.layers.map((layer) => layer.id);
    expect(order.indexOf(ATLAS_AREAS)).toBe(order.indexOf(ROUTES_BENEATH_LAYER) - 1);
    expect(order.indexOf(ATLAS_AREAS)).toBeGreaterThan(order.indexOf('border-halo-10m'));
    expect((withAreas.layers[order.indexOf(ATLAS_AREAS)] as FillLayerSpecification).paint?.['fill-color']).toEqual(['to-color', ['get', 'fill']]);
  });

  it('outlines land and lakes with lines, not with a fill’s own outline (a WebGL program more)', () => {
    for (const layer of style.layers) {
      if (layer.type !== 'fill') continue;
      expect(layer.paint?.['fill-outline-color'], layer.id).toBeUndefined();
      expect(layer.paint?.['fill-antialias'], layer.id).toBe(false);
    }
    const order = style.layers.map((layer) => layer.id);
    for (const [fill, outline] of [['land-50m', 'coast-50m'], ['land-10m', 'coast-10m'], ['lakes', 'lake-shores']]) {
      expect(order.indexOf(outline), outline).toBe(order.indexOf(fill) + 1);
      expect((style.layers[order.indexOf(outline)] as LineLayerSpecification).paint?.['line-color']).toBe(LIGHT.coastline);
    }
  });

  it('credits Natural Earth in every language, with a link to it', () => {
    for (const lang of LANGS) {
      const credit = attributionHtml(translatorFor(lang));
      expect(credit, lang).toContain('<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener" lang="en">Natural Earth</a>');
      // The words around the name are the language's own: English is not left in the others.
      if (lang !== 'en') expect(credit, lang).not.toContain('Basemap');
    }
  });
});
