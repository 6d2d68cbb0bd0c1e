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
