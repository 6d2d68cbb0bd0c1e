import { describe, expect, it } from 'vitest';
import { addMeasurePoint, clearMeasure, formatKm, measuredKm, NO_MEASURE, startMeasuring, undoMeasurePoint } from './measure.ts';

describe('measuring along the ground', () => {
  it('Baku to Tbilisi is about 450 km as the crow flies', () => {
    const km = measuredKm([[49.867, 40.409], [44.793, 41.715]]);
    expect(km).toBeGreaterThan(440);
    expect(km).toBeLessThan(460);
  });

  it('adds up the legs and is 0 for fewer than two points', () => {
    expect(measuredKm([[45, 40]])).toBe(0);
    const legs = measuredKm([[45, 40], [46, 40]]) + measuredKm([[46, 40], [46, 41]]);
    expect(measuredKm([[45, 40], [46, 40], [46, 41]])).toBeCloseTo(legs, 6);
  });

  it('clicks add points only while measuring; undo and clear take them away', () => {
    expect(addMeasurePoint(NO_MEASURE, [1, 2]).points).toEqual([]);
    let measure = addMeasurePoint(addMeasurePoint(startMeasuring(), [1, 2]), [3, 4]);
    expect(measure.points).toEqual([[1, 2], [3, 4]]);
    measure = undoMeasurePoint(measure);
    expect(measure.points).toEqual([[1, 2]]);
    expect(clearMeasure(measure)).toEqual({ on: true, points: [] });
  });

  it('shows short distances with more decimals than long ones', () => {
    expect(formatKm(3.456)).toBe('3.46 km');
    expect(formatKm(456.78)).toBe('456.8 km');
    expect(formatKm(1234.4)).toBe('1,234 km');
  });
});
