/**
 * Framing a subject on the map: the part of the map that captions, controls and legends leave
 * free, and the padding that fits the subject inside it, whatever the screen. Pure: the map
 * measures what covers it and calls these, so a step frames the same on every visit.
 */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Bounds } from '../geometry/coordinates.ts';

/** A rectangle on the map, in CSS pixels from its top-left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A place alone is framed with at least this much round it (degrees), so that it shows its neighbours. */
export const MIN_SPAN = { lon: 1.2, lat: 0.8 };
/** Below this (CSS pixels), the free part is too small to frame in: covers are then ignored. */
const MIN_FREE_PX = 140;

const area = (rect: ScreenRect) => Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);

function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The largest free rectangle once each cover has taken its side of the map: for a cover, the
 * free part keeps whichever side of it (left, right, above, below) is largest. Covers sit at the
 * edges (a caption on the right, controls at the bottom), so this loses little.
 */
export function freeArea(width: number, height: number, covers: readonly ScreenRect[]): ScreenRect {
  let free: ScreenRect = { left: 0, top: 0, right: width, bottom: height };
  for (const cover of [...covers].sort((a, b) => area(b) - area(a))) {
    if (!overlaps(free, cover)) continue;
    const sides: ScreenRect[] = [
      { ...free, right: Math.min(free.right, cover.left) },
      { ...free, left: Math.max(free.left, cover.right) },
      { ...free, bottom: Math.min(free.bottom, cover.top) },
      { ...free, top: Math.max(free.top, cover.bottom) },
    ];
    free = sides.reduce((best, side) => (area(side) > area(best) ? side : best));
  }
  const tooSmall = free.right - free.left < MIN_FREE_PX || free.bottom - free.top < MIN_FREE_PX;
  return tooSmall ? { left: 0, top: 0, right: width, bottom: height } : free;
}

/** Padding that puts a framed subject inside the free part, with a margin that grows with it. */
export function framePadding(width: number, height: number, covers: readonly ScreenRect[]): Padding {
  const free = freeArea(width, height, covers);
  const margin = Math.round(Math.max(12, Math.min(60, 0.08 * Math.min(free.right - free.left, free.bottom - free.top))));
  return {
    top: free.top + margin,
    left: free.left + margin,
    bottom: height - free.bottom + margin,
    right: width - free.right + margin,
  };
}

/** The smallest box holding all of these, grown round its centre to at least MIN_SPAN. */
export function subjectBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  let [[west, south], [east, north]] = boxes[0];
  for (const [[w, s], [e, n]] of boxes) {
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  const grow = (low: number, high: number, span: number): [number, number] => {
    const extra = Math.max(0, span - (high - low)) / 2;
    return [low - extra, high + extra];
  };
  [west, east] = grow(west, east, MIN_SPAN.lon);
  [south, north] = grow(south, north, MIN_SPAN.lat);
  return [
    [west, south],
    [east, north],
  ];
}

/** What a focus frames: the features' extent and an area, together (see subjectBounds). */
export function focusSubject(features: readonly Feature[], area?: Bounds): Bounds | null {
  const boxes = features.map((feature): Bounds => {
    const [west, south, east, north] = bbox(feature);
    return [
      [west, south],
      [east, north],
    ];
  });
  return subjectBounds(area ? [...boxes, area] : boxes);
}
