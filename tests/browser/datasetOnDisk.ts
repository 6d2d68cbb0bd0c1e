/** The dataset as committed, read straight from data/features/ so tests pick real features. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';

export type DiskFeature = Feature<Geometry, { name: string; layer: string; status: string; [key: string]: unknown }> & {
  id: string;
};

export function loadDatasetFromDisk(dir = 'data/features'): DiskFeature[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.geojson'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')).features as DiskFeature[]);
}
