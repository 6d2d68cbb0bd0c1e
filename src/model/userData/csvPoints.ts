/**
 * A CSV file with longitude and latitude columns, as GeoJSON points: every other column becomes a
 * property, as text. A row whose position is not two numbers in range is refused by its line.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { defineMessages, worded, type Worded } from '../words/message.ts';

const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', 'x'];
const LATITUDE_NAMES = ['latitude', 'lat', 'y'];

export type CsvPoints = { ok: true; value: FeatureCollection<Point>; warnings: Worded[] } | { ok: false; problem: Worded };

/** What the CSV reader says, worded for the language shown; the file's own column names and cells are kept as they are. */
const WORDS = defineMessages({
  noLongitude: {
    id: 'csv.noLongitude',
    defaultMessage: 'This CSV has no longitude column: name the columns "longitude" and "latitude" (or lon/lng and lat). Found: {columns}.',
    description: 'A file refused; the quoted column names are what the atlas reads, kept as they are; {columns} the file’s own column names in quotes, or “no header”',
  },
  noLatitude: {
    id: 'csv.noLatitude',
    defaultMessage: 'This CSV has no latitude column: name the columns "longitude" and "latitude" (or lon/lng and lat). Found: {columns}.',
    description: 'A file refused; the quoted column names are what the atlas reads, kept as they are; {columns} the file’s own column names in quotes, or “no header”',
  },
  noHeader: { id: 'csv.noHeader', defaultMessage: 'no header', description: 'In “Found: no header”: the CSV file has no first line of column names' },
  malformed: {
    id: 'csv.malformed',
    defaultMessage: 'This CSV is malformed at row {row} (the CSV reader says: {reason}).',
    description: 'A file refused; {row} a line number; {reason} what the CSV reader (Papa Parse) says, in English, e.g. “Quoted field unterminated”',
  },
  longitudeNotNumber: {
    id: 'csv.longitudeNotNumber',
    defaultMessage: 'Line {line}: longitude "{text}" is not a number.',
    description: 'A file refused; {line} a line number of the file; {text} the file’s own cell, as it is',
  },
  latitudeNotNumber: {
    id: 'csv.latitudeNotNumber',
    defaultMessage: 'Line {line}: latitude "{text}" is not a number.',
    description: 'A file refused; {line} a line number of the file; {text} the file’s own cell, as it is',
  },
  longitudeRange: {
    id: 'csv.longitudeRange',
    defaultMessage: 'Line {line}: longitude {value} is out of range (−180 to 180).',
    description: 'A file refused; {line} a line number; {value} the file’s number as it is',
  },
  latitudeRange: {
    id: 'csv.latitudeRange',
    defaultMessage: 'Line {line}: latitude {value} is out of range (−90 to 90).',
    description: 'A file refused; {line} a line number; {value} the file’s number as it is',
  },
  ragged: {
    id: 'csv.ragged',
    defaultMessage:
      '{count, plural, one {# row has} other {# rows have}} more or fewer cells than the header; missing cells are left empty.',
    description: 'A warning about a CSV file that was added',
  },
});

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
    const columns = fields.length > 0 ? fields.slice(0, 8).map((f) => `"${f}"`).join(', ') : worded(WORDS.noHeader);
    return { ok: false, problem: worded(!lonField ? WORDS.noLongitude : WORDS.noLatitude, { columns }) };
  }
  const structural = parsed.errors.find((error) => error.type === 'Quotes');
  if (structural) return { ok: false, problem: worded(WORDS.malformed, { row: String((structural.row ?? 0) + 2), reason: structural.message }) };
  const features: Feature<Point>[] = [];
  for (let i = 0; i < parsed.data.length; i++) {
    const row = parsed.data[i];
    // The header is line 1, so data row i is line i + 2.
    const line = String(i + 2);
    const longitude = number(row[lonField]);
    const latitude = number(row[latField]);
    if (longitude === null) return { ok: false, problem: worded(WORDS.longitudeNotNumber, { line, text: String(row[lonField] ?? '').slice(0, 20) }) };
    if (latitude === null) return { ok: false, problem: worded(WORDS.latitudeNotNumber, { line, text: String(row[latField] ?? '').slice(0, 20) }) };
    if (longitude < -180 || longitude > 180) return { ok: false, problem: worded(WORDS.longitudeRange, { line, value: String(longitude) }) };
    if (latitude < -90 || latitude > 90) return { ok: false, problem: worded(WORDS.latitudeRange, { line, value: String(latitude) }) };
    const properties: Record<string, string> = {};
    for (const field of fields) if (field !== lonField && field !== latField && row[field] !== undefined) properties[field] = row[field];
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties });
  }
  const ragged = parsed.errors.filter((error) => error.type === 'FieldMismatch').length;
  const warnings = ragged > 0 ? [worded(WORDS.ragged, { count: ragged })] : [];
  return { ok: true, value: { type: 'FeatureCollection', features }, warnings };
}
