/** Facts about a feature worded for people: figures, lengths drawn against lengths stated, accuracy. */
import { length } from '@turf/turf';
import type { AtlasFeature, Figure, GeometryAccuracy } from './feature.ts';
import { defineMessages, inEnglish, type Message, type Translate } from '../words/message.ts';

export const UNITS = defineMessages({
  km: { id: 'unit.km', defaultMessage: 'km', description: 'Kilometre' },
  kV: { id: 'unit.kV', defaultMessage: 'kV', description: 'Kilovolt' },
  MW: { id: 'unit.MW', defaultMessage: 'MW', description: 'Megawatt' },
  ha: { id: 'unit.ha', defaultMessage: 'ha', description: 'Hectare' },
});
const UNIT_MESSAGES: Partial<Record<string, Message>> = UNITS;

/** A figure with its unit, in a language's numbers and unit symbols (a unit the atlas has no words for stays as the data writes it). */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>, locale = 'en-GB', t: Translate = inEnglish): string {
  const unit = UNIT_MESSAGES[figure.unit];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(figure.value)} ${unit ? t(unit) : figure.unit}`;
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

export const ACCURACY_NAME = defineMessages({
  surveyed: { id: 'accuracy.surveyed', defaultMessage: 'surveyed', description: 'How exact a drawn line is: from a surveyed alignment' },
  approximate: { id: 'accuracy.approximate', defaultMessage: 'approximate' },
  schematic: { id: 'accuracy.schematic', defaultMessage: 'schematic', description: 'Links the right places, but not along the real route' },
}) satisfies Record<GeometryAccuracy, Message>;

export const ACCURACY_MEANING = defineMessages({
  surveyed: { id: 'accuracy.surveyed.meaning', defaultMessage: 'Drawn from a surveyed alignment.' },
  approximate: { id: 'accuracy.approximate.meaning', defaultMessage: 'Drawn through known places along the real route; off by up to a few kilometres.' },
  schematic: {
    id: 'accuracy.schematic.meaning',
    defaultMessage: 'The real alignment is not published; the line shows which places it links, not where it runs.',
  },
}) satisfies Record<GeometryAccuracy, Message>;
