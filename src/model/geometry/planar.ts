/**
 * The nearest point of a segment in a plane, for every caller that measures how far a point lies
 * from a line: picking on screen (pixels), simplifying (degrees), label anchors and the chains'
 * check (degrees scaled to a local flat earth). Numbers in, a number out: the simplifier calls it
 * for every vertex of a million-vertex layer, so nothing is allocated.
 */

/** Where along a→b (0 at a, 1 at b) the point nearest to p lies. */
export function segmentParameter(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  return length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
}

/** How far p lies from the segment a→b. */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = segmentParameter(px, py, ax, ay, bx, by);
  return Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py);
}
