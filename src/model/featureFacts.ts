/** Facts about a feature worded for people: figures, lengths drawn against lengths stated, accuracy. */
import { length } from '@turf/turf';
import type { AtlasFeature, Figure, GeometryAccuracy } from './feature.ts';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>): string {
  return `${numberFormat.format(figure.value)} ${figure.unit}`;
}

export function drawnLengthKm(feature: AtlasFeature): number | null {
  const type = feature.geometry.type;
  if (type !== 'LineString' && type !== 'MultiLineString') return null;
  return length(feature as Parameters<typeof length>[0], { units: 'kilometers' });
}

export interface LengthComparison {
  drawnKm: number;
  stated: Figure;
  /** (drawn − stated) / stated, e.g. 0.02 for 2% longer. */
  difference: number;
}

export function compareLengths(feature: AtlasFeature): LengthComparison | null {
  const drawnKm = drawnLengthKm(feature);
  const stated = feature.properties.figures.find((figure) => figure.quantity === 'length' && figure.unit === 'km');
  if (drawnKm === null || !stated) return null;
  return { drawnKm, stated, difference: (drawnKm - stated.value) / stated.value };
}

export function formatDifference(difference: number): string {
  const percent = Math.round(difference * 100);
  return percent === 0 ? 'the same' : `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}

export const ACCURACY_MEANING: Record<GeometryAccuracy, string> = {
  surveyed: 'Drawn from a surveyed alignment.',
  approximate: 'Drawn through known places along the real route; off by up to a few kilometres.',
  schematic: 'The real alignment is not published; the line shows which places it links, not where it runs.',
};
