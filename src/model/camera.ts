/** Camera constants: what the atlas opens on and how far the user may go. Pure. */
export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

/** From the western Black Sea to the eastern shore of the Caspian. */
export const INITIAL_BOUNDS: Bounds = [
  [27.5, 36.8],
  [55.0, 46.2],
];

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Equal to the precision a link keeps, so a camera read back from a link counts as the same. */
export function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.zoom - b.zoom) < 0.01 &&
    Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
    Math.abs(a.bearing - b.bearing) < 0.1 &&
    Math.abs(a.pitch - b.pitch) < 0.1
  );
}
