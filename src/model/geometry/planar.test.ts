import { describe, expect, it } from 'vitest';
import { segmentDistance, segmentParameter } from './planar.ts';

describe('the nearest point of a segment', () => {
  it('is the foot of the perpendicular when it falls on the segment', () => {
    expect(segmentParameter(5, 3, 0, 0, 10, 0)).toBe(0.5);
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
  });

  it('is the nearer end when the perpendicular falls beyond it', () => {
    expect(segmentParameter(14, 3, 0, 0, 10, 0)).toBe(1);
    expect(segmentDistance(14, 3, 0, 0, 10, 0)).toBe(5);
    expect(segmentParameter(-3, -4, 0, 0, 10, 0)).toBe(0);
    expect(segmentDistance(-3, -4, 0, 0, 10, 0)).toBe(5);
  });

  it('is the one point of a segment of no length', () => {
    expect(segmentDistance(3, 4, 0, 0, 0, 0)).toBe(5);
  });
});
