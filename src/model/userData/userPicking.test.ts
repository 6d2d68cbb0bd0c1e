import { describe, expect, it } from 'vitest';
import type { CheckedFeature, SimpleGeometry } from './geojsonCheck.ts';
import { toUserFeatures } from './userFeatures.ts';
import { buildGridIndex, partsInBox } from './gridIndex.ts';
import { pickUserFeature, type PickProjection } from './userPicking.ts';

/** 100 pixels to a degree, north up. */
const projection: PickProjection = {
  project: ([lon, lat]) => [lon * 100, -lat * 100],
  unproject: ([x, y]) => [x / 100, -y / 100],
};
const sizes = { pointRadius: 3, lineHalfWidth: 1 };
const feature = (geometry: SimpleGeometry, name: string): CheckedFeature => ({ type: 'Feature', geometries: [geometry], properties: { name } });
const at = (lon: number, lat: number) => projection.project([lon, lat]);

const square = (west: number, south: number, side: number) => [
  [west, south],
  [west + side, south],
  [west + side, south + side],
  [west, south + side],
  [west, south],
];

describe('the grid of parts', () => {
  it('finds exactly the boxes that meet a query box, each once, however many cells they span', () => {
    const boxes = new Float32Array([0, 0, 1, 1, 5, 5, 6, 6, 0, 0, 10, 10, 2, 8, 2, 8]);
    const index = buildGridIndex(boxes);
    expect(partsInBox(index, 0.5, 0.5, 0.6, 0.6)).toEqual([0, 2]);
    expect(partsInBox(index, 5.5, 5.5, 7, 7)).toEqual([1, 2]);
    expect(partsInBox(index, 1.9, 7.9, 2.1, 8.1)).toEqual([2, 3]);
    expect(partsInBox(index, 20, 20, 21, 21)).toEqual([]);
  });

  it('answers for many parts as a scan over all of them would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = new Float32Array(4000);
    for (let i = 0; i < 1000; i++) {
      const [x, y] = [random() * 10, random() * 10];
      boxes.set([x, y, x + random() * (i % 50 === 0 ? 8 : 0.3), y + random() * 0.3], i * 4);
    }
    const index = buildGridIndex(boxes);
    for (let q = 0; q < 50; q++) {
      const [x, y] = [random() * 10, random() * 10];
      const scan = [];
      for (let i = 0; i < 1000; i++) if (boxes[i * 4] <= x + 0.2 && boxes[i * 4 + 2] >= x && boxes[i * 4 + 1] <= y + 0.2 && boxes[i * 4 + 3] >= y) scan.push(i);
      expect(partsInBox(index, x, y, x + 0.2, y + 0.2)).toEqual(scan);
    }
  });
});

describe('what the pointer is on, among the user’s features', () => {
  const features = toUserFeatures([
    feature({ type: 'Point', coordinates: [1, 1] }, 'Well'),
    feature({ type: 'LineString', coordinates: [[2, 0], [2, 2], [4, 2]] }, 'Road'),
    feature({ type: 'Polygon', coordinates: [square(5, 0, 3), square(6, 1, 1)] }, 'Field with a pond'),
  ]);
  const layers = [{ id: 'mine', features }];
  const pick = (x: number, y: number) => pickUserFeature(layers, x, y, projection, sizes)?.index ?? null;

  it('hits a point within its mark and the tolerance, and nothing beyond', () => {
    const [x, y] = at(1, 1);
    expect(pick(x + 7, y)).toBe(0);
    expect(pick(x + 9, y)).toBeNull();
  });

  it('hits a line along any of its segments, not where its bounding box is empty', () => {
    const [x, y] = at(3, 2);
    expect(pick(x, y + 5)).toBe(1);
    const [cx, cy] = at(3, 1);
    expect(pick(cx, cy)).toBeNull();
  });

  it('hits an area inside it, not in its hole (except near the hole’s edge)', () => {
    expect(pick(...at(5.5, 2.5))).toBe(2);
    expect(pick(...at(6.5, 1.5))).toBeNull();
    expect(pick(...at(6.02, 1.5))).toBe(2);
  });

  it('cuts the area with its hole into triangles that cover it once', () => {
    const { positions, triangles } = features.polygons;
    let area = 0;
    for (let t = 0; t < triangles.length; t += 3) {
      const [a, b, c] = [triangles[t], triangles[t + 1], triangles[t + 2]].map((v) => [positions[v * 2], positions[v * 2 + 1]]);
      area += Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    }
    expect(area).toBeCloseTo(9 - 1);
  });

  it('answers from the topmost layer that has something there', () => {
    const other = toUserFeatures([feature({ type: 'Point', coordinates: [1, 1] }, 'Other well')]);
    const hit = pickUserFeature([...layers, { id: 'top', features: other }], ...at(1, 1), projection, sizes);
    expect(hit).toEqual({ layerId: 'top', index: 0 });
  });
});
