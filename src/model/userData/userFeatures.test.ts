import { describe, expect, it } from 'vitest';
import { halfPixelDegrees, simplifiedLevel, SIMPLIFIED_ZOOMS, toUserFeatures, userFeatureBounds } from './userFeatures.ts';

const line = (coordinates: number[][]) => ({ type: 'Feature' as const, geometries: [{ type: 'LineString' as const, coordinates }], properties: {} });

describe('lines simplified for the zoom', () => {
  // A straight run with a wiggle of 0.01° in the middle and a bend of 1° at the end.
  const features = toUserFeatures([line([[40, 40], [40.5, 40.01], [41, 40], [42, 41]])]);

  it('keeps a wiggle only where it is more than half a pixel, and the ends and the bend always', () => {
    const wiggle = 0.01;
    SIMPLIFIED_ZOOMS.forEach((zoom, level) => {
      const expected = halfPixelDegrees(zoom) < wiggle * 0.99 ? [0, 1, 1, 2, 2, 3] : [0, 2, 2, 3];
      expect([...features.lines.simplified[level]], `zoom ${zoom}`).toEqual(expected);
    });
    expect([...features.lines.segments]).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('draws every vertex past the last simplified zoom', () => {
    expect(simplifiedLevel(1)).toBe(0);
    expect(simplifiedLevel(SIMPLIFIED_ZOOMS[2] + 0.5)).toBe(2);
    expect(simplifiedLevel(SIMPLIFIED_ZOOMS[SIMPLIFIED_ZOOMS.length - 1] + 1)).toBe(-1);
  });
});

describe('polygon outlines simplified for the zoom', () => {
  // A square ring with a dent of 0.01° in its bottom edge.
  const ring = [[40, 40], [40.5, 40.01], [41, 40], [41, 41], [40, 41], [40, 40]];
  const features = toUserFeatures([{ type: 'Feature' as const, properties: {}, geometries: [{ type: 'Polygon' as const, coordinates: [ring] }] }]);

  it('keeps the dent only where it is more than half a pixel, and always the corners and the closing vertex', () => {
    SIMPLIFIED_ZOOMS.forEach((zoom, level) => {
      const dent = halfPixelDegrees(zoom) < 0.0099 ? [0, 1, 1, 2] : [0, 2];
      expect([...features.polygons.simplifiedOutlines[level]], `zoom ${zoom}`).toEqual([...dent, 2, 3, 3, 4, 4, 5]);
    });
    expect([...features.polygons.outlines]).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });
});

describe('where a feature lies', () => {
  const features = toUserFeatures([
    line([[40, 40], [41, 42]]),
    {
      type: 'Feature' as const,
      properties: {},
      geometries: [
        { type: 'Point' as const, coordinates: [50, 39] },
        { type: 'Polygon' as const, coordinates: [[[44, 38], [45, 38], [45, 39.5], [44, 38]]] },
      ],
    },
    line([[30, 30], [31, 31]]),
  ]);

  it('is the box round all of its parts, whatever their kind, and none of the others', () => {
    expect(userFeatureBounds(features, 0)).toEqual([[40, 40], [41, 42]]);
    expect(userFeatureBounds(features, 1)).toEqual([[44, 38], [50, 39.5]]);
    expect(userFeatureBounds(features, 2)).toEqual([[30, 30], [31, 31]]);
    expect(userFeatureBounds(features, 3)).toBeNull();
  });
});
