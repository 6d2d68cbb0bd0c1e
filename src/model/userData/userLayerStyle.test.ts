import { describe, expect, it } from 'vitest';
import { colorScheme, restyleUserLayer, styleableProperties, vertexColors } from './userLayerStyle.ts';
import type { UserFeatures } from './userFeatures.ts';

describe('a layer of your own coloured by a property', () => {
  it('offers the properties with plain values, as numbers only where every value is one', () => {
    const offered = styleableProperties([
      { name: 'Depot A', tonnes: 12, kind: 'rail', nested: { a: 1 } },
      { name: 'Depot B', tonnes: null, kind: 3 },
    ]);
    expect(offered).toEqual([
      { key: 'name', kind: 'category' },
      { key: 'tonnes', kind: 'number' },
      { key: 'kind', kind: 'category' },
    ]);
  });

  it('gives each word its own colour, the commonest first, and names features without one', () => {
    const { classes, classOf } = colorScheme(['rail', 'port', 'rail', null, 'rail'], 'category');
    expect(classes.map((c) => ('value' in c ? c.value : 'missing' in c ? '(none)' : '(other)'))).toEqual(['rail', 'port', '(none)']);
    expect(classes.map((c) => c.count)).toEqual([3, 1, 1]);
    expect([...classOf]).toEqual([0, 1, 0, 2, 0]);
    expect(new Set(classes.map((c) => c.color.join()))).toHaveProperty('size', 3);
  });

  it('puts the rarest words together as "other" when there are more words than colours', () => {
    const words = ['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd', 'e', 'e', 'f', 'f', 'g', 'h'];
    const { classes, classOf } = colorScheme(words, 'category');
    expect(classes).toHaveLength(7);
    expect(classes.at(-1)).toMatchObject({ other: true, count: 2 });
    expect(classOf[words.indexOf('h')]).toBe(6);
  });

  it('cuts numbers into classes of about equal counts, light to dark as they grow', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const { classes, classOf } = colorScheme(values, 'number');
    expect(classes.map((c) => ('from' in c ? [c.from, c.to, c.count] : null))).toEqual([
      [1, 20, 20],
      [21, 40, 20],
      [41, 60, 20],
      [61, 80, 20],
      [81, 100, 20],
    ]);
    expect(classOf[0]).toBe(0);
    expect(classOf[99]).toBe(4);
    const lightness = classes.map((c) => c.color[0] + c.color[1] + c.color[2]);
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
  });

  it('makes no more classes than there are numbers, and every feature is in one', () => {
    const { classes, classOf } = colorScheme([5, 5, 7, undefined], 'number');
    expect(classes.map((c) => ('from' in c ? [c.from, c.to] : 'missing'))).toEqual([[5, 5], [7, 7], 'missing']);
    expect([...classOf]).toEqual([0, 0, 1, 2]);
  });

  it('colours every vertex of a path or area with its feature\'s colour', () => {
    const features = {
      points: { positions: new Float32Array([0, 0]), featureIds: new Uint32Array([2]) },
      lines: { positions: new Float32Array(10), starts: new Uint32Array([0, 2, 5]), featureIds: new Uint32Array([0, 1]) },
      polygons: { positions: new Float32Array(16), ringStarts: new Uint32Array([0, 4, 8]), polygonStarts: new Uint32Array([0, 1, 2]), featureIds: new Uint32Array([1, 2]) },
    } as unknown as UserFeatures;
    const scheme = colorScheme(['rail', 'port', 'road'], 'category');
    const colors = vertexColors(features, scheme, { points: 255, lines: 230, areas: 70 });
    const rgbAt = (array: Uint8Array, vertex: number) => [...array.slice(vertex * 4, vertex * 4 + 4)];
    const of = (feature: number, alpha: number) => [...scheme.classes[scheme.classOf[feature]].color, alpha];
    expect([0, 1, 2, 3, 4].map((v) => rgbAt(colors.lines, v))).toEqual([of(0, 230), of(0, 230), of(1, 230), of(1, 230), of(1, 230)]);
    expect([0, 3, 4, 7].map((v) => rgbAt(colors.areas, v))).toEqual([of(1, 70), of(1, 70), of(2, 70), of(2, 70)]);
    expect(rgbAt(colors.points, 0)).toEqual(of(2, 255));
  });

  it('is kept per layer: restyling one leaves the others', () => {
    const layers = [{ id: 'a' }, { id: 'b', style: { labelBy: 'name' } }];
    expect(restyleUserLayer(layers, 'b', { colorBy: 'kind' })).toEqual([{ id: 'a' }, { id: 'b', style: { labelBy: 'name', colorBy: 'kind' } }]);
  });
});
