/**
 * Turns the raw text of the layer files into features the app can draw. A broken file costs
 * only its own layer: the others load, and the problem is reported in plain words.
 */
import type { DrawableFeature } from '../map/drawable';

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

/** A minimal structural check, used until the full schema is wired in. */
export const parseDrawable: FeatureParser<DrawableFeature> = (json, file) => {
  const collection = json as { type?: string; features?: unknown[] };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { features: [], problems: [`${file} is not a GeoJSON FeatureCollection; its features are not shown.`] };
  }
  return { features: collection.features as DrawableFeature[], problems: [] };
};
