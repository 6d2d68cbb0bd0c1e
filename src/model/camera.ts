/** Camera constants: what the atlas opens on and how far the user may go. Pure. */
export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

/**
 * The whole mapped network: from Türkiye's Aegean coast and the western Black Sea to the Kazakh–Chinese
 * border at Dostyk (data/features spans 26.6–82.5°E, 37.6–47.8°N for the corridors in the region).
 */
export const INITIAL_BOUNDS: Bounds = [
  [26.0, 36.0],
  [82.6, 48.2],
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

/** What a map shows: its bounds and its size in CSS pixels. */
export interface MapFrame {
  bounds: Bounds;
  width: number;
  height: number;
}

/** Where a longitude/latitude falls in a north-up frame, in CSS pixels from its top left (Web Mercator). */
export function projectInFrame([lon, lat]: LonLat, { bounds: [[west, south], [east, north]], width, height }: MapFrame): { x: number; y: number } {
  const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return {
    x: ((lon - west) / (east - west)) * width,
    y: ((mercatorY(north) - mercatorY(lat)) / (mercatorY(north) - mercatorY(south))) * height,
  };
}
