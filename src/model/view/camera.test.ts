import { describe, expect, it } from 'vitest';
import { latitudeOfMercatorY, mercatorAspect, mercatorY, metresPerPixel, projectInFrame, worldLonLat, worldPixel } from './camera.ts';

describe('Web Mercator', () => {
  it('puts the equator in the middle of the world and the map’s corners at its edges', () => {
    expect(worldPixel([0, 0], 0)).toEqual([256, 256]);
    const [x, y] = worldPixel([-180, 85.051129], 0);
    expect(x).toBe(0);
    expect(y).toBeCloseTo(0, 3);
    expect(worldPixel([180, -85.051129], 1)[1]).toBeCloseTo(1024, 3);
  });

  it('stretches latitude towards the poles, as MapLibre draws it', () => {
    // Baku and Moscow at zoom 5: the same degree of latitude is taller further north.
    const baku = worldPixel([49.87, 40.41], 5);
    const moscow = worldPixel([37.62, 55.76], 5);
    expect(baku[0]).toBeCloseTo(((49.87 + 180) / 360) * 512 * 32, 6);
    expect(baku[1] - worldPixel([49.87, 41.41], 5)[1]).toBeLessThan(moscow[1] - worldPixel([37.62, 56.76], 5)[1]);
  });

  it('reads a pixel back to the place it came from', () => {
    for (const place of [[49.87, 40.41], [-74, -33.5], [139.7, 35.7]] as [number, number][]) {
      const [lon, lat] = worldLonLat(worldPixel(place, 6.5), 6.5);
      expect(lon).toBeCloseTo(place[0], 9);
      expect(lat).toBeCloseTo(place[1], 9);
    }
    expect(latitudeOfMercatorY(mercatorY(47.8))).toBeCloseTo(47.8, 9);
  });

  it('keeps a pole on the map instead of sending it to infinity', () => {
    expect(Number.isFinite(mercatorY(90))).toBe(true);
    expect(mercatorY(90)).toBeCloseTo(Math.PI, 6);
  });

  it('knows the ground resolution of a pixel', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });

  it('gives the shape of an area: a square degree near the equator is square, further north it is tall', () => {
    expect(mercatorAspect([[0, -0.5], [1, 0.5]])).toBeCloseTo(1, 3);
    expect(mercatorAspect([[40, 40], [41, 41]])).toBeCloseTo(1 / Math.cos((40.5 * Math.PI) / 180), 2);
  });

  it('places a point in a north-up frame as the map does', () => {
    const frame = { bounds: [[40, 38], [50, 44]] as [[number, number], [number, number]], width: 1000, height: 700 };
    expect(projectInFrame([40, 44], frame)).toEqual({ x: 0, y: 0 });
    const corner = projectInFrame([50, 38], frame);
    expect(corner.x).toBeCloseTo(1000, 9);
    expect(corner.y).toBeCloseTo(700, 9);
    // The middle latitude lies below the middle of the frame: the north is stretched.
    expect(projectInFrame([45, 41], frame).y).toBeGreaterThan(350);
  });
});
