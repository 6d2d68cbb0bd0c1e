/**
 * The bench's baseline: the least a page can do to show what the atlas's first view shows.
 * MapLibre with the Natural Earth basemap as plain GeoJSON sources, deck.gl drawing the same
 * corridor layers (the app's own layer builder) and the basemap's names, a click writing the
 * feature's name beside the map. Nothing else: no framework, no validation, no citations.
 * Built on its own by bench/baseline/vite.config.ts; scripts/bench.ts times it beside the app.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { TextLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { FeatureCollection, Point } from 'geojson';
import { areaFills, buildCorridorLayers } from '../../src/map/corridorLayers.ts';
import { buildScene } from '../../src/model/scene/scene.ts';
import type { DrawableFeature } from '../../src/model/scene/drawable.ts';
import { LAYER_IDS } from '../../src/model/features/layers.ts';
import { PALETTES } from '../../src/style/palette.ts';
import { INITIAL_BOUNDS } from '../../src/model/view/camera.ts';

maplibregl.setWorkerUrl(workerUrl);

const featureFiles = import.meta.glob('../../data/features/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const palette = PALETTES.light;
const basemap = (file: string) => new URL(`basemap/${file}.geojson`, document.baseURI).href;
const source = (file: string) => ({ type: 'geojson' as const, data: basemap(file) });

const map = new maplibregl.Map({
  container: 'map',
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      countries50: source('countries-50m'),
      countries10: source('countries-10m'),
      borders50: source('borders-50m'),
      borders10: source('borders-10m'),
      lakes: source('lakes'),
      rivers: source('rivers'),
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#cfe3ee' } },
      { id: 'land50', type: 'fill', source: 'countries50', maxzoom: 5, paint: { 'fill-color': '#f3efe6' } },
      { id: 'land10', type: 'fill', source: 'countries10', minzoom: 5, paint: { 'fill-color': '#f3efe6' } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': '#cfe3ee' } },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#9cc3da', 'line-width': 1 } },
      { id: 'borders50', type: 'line', source: 'borders50', maxzoom: 5, paint: { 'line-color': '#9a8f80', 'line-width': 0.8 } },
      { id: 'borders10', type: 'line', source: 'borders10', minzoom: 5, paint: { 'line-color': '#9a8f80', 'line-width': 1 } },
    ],
  },
});

const heading = document.querySelector('.feature-details h2')!;
const overlay = new MapLibreOverlay({
  interleaved: true,
  layers: [],
  onClick: (info: PickingInfo) => {
    heading.textContent = (info.object as DrawableFeature | undefined)?.properties?.name ?? '';
  },
  onHover: (info: PickingInfo) => {
    map.getCanvas().style.cursor = info.object ? 'pointer' : '';
  },
});
map.addControl(overlay);

interface LabelProperties {
  text: string;
  min_zoom: number;
}

async function fetchJson<T>(url: string): Promise<T> {
  return (await fetch(url)).json() as Promise<T>;
}

let features: DrawableFeature[] = [];
let labelLayer: Layer | null = null;
const hiddenStatuses = new Set<string>();

function draw() {
  const scene = buildScene({
    features,
    passesFilter: (feature) => !hiddenStatuses.has(feature.properties.status ?? ''),
    visibleLayers: new Set(LAYER_IDS),
    selectedId: null,
    emphasizedIds: [],
    palette,
    presenting: false,
    title: null,
  });
  // The plain way to make a deck.gl page interactive: GPU picking with auto-highlight (the app picks on the CPU).
  const corridors = buildCorridorLayers(scene).map((layer) => layer.clone({ pickable: true, autoHighlight: true }));
  overlay.setProps({ layers: [...corridors, ...(labelLayer ? [labelLayer] : [])] });
  // The atlas's areas are filled by MapLibre, as in the app (its basemapStyle.ts): the same picture.
  const fills = areaFills(scene);
  const source = map.getSource('atlas-areas') as maplibregl.GeoJSONSource | undefined;
  if (source) source.setData(fills);
  else {
    map.addSource('atlas-areas', { type: 'geojson', data: fills, tolerance: 0 });
    map.addLayer({ id: 'atlas-areas', type: 'fill', source: 'atlas-areas', paint: { 'fill-color': ['to-color', ['get', 'fill']] } }, 'rivers');
  }
}

/** The bench's "status toggle": hide or show the features of one status. */
function toggleStatus(status: string) {
  if (!hiddenStatuses.delete(status)) hiddenStatuses.add(status);
  draw();
}

declare global {
  interface Window {
    baseline?: { map: maplibregl.Map; features: () => DrawableFeature[]; toggleStatus: (status: string) => void };
  }
}
window.baseline = { map, features: () => features, toggleStatus };

const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
const corridorData = Promise.all(
  Object.values(featureFiles).map((url) => fetchJson<FeatureCollection>(url).then((fc) => fc.features as DrawableFeature[])),
);
const labelData = fetchJson<FeatureCollection<Point, LabelProperties>>(basemap('labels'));

const [collections, labels] = await Promise.all([corridorData, labelData, loaded]);
features = collections.flat();
labelLayer = new TextLayer<(typeof labels.features)[number]>({
  id: 'labels',
  data: labels.features.filter((label) => label.properties.min_zoom <= map.getZoom()),
  characterSet: 'auto',
  getPosition: (label) => label.geometry.coordinates as [number, number],
  getText: (label) => label.properties.text,
  getSize: 12,
  getColor: [60, 60, 60, 255],
});
draw();
map.once('idle', () => performance.mark('baseline-first-idle'));
map.triggerRepaint();
