/**
 * The shapes every part of the atlas measures with, declared once: a place on the earth, a
 * rectangle of the earth, and a rectangle in pixels. (A GeoJSON `bbox`, [west, south, east, north],
 * keeps GeoJSON's own type where turf makes or takes one.)
 */

/** A place: longitude and latitude in degrees, in GeoJSON's order. */
export type LonLat = [lon: number, lat: number];

/** A rectangle of the earth by its south-west and north-east corners, as MapLibre fits bounds. */
export type Bounds = [southWest: LonLat, northEast: LonLat];

/** A rectangle on the screen or in a picture, in pixels from the top left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
