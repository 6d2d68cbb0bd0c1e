/**
 * How the basemap reaches the browser: pre-cut vector tiles (scripts/prepare-basemap.ts writes
 * them to public/basemap/tiles/{z}/{x}/{y}.pbf), so a view fetches only the tiles it shows.
 * The style is written against one GeoJSON-named source per file (see basemapStyle.ts); this
 * turns those sources into one tiled source whose layers carry the files' names. Pure.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** Tiles are cut down to this zoom; MapLibre overzooms them beyond it. 1:10m detail is kept to ~70 m. */
export const MAX_TILE_ZOOM = 7;
export const TILE_SOURCE = 'basemap';

/** The zooms a file's tile layer is cut for: 1:50m below the detail zoom, 1:10m from it. */
export function tileZoomRange(file: string, detailZoom: number): [number, number] {
  if (file.endsWith('-50m')) return [0, detailZoom - 1];
  if (file.endsWith('-10m')) return [detailZoom, MAX_TILE_ZOOM];
  return [0, MAX_TILE_ZOOM];
}

/** Relative to the app's URL, so the app works from a sub-folder too. */
export function tileUrlTemplate(baseUrl: string): string {
  return `${new URL('basemap/tiles/', baseUrl).href}{z}/{x}/{y}.pbf`;
}

/** The style with every source named in `tiledFiles` replaced by a layer of the one tiled source. */
export function servedAsTiles(style: StyleSpecification, baseUrl: string, tiledFiles: readonly string[]): StyleSpecification {
  const tiled = new Set(tiledFiles);
  const sources: Record<string, SourceSpecification> = {};
  let attribution: string | undefined;
  for (const [id, source] of Object.entries(style.sources)) {
    if (!tiled.has(id)) sources[id] = source;
    else attribution ??= (source as { attribution?: string }).attribution;
  }
  sources[TILE_SOURCE] = { type: 'vector', tiles: [tileUrlTemplate(baseUrl)], minzoom: 0, maxzoom: MAX_TILE_ZOOM, attribution };
  const layers = style.layers.map((layer): LayerSpecification => {
    const source = (layer as { source?: unknown }).source;
    return typeof source === 'string' && tiled.has(source)
      ? ({ ...layer, source: TILE_SOURCE, 'source-layer': source } as LayerSpecification)
      : layer;
  });
  return { ...style, sources, layers };
}
