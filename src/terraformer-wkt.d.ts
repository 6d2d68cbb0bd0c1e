/** The part of `@terraformer/wkt` the atlas uses (it ships no types). */
declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  /** A GeoJSON geometry as Well-Known Text (OGC Simple Features), e.g. `LINESTRING (45.1 39.2, 45.3 39.1)`. */
  export function geojsonToWKT(geometry: Geometry): string;
  /** WKT read back as a GeoJSON geometry (the tests use it to check the CSV's WKT). */
  export function wktToGeoJSON(wkt: string): Geometry;
}
