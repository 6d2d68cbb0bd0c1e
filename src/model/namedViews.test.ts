import { describe, expect, it } from 'vitest';
import { addViews, corridorPresets, parseViews, serializeViews, type SavedView } from './namedViews';
import type { AtlasFeature } from './feature';

const point = (id: string, layer: AtlasFeature['properties']['layer'], coordinates: [number, number]) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { layer } }) as unknown as AtlasFeature;

const views: SavedView[] = [
  { name: 'TRIPP close up', hash: '#map=9/38.9/46.3&feature=tripp-syunik-route', savedAt: '2026-11-22T10:00:00.000Z' },
  { name: 'Whole corridor', hash: '#map=4/42/55', savedAt: '2026-11-22T10:05:00.000Z' },
];

describe('corridor presets', () => {
  it('frames every feature of each layer, and skips empty layers', () => {
    const presets = corridorPresets([point('a', 'tripp', [44, 39]), point('b', 'tripp', [46.5, 38.9]), point('c', 'places', [49.9, 40.4])]);
    expect(presets.map((p) => p.layer)).toEqual(['places', 'tripp']);
    expect(presets[1].bounds).toEqual([
      [44, 38.9],
      [46.5, 39],
    ]);
  });
});

describe('views files', () => {
  it('round-trip', () => {
    expect(parseViews(serializeViews(views))).toEqual({ views, problems: [] });
  });

  it('refuse a file that is not a views file, losing nothing', () => {
    expect(parseViews('{"type": "FeatureCollection"}')).toEqual({ views: [], problems: ['This file is not a Corridor Atlas views file.'] });
    expect(parseViews('not json').problems[0]).toMatch(/not JSON/);
  });

  it('skip a broken entry and keep the rest', () => {
    const text = JSON.stringify({ format: 'corridor-atlas-views', views: [{ name: '' }, views[0], { name: 'x', hash: 42 }] });
    const parsed = parseViews(text);
    expect(parsed.views).toEqual([views[0]]);
    expect(parsed.problems).toHaveLength(2);
  });

  it('never overwrite a view of the same name', () => {
    const merged = addViews(views, [views[0], views[0]]);
    expect(merged.map((v) => v.name)).toEqual(['TRIPP close up', 'Whole corridor', 'TRIPP close up (2)', 'TRIPP close up (3)']);
  });
});
