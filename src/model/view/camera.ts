/**
 * Camera constants (what the atlas opens on, how far the user may go) and the one copy of the Web
 * Mercator arithmetic that the label placement, the legend and the picture export share. Pure.
 */
import { lngLatToWorld, worldToLngLat } from '@math.gl/web-mercator';
import type { Bounds, LonLat } from '../geometry/coordinates.ts';

/**
 * The whole mapped network: from Türkiye's Aegean coast and the western Black Sea to the Kazakh–Chinese
 * border at Dostyk (data/features spans 26.6–82.5°E, 37.6–47.8°N for the corridors in the region).
 */
export const INITIAL_BOUNDS: Bounds = [
  [26.0, 36.0],
  [82.6, 48.2],
];

/**
 * The corridors' heart: Georgia, Armenia and Azerbaijan with Nakhchivan, the Black Sea ports and
 * Baku. A narrow screen opens here: the whole network fitted to its width would spend most of the
 * screen on Russia and Africa and leave the South Caucasus a strip too small to name.
 */
export const HEART_BOUNDS: Bounds = [
  [40.2, 38.3],
  [50.4, 43.3],
];

/** Screens up to this width (CSS pixels; the phone layout of app.css) open on the corridors' heart. */
export const NARROW_SCREEN_WIDTH = 700;

/** What the atlas opens on (and the reset button goes back to) on a screen of this width. */
export function openingBounds(screenWidth: number): Bounds {
  return screenWidth <= NARROW_SCREEN_WIDTH ? HEART_BOUNDS : INITIAL_BOUNDS;
}

/** Room the map's key takes at the right of a wide screen (CSS pixels: its 16rem and its margins, see app.css). */
export const KEY_ROOM = 280;

/**
 * The padding the opening view is fitted with: on a wide screen the key (shown while anything is
 * drawn) stands at the right, beside the network rather than over it; a phone's key is folded to a button.
 */
export function openingPadding(screenWidth: number, keyShown: boolean): { top: number; bottom: number; left: number; right: number } {
  const edge = 24;
  return { top: edge, bottom: edge, left: edge, right: keyShown && screenWidth > NARROW_SCREEN_WIDTH ? KEY_ROOM : edge };
}

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What the map is asked to show: an area, fitted clear of what covers the map, or an exact camera (a link's). */
export type MapSubject = { bounds: Bounds } | { camera: Camera };

/** How the map gets there: at once, or moving (which MapLibre makes a jump for those who ask for reduced motion). */
export type Transition = 'jump' | 'fly';

/** What a map shows: its bounds and its size in CSS pixels. */
export interface MapFrame {
  bounds: Bounds;
  width: number;
  height: number;
}

/** Web Mercator's limit of latitude, as MapLibre's: the square world ends here. */
const MERCATOR_MAX_LATITUDE = 85.051129;
/**
 * Earth's circumference at the equator in metres (WGS 84, as Web Mercator's sphere): MapLibre's scale
 * bar uses it; math.gl's getDistanceScales rounds it to 40,030 km, a metre per kilometre off the bar.
 */
const EQUATOR_METRES = 40_075_016.686;
/** Pixels across the world at zoom 0 (MapLibre's 512-pixel tiles, math.gl's world units). */
const WORLD_PIXELS = 512;

const clampLatitude = (latitude: number) => Math.max(-MERCATOR_MAX_LATITUDE, Math.min(MERCATOR_MAX_LATITUDE, latitude));

/** Web Mercator y of a latitude: 0 at the equator, growing north, π at the map's top edge. */
export function mercatorY(latitude: number): number {
  // math.gl's world is WORLD_PIXELS across, y growing north from its south edge.
  return (lngLatToWorld([0, clampLatitude(latitude)])[1] / WORLD_PIXELS) * 2 * Math.PI - Math.PI;
}

/** The latitude of a Web Mercator y (the inverse of mercatorY). */
export function latitudeOfMercatorY(y: number): number {
  return worldToLngLat([0, ((y + Math.PI) / (2 * Math.PI)) * WORLD_PIXELS])[1];
}

/** A place in pixels of the whole Web Mercator world at a zoom, from its top left (north-west) corner. */
export function worldPixel([lon, lat]: LonLat, zoom: number): [number, number] {
  const [x, y] = lngLatToWorld([lon, clampLatitude(lat)]);
  const scale = 2 ** zoom;
  return [x * scale, (WORLD_PIXELS - y) * scale];
}

/** The place at a pixel of the whole Web Mercator world at a zoom (the inverse of worldPixel). */
export function worldLonLat([x, y]: [number, number], zoom: number): LonLat {
  const scale = 2 ** zoom;
  const [lon, lat] = worldToLngLat([x / scale, WORLD_PIXELS - y / scale]);
  return [lon, lat];
}

/** Ground distance covered by one CSS pixel at a latitude and zoom, in metres. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EQUATOR_METRES * Math.cos((latitude * Math.PI) / 180)) / (WORLD_PIXELS * 2 ** zoom);
}

/** Height over width of an area on a Web Mercator map. */
export function mercatorAspect([[west, south], [east, north]]: Bounds): number {
  return (mercatorY(north) - mercatorY(south)) / (((east - west) * Math.PI) / 180);
}

/** Where a longitude/latitude falls in a north-up frame, in CSS pixels from its top left (Web Mercator). */
export function projectInFrame([lon, lat]: LonLat, { bounds: [[west, south], [east, north]], width, height }: MapFrame): { x: number; y: number } {
  return {
    x: ((lon - west) / (east - west)) * width,
    y: ((mercatorY(north) - mercatorY(lat)) / (mercatorY(north) - mercatorY(south))) * height,
  };
}

/** The longitude/latitude at a point of a north-up frame (CSS pixels from its top left): projectInFrame's inverse. */
export function unprojectInFrame(x: number, y: number, { bounds: [[west, south], [east, north]], width, height }: MapFrame): LonLat {
  const top = mercatorY(north);
  return [west + (x / width) * (east - west), latitudeOfMercatorY(top - (y / height) * (top - mercatorY(south)))];
}
