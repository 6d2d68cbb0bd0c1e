/**
 * Turns the layer files into features the app can draw. A broken file costs only its own layer:
 * the others load, and the problem is reported in plain words. No validator here: the app reads
 * features by their outline (the full contract is model/validation/layerContract.ts, checked at build).
 */
import type { AtlasFeature } from './feature.ts';
import { FEATURE_KINDS, STATUSES } from './featureVocabulary.ts';
import { isJsonObject } from './jsonShape.ts';

export interface LoadedDataset<F> {
  features: F[];
  problems: string[];
}

export type FeatureParser<F> = (json: unknown, file: string) => { features: F[]; problems: string[] };

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Reads the layer files from their raw text; a file that is not JSON is reported and skipped. */
export function loadDataset<F>(rawFiles: Record<string, string>, parse: FeatureParser<F>): LoadedDataset<F> {
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [path, text] of Object.entries(rawFiles)) {
    try {
      parsed[path] = JSON.parse(text);
    } catch (error) {
      problems.push(`${fileNameOf(path)} is not valid JSON (${(error as Error).message}); its features are not shown.`);
    }
  }
  const loaded = loadLayers(parsed, parse);
  return { features: loaded.features, problems: [...problems, ...loaded.problems] };
}

/** Reads layer files already parsed from JSON, in file-name order, each through `parse`. */
export function loadLayers<F>(layers: Record<string, unknown>, parse: FeatureParser<F>): LoadedDataset<F> {
  const features: F[] = [];
  const problems: string[] = [];
  for (const path of Object.keys(layers).sort()) {
    const parsed = parse(layers[path], fileNameOf(path));
    features.push(...parsed.features);
    problems.push(...parsed.problems);
  }
  return { features, problems };
}

/** One feature judged on its own: the feature, or its first fault as `path: message`. */
export type FeatureCheck<F> = (candidate: unknown) => { feature: F } | { fault: string };

/**
 * A reader of one layer file that checks each feature on its own, so a single bad feature costs
 * only itself; the message names the file, the feature and the fault.
 */
export function layerReader<F extends { properties: { layer: string } }>(check: FeatureCheck<F>): FeatureParser<F> {
  return (json, file) => {
    const collection = json as { type?: unknown; features?: unknown };
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      return { features: [], problems: [`${file} is not a GeoJSON FeatureCollection; its features are not shown.`] };
    }
    const expectedLayer = file.replace(/\.geojson$/, '');
    const features: F[] = [];
    const problems: string[] = [];
    collection.features.forEach((candidate, index) => {
      const checked = check(candidate);
      const id = (candidate as { id?: unknown })?.id;
      const label = typeof id === 'string' ? `feature "${id}"` : `feature #${index + 1}`;
      if ('fault' in checked) {
        problems.push(`${file}, ${label}: ${checked.fault}; it is not shown.`);
      } else if (checked.feature.properties.layer !== expectedLayer) {
        problems.push(`${file}, ${label}: says it belongs to layer "${checked.feature.properties.layer}"; it is not shown.`);
      } else {
        features.push(checked.feature);
      }
    });
    return { features, problems };
  };
}

const GEOMETRY_TYPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** A status event whose dates the build read (model/validation/eventDates.ts): a span for its date, if it has one, and for when it was said. */
const hasDatesRead = (event: unknown) =>
  isJsonObject(event) && isJsonObject(event.said_span) && (event.date === undefined) === (event.date_span === undefined);

/**
 * The outline of a feature, all the app relies on to draw and describe it. The full contract
 * (model/validation/layerContract.ts) is checked when the app is built, so the app need not load a validator.
 */
export function checkFeatureOutline(candidate: unknown): { feature: AtlasFeature } | { fault: string } {
  if (!isJsonObject(candidate) || candidate.type !== 'Feature') return { fault: 'feature: is not a GeoJSON Feature' };
  if (typeof candidate.id !== 'string') return { fault: 'id: is not text' };
  const properties = candidate.properties;
  if (!isJsonObject(properties)) return { fault: 'properties: are missing' };
  for (const key of ['name', 'layer', 'summary', 'geometry_accuracy'] as const) {
    if (typeof properties[key] !== 'string') return { fault: `properties.${key}: is not text` };
  }
  if (!(FEATURE_KINDS as readonly unknown[]).includes(properties.kind)) return { fault: 'properties.kind: is not a kind the atlas knows' };
  if (properties.status !== undefined && !(STATUSES as readonly unknown[]).includes(properties.status)) {
    return { fault: 'properties.status: is not a status the atlas knows' };
  }
  if (!isStringList(properties.countries)) return { fault: 'properties.countries: is not a list of names' };
  if (!Array.isArray(properties.figures)) return { fault: 'properties.figures: is not a list' };
  if (!Array.isArray(properties.geometry_sources)) return { fault: 'properties.geometry_sources: is not a list' };
  const events = properties.status_events;
  if (events !== undefined && !(Array.isArray(events) && events.every(hasDatesRead))) {
    return { fault: 'properties.status_events: is not a list of events with their dates read' };
  }
  const citations = properties.citations;
  if (!Array.isArray(citations) || citations.length === 0 || !citations.every((c) => isJsonObject(c) && typeof c.source === 'string' && typeof c.exact === 'string')) {
    return { fault: 'properties.citations: is not a list of passages' };
  }
  const geometry = candidate.geometry;
  if (!isJsonObject(geometry) || !GEOMETRY_TYPES.includes(geometry.type as string) || !Array.isArray(geometry.coordinates)) {
    return { fault: 'geometry: is not a Point, line or polygon with coordinates' };
  }
  return { feature: candidate as unknown as AtlasFeature };
}

/** A layer file as the app reads it at start: each feature by its outline. */
export const readAtlasLayer = layerReader(checkFeatureOutline);
