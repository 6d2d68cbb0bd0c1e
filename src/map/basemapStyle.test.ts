import { describe, expect, it } from 'vitest';
import type { FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { basemapPaint, buildBasemapStyle, DETAIL_ZOOM } from './basemapStyle';
import { HIGH_CONTRAST, LIGHT } from '../style/palette';

const style = buildBasemapStyle(LIGHT, 'http://127.0.0.1:4173/atlas/');

describe('the basemap style', () => {
  it('paints everything that is not a country as water, so the Caspian reads as a sea', () => {
    const background = style.layers[0];
    expect(background.type).toBe('background');
    expect(background.paint).toEqual({ 'background-color': LIGHT.water });
  });

  it('fetches its data from the app’s own origin, under the app’s path', () => {
    for (const source of Object.values(style.sources)) {
      const data = (source as { data: string }).data;
      expect(data.startsWith('http://127.0.0.1:4173/atlas/basemap/')).toBe(true);
    }
    // No glyph or sprite server: labels come from deck.gl and the shipped font.
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
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
    expect(land.paint?.['fill-color']).toBe(HIGH_CONTRAST.land);
    expect(borders.paint?.['line-color']).toBe(HIGH_CONTRAST.border);
  });

  it('repaints every coloured layer when the palette changes', () => {
    const changes = basemapPaint(HIGH_CONTRAST, 'http://localhost/');
    expect(changes).toContainEqual(['water', 'background-color', HIGH_CONTRAST.water]);
    expect(changes).toContainEqual(['borders-10m', 'line-color', HIGH_CONTRAST.border]);
    const painted = new Set(changes.map(([layer]) => layer));
    for (const layer of style.layers) expect(painted.has(layer.id), layer.id).toBe(true);
  });

  it('credits Natural Earth', () => {
    const attributions = Object.values(style.sources).map((source) => (source as { attribution?: string }).attribution);
    expect(attributions.join(' ')).toContain('Natural Earth');
  });
});
