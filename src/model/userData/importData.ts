/**
 * From a file's text to something the map can draw: parse (JSON or CSV), check, and lay out the
 * features for drawing. Pure; the import worker runs it off the page's thread.
 */
import { checkGeoJson, toGeoJsonFeature } from './geojsonCheck.ts';
import { parseJsonText } from './jsonText.ts';
import { csvToGeoJson } from './csvPoints.ts';
import { toUserFeatures, type UserFeatures } from './userFeatures.ts';
import { textHash } from './textHash.ts';
import { defineMessages, worded, type Worded } from '../words/message.ts';

export type FileKind = 'geojson' | 'csv';

export type ImportPhase = 'reading' | 'checking' | 'preparing';

export type ImportOutcome =
  | {
      ok: true;
      features: UserFeatures;
      /** The checked features as GeoJSON text: what is kept and carried in views files. */
      source: string;
      /** Its fingerprint (model/userData/textHash.ts), to know the same data again without its text. */
      sourceHash: string;
      warnings: Worded[];
      featureCount: number;
      vertexCount: number;
    }
  | { ok: false; problem: Worded };

const WORDS = defineMessages({
  tooLarge: {
    id: 'import.tooLarge',
    defaultMessage: 'This file is too large for this browser to hold in memory; split it into smaller files or simplify its geometry.',
    description: 'A file refused while reading it',
  },
});

export const TOO_LARGE: Worded = worded(WORDS.tooLarge);

export function importText(
  text: string,
  kind: FileKind,
  onProgress: (phase: ImportPhase, fraction: number) => void = () => {},
): ImportOutcome {
  try {
    onProgress('checking', 0);
    let value: unknown;
    const warnings: Worded[] = [];
    if (kind === 'csv') {
      const csv = csvToGeoJson(text);
      if (!csv.ok) return csv;
      value = csv.value;
      warnings.push(...csv.warnings);
    } else {
      const parsed = parseJsonText(text);
      if (!parsed.ok) return parsed;
      value = parsed.value;
    }
    const checked = checkGeoJson(value, (fraction) => onProgress('checking', fraction));
    if (!checked.ok) return checked;
    onProgress('preparing', 0);
    const features = toUserFeatures(checked.features);
    onProgress('preparing', 0.5);
    // What is kept and carried in views files: the checked features, without what was ignored.
    const source = JSON.stringify({ type: 'FeatureCollection', features: checked.features.map(toGeoJsonFeature) });
    onProgress('preparing', 1);
    return {
      ok: true,
      features,
      source,
      sourceHash: textHash(source),
      warnings: [...warnings, ...checked.warnings],
      featureCount: checked.features.length,
      vertexCount: checked.vertexCount,
    };
  } catch (error) {
    // V8 says "Invalid string length" or "Array buffer allocation failed" when memory runs out.
    if (error instanceof RangeError) return { ok: false, problem: TOO_LARGE };
    throw error;
  }
}
