/**
 * A CSV file with longitude and latitude columns, as GeoJSON points: every other column becomes a
 * property, as text. A row whose position is not two numbers in range is refused by its line.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';

const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x'];
const LATITUDE_NAMES = ['latitude', 'lat', 'y'];

export type CsvPoints = { ok: true; value: FeatureCollection<Point>; warnings: string[] } | { ok: false; problem: string };

function findColumn(fields: readonly string[], names: readonly string[]): string | undefined {
  return fields.find((field) => names.includes(field.trim().toLowerCase()));
}

function number(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

export function csvToGeoJson(text: string): CsvPoints {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  const lonField = findColumn(fields, LONGITUDE_NAMES);
  const latField = findColumn(fields, LATITUDE_NAMES);
  if (!lonField || !latField) {
    return {
      ok: false,
      problem: `This CSV has no ${!lonField ? 'longitude' : 'latitude'} column: name the columns "longitude" and "latitude" (or lon/lng and lat). Found: ${fields.slice(0, 8).map((f) => `"${f}"`).join(', ') || 'no header'}.`,
    };
  }
  const structural = parsed.errors.find((error) => error.type === 'Quotes');
  if (structural) return { ok: false, problem: `This CSV is malformed at row ${(structural.row ?? 0) + 2}: ${structural.message}.` };
  const features: Feature<Point>[] = [];
  for (let i = 0; i < parsed.data.length; i++) {
    const row = parsed.data[i];
    // The header is line 1, so data row i is line i + 2.
    const line = i + 2;
    const longitude = number(row[lonField]);
    const latitude = number(row[latField]);
    if (longitude === null) return { ok: false, problem: `Line ${line}: longitude "${String(row[lonField] ?? '').slice(0, 20)}" is not a number.` };
    if (latitude === null) return { ok: false, problem: `Line ${line}: latitude "${String(row[latField] ?? '').slice(0, 20)}" is not a number.` };
    if (longitude < -180 || longitude > 180) return { ok: false, problem: `Line ${line}: longitude ${longitude} is out of range (−180 to 180).` };
    if (latitude < -90 || latitude > 90) return { ok: false, problem: `Line ${line}: latitude ${latitude} is out of range (−90 to 90).` };
    const properties: Record<string, string> = {};
    for (const field of fields) if (field !== lonField && field !== latField && row[field] !== undefined) properties[field] = row[field];
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties });
  }
  const ragged = parsed.errors.filter((error) => error.type === 'FieldMismatch').length;
  const warnings = ragged > 0 ? [`${ragged} row(s) have more or fewer cells than the header; missing cells are left empty.`] : [];
  return { ok: true, value: { type: 'FeatureCollection', features }, warnings };
}
