import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { LonLat } from '../geometry/coordinates.ts';
import { projectInFrame, unprojectInFrame, type MapFrame } from '../view/camera.ts';
import type { DrawableFeature, DrawableProperties } from './drawable.ts';
import { buildPickIndex, pickAt, pickShapes, regionLabelTargets, screenOutline, segmentDistance, shifted, type ScreenPoint, type ScreenProjection } from './picking.ts';
import { LIGHT, forProjector } from '../../style/palette.ts';
import { LAYER_SYMBOLS } from './symbology.ts';

/** 1000 × 1000 pixels over 40–50°E, 35–45°N, north up. */
const FRAME: MapFrame = {
  bounds: [
    [40, 35],
    [50, 45],
  ],
  width: 1000,
  height: 1000,
};
const projection: ScreenProjection = {
  project: (lonLat) => {
    const { x, y } = projectInFrame(lonLat, FRAME);
    return [x, y];
  },
  unproject: ([x, y]) => unprojectInFrame(x, y, FRAME),
};
const at = (lonLat: LonLat): ScreenPoint => projection.project(lonLat);

function feature(id: string, geometry: Geometry, properties: Partial<DrawableProperties> = {}): DrawableFeature {
  return { type: 'Feature', id, geometry, properties: { name: id, layer: 'middle-corridor', kind: 'rail', ...properties } };
}

const railway = feature('railway', { type: 'LineString', coordinates: [[41, 40], [49, 40]] });
const crossing = feature('crossing', { type: 'LineString', coordinates: [[45, 36], [45, 44]] }, { layer: 'southern-gas-corridor', kind: 'pipeline' });
const port = feature('port', { type: 'Point', coordinates: [43, 40] }, { kind: 'port' });
const field = feature('field', { type: 'Polygon', coordinates: [[[46, 41], [48, 41], [48, 43], [46, 43], [46, 41]]] }, { layer: 'energy-plants', kind: 'field' });
const region = feature('region', { type: 'Point', coordinates: [42, 37] }, { layer: 'places', kind: 'region', name: 'Some Region' });
const powerLine = feature('power', { type: 'LineString', coordinates: [[41, 38], [49, 38]] }, { layer: 'nakhchivan-330kv', kind: 'power-line' });
const drawn = [railway, crossing, port, field, region, powerLine];
const index = buildPickIndex(pickShapes(drawn, LIGHT));
const pick = (point: ScreenPoint, radius = 5, labels = [] as Parameters<typeof pickAt>[4]) =>
  pickAt(index, projection, point, radius, labels).map((hit) => hit.id);

describe('CPU picking', () => {
  it('the round trip through the frame projection lands where it started', () => {
    const [x, y] = at([44.5, 41.2]);
    const [lon, lat] = unprojectInFrame(x, y, FRAME);
    expect(lon).toBeCloseTo(44.5, 9);
    expect(lat).toBeCloseTo(41.2, 9);
  });

  it('hits a line within its half width plus the radius, and misses it beyond', () => {
    const [x, y] = at([44, 40]);
    const { halfWidth } = pickShapes([railway], LIGHT)[0] as { halfWidth: number };
    expect(pick([x, y + halfWidth + 4.9])).toEqual(['railway']);
    expect(pick([x, y + halfWidth + 5.1])).toEqual([]);
    expect(pick([x, y - halfWidth - 3], 2)).toEqual([]);
  });

  it('hits a point by the size of its mark, and a projector palette makes marks bigger', () => {
    const [x, y] = at([43, 40]);
    const radius = LAYER_SYMBOLS['middle-corridor'].pointRadius;
    // Above the railway, so only the port's mark can be hit.
    expect(pick([x, y - radius - 1], 0)).toEqual([]);
    const projector = buildPickIndex(pickShapes(drawn, forProjector(LIGHT)));
    expect(pickAt(projector, projection, [x, y - radius - 1], 0).map((hit) => hit.id)).toEqual(['port']);
  });

  it('lists every feature under the pointer, nearest first, a point before the line it sits on', () => {
    expect(pick(at([43, 40]))).toEqual(['port', 'railway']);
    const [x, y] = at([45, 40]);
    expect(pick([x + 1, y]).sort()).toEqual(['crossing', 'railway']);
    // Nearer the pipeline than the railway.
    expect(pick([x + 1, y - 4])[0]).toBe('crossing');
    expect(pick([x + 4, y - 1])[0]).toBe('railway');
  });

  it('hits an area by containment, unless a line is drawn on top of it there', () => {
    expect(pick(at([47, 42.5]))).toEqual(['field']);
    expect(pick(at([49.5, 42.5]))).toEqual([]);
    const inside = feature('inside', { type: 'LineString', coordinates: [[46.5, 42], [47.5, 42]] });
    const withLine = buildPickIndex(pickShapes([field, inside], LIGHT));
    expect(pickAt(withLine, projection, at([47, 42]), 5).map((hit) => hit.id)).toEqual(['inside']);
    expect(pickAt(withLine, projection, at([47, 42.7]), 5).map((hit) => hit.id)).toEqual(['field']);
  });

  it('follows a power line where it is drawn, shifted to the right of its direction', () => {
    const [x, y] = at([43, 38]);
    const shape = pickShapes([powerLine], LIGHT)[0] as { offset: number; halfWidth: number };
    expect(shape.offset).toBeGreaterThan(0);
    // Drawn eastwards: its right is the south, further down the screen.
    expect(pick([x, y + shape.offset], 0)).toEqual(['power']);
    expect(pick([x, y - shape.offset - shape.halfWidth - 1], 0)).toEqual([]);
  });

  it('a region has no mark: it is hit by its name where the map draws one, only where nothing else is', () => {
    const box = { minX: 150, minY: 850, maxX: 260, maxY: 870 };
    const labels = regionLabelTargets([{ name: 'Some Region', kind: 'region', box }, { name: 'Elsewhere', kind: 'region', box }], drawn);
    expect(labels).toEqual([{ id: 'region', box }]);
    expect(pick(at([42, 37]))).toEqual([]);
    expect(pick([200, 860], 5, labels)).toEqual(['region']);
    expect(pick([300, 860], 5, labels)).toEqual([]);
  });

  it('the outline of a hit follows what is drawn: a shifted line, a point with its mark size, an area closed', () => {
    const power = pickShapes([powerLine], LIGHT)[0];
    const outline = screenOutline(power, projection);
    expect(outline.closed).toBe(false);
    expect(outline.paths[0][0][1]).toBeCloseTo(at([41, 38])[1] + (power.type === 'line' ? power.offset : Number.NaN), 6);
    expect(screenOutline(pickShapes([field], LIGHT)[0], projection).closed).toBe(true);
    expect(screenOutline(pickShapes([port], LIGHT)[0], projection).size).toBeGreaterThan(LAYER_SYMBOLS['middle-corridor'].pointRadius);
  });

  it('segment geometry: distance to the nearest point of a segment, and a right-hand shift', () => {
    expect(segmentDistance([5, 3], [0, 0], [10, 0])).toBe(3);
    expect(segmentDistance([14, 3], [0, 0], [10, 0])).toBe(5);
    expect(shifted([0, 0], [10, 0], 2)).toEqual([
      [0, 2],
      [10, 2],
    ]);
  });
});
