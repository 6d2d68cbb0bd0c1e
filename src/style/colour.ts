import type { Rgb } from './palette.ts';

/** Euclidean distance in RGB: crude, but enough to tell whether two colours can be told apart. */
export function colorDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
