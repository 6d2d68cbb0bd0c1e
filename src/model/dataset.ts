/**
 * Turns the raw text of the layer files into features the app can draw. A broken file costs
 * only its own layer: the others load, and the problem is reported in plain words.
 */
import { FeatureSchema, type AtlasFeature } from './feature.ts';

export interface LoadedDataset<F> {
  features: F[];
  problems: string[];
}

export type FeatureParser<F> = (json: unknown, file: string) => { features: F[]; problems: string[] };

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function loadDataset<F>(rawFiles: Record<string, string>, parse: FeatureParser<F>): LoadedDataset<F> {
  const features: F[] = [];
  const problems: string[] = [];
  for (const path of Object.keys(rawFiles).sort()) {
    const file = fileNameOf(path);
    let json: unknown;
    try {
      json = JSON.parse(rawFiles[path]);
    } catch (error) {
      problems.push(`${file} is not valid JSON (${(error as Error).message}); its features are not shown.`);
      continue;
    }
    const parsed = parse(json, file);
    features.push(...parsed.features);
    problems.push(...parsed.problems);
  }
  return { features, problems };
}

/**
 * Reads one layer file against the data contract. Each feature is checked on its own, so a
 * single bad feature costs only itself; the message names the file, the feature and the fault.
 */
export const parseAtlasLayer: FeatureParser<AtlasFeature> = (json, file) => {
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { features: [], problems: [`${file} is not a GeoJSON FeatureCollection; its features are not shown.`] };
  }
  const expectedLayer = file.replace(/\.geojson$/, '');
  const features: AtlasFeature[] = [];
  const problems: string[] = [];
  collection.features.forEach((candidate, index) => {
    const parsed = FeatureSchema.safeParse(candidate);
    const id = (candidate as { id?: unknown })?.id;
    const label = typeof id === 'string' ? `feature "${id}"` : `feature #${index + 1}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`${file}, ${label}: ${issue.path.join('.') || 'feature'}: ${issue.message}; it is not shown.`);
    } else if (parsed.data.properties.layer !== expectedLayer) {
      problems.push(`${file}, ${label}: says it belongs to layer "${parsed.data.properties.layer}"; it is not shown.`);
    } else {
      features.push(parsed.data);
    }
  });
  return { features, problems };
};
