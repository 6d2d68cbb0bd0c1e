/** Measuring along the ground: points clicked on the map, the great-circle length through them. */
import { length, lineString } from '@turf/turf';

import type { LonLat } from './coordinates.ts';

export interface Measure {
  on: boolean;
  points: LonLat[];
}

export const NO_MEASURE: Measure = { on: false, points: [] };

/** Kilometres along the ground through the points in order (0 for fewer than two). */
export function measuredKm(points: readonly LonLat[]): number {
  return points.length < 2 ? 0 : length(lineString(points.map((p) => [...p])), { units: 'kilometers' });
}

/** A distance with as many decimals as a click can mean, in a locale's numbers; `unit` is "km" in that language. */
export function formatKm(km: number, locale = 'en-GB', unit = 'km'): string {
  const decimals = km < 10 ? 2 : km < 1000 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(km)} ${unit}`;
}

export const startMeasuring = (): Measure => ({ on: true, points: [] });
export const stopMeasuring = (): Measure => NO_MEASURE;
export const addMeasurePoint = (measure: Measure, point: LonLat): Measure =>
  measure.on ? { ...measure, points: [...measure.points, point] } : measure;
export const undoMeasurePoint = (measure: Measure): Measure => ({ ...measure, points: measure.points.slice(0, -1) });
export const clearMeasure = (measure: Measure): Measure => ({ ...measure, points: [] });
