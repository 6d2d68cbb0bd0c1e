/**
 * The features as rows of a table: what an analyst compares (status, countries, lengths stated
 * and drawn, voltage, capacity, how many passages describe it), sortable by any column.
 */
import type { AtlasFeature, Status } from '../features/feature.ts';
import { layerTitle } from '../features/layers.ts';
import { drawnLengthKm } from '../features/featureFacts.ts';
import { statedCapacitiesMw, statedVoltagesKv } from '../find/filter.ts';
import type { CitationIndex } from '../documents/citationIndex.ts';
import type { Bounds } from '../geometry/coordinates.ts';
import { partKinds, type UserFeatures } from '../userData/userFeatures.ts';
import { partsInBox } from '../userData/gridIndex.ts';

export interface FeatureRow {
  id: string;
  name: string;
  layer: string;
  status: Status | null;
  statusYear: number | null;
  countries: string;
  statedLengthKm: number | null;
  drawnLengthKm: number | null;
  voltageKv: number | null;
  capacityMw: number | null;
  passages: number;
  /** A feature of the user's own data (its layer, its index in the file): the documents say nothing of it. */
  yours: { layerId: string; index: number } | null;
}

export const TABLE_COLUMNS = [
  'name',
  'layer',
  'status',
  'countries',
  'statedLengthKm',
  'drawnLengthKm',
  'voltageKv',
  'capacityMw',
  'passages',
] as const satisfies readonly (keyof FeatureRow)[];

export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  column: TableColumn;
  direction: 'ascending' | 'descending';
}

export function featureRow(feature: AtlasFeature, index: Pick<CitationIndex, 'citationsByFeature'>): FeatureRow {
  const p = feature.properties;
  const stated = p.figures.find((figure) => figure.quantity === 'length' && figure.unit === 'km');
  const highest = (values: number[]) => (values.length > 0 ? Math.max(...values) : null);
  return {
    id: feature.id,
    name: p.name,
    layer: layerTitle(p.layer),
    status: p.status ?? null,
    statusYear: p.status_year ?? null,
    countries: p.countries.join(', '),
    statedLengthKm: stated?.value ?? null,
    drawnLengthKm: drawnLengthKm(feature),
    voltageKv: highest(statedVoltagesKv(feature)),
    capacityMw: highest(statedCapacitiesMw(feature)),
    passages: index.citationsByFeature.get(feature.id)?.length ?? 0,
    yours: null,
  };
}

/** A layer of the user's own, as far as the table needs it. */
export interface TableUserLayer {
  id: string;
  name: string;
  features: Pick<UserFeatures, 'names' | 'index' | 'points' | 'lines' | 'polygons'>;
}

/**
 * The features of a user's layer as rows (those in a frame, if given): at most `limit`, since a
 * table of 100,000 rows helps no one; `total` says how many there are.
 */
export function userFeatureRows(layer: TableUserLayer, limit: number, frame?: Bounds): { rows: FeatureRow[]; total: number } {
  const { names } = layer.features;
  let indices: number[];
  if (frame) {
    const [[west, south], [east, north]] = frame;
    const { pathsFrom, polygonsFrom } = partKinds(layer.features);
    const { points, lines, polygons } = layer.features;
    const featureOf = (part: number) =>
      part < pathsFrom ? points.featureIds[part] : part < polygonsFrom ? lines.featureIds[part - pathsFrom] : polygons.featureIds[part - polygonsFrom];
    indices = [...new Set(partsInBox(layer.features.index, west, south, east, north).map(featureOf))].sort((a, b) => a - b);
  } else {
    indices = names.map((_, index) => index);
  }
  const rows = indices.slice(0, limit).map((index) => ({
    id: `${layer.id}:${index}`,
    name: names[index],
    layer: `${layer.name} (your data)`,
    status: null,
    statusYear: null,
    countries: '',
    statedLengthKm: null,
    drawnLengthKm: null,
    voltageKv: null,
    capacityMw: null,
    passages: 0,
    yours: { layerId: layer.id, index },
  }));
  return { rows, total: indices.length };
}

/** Sorted by one column; empty cells last whichever the direction, ties by name. */
export function sortRows(rows: readonly FeatureRow[], { column, direction }: TableSort): FeatureRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || a.name.localeCompare(b.name);
  });
}

/** A header pressed again turns its order round; a new column starts ascending (numbers: largest first). */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const numeric = column !== 'name' && column !== 'layer' && column !== 'status' && column !== 'countries';
  return { column, direction: numeric ? 'descending' : 'ascending' };
}

/** Two features to compare side by side: choosing a third lets the oldest go. */
export function toggleCompared(compared: readonly string[], id: string): string[] {
  if (compared.includes(id)) return compared.filter((other) => other !== id);
  return [...compared, id].slice(-2);
}
