/**
 * The filtered features as files to take away: GeoJSON (RFC 7946), CSV (RFC 4180) and KML, each
 * feature with its status, figures, geometry accuracy and the passages that cite it. Every file
 * carries the same flat columns (`flatColumns`), so a spreadsheet or a GIS that cannot read
 * nested values loses nothing; docs/DATA-EXPORTS.md says what each one holds.
 */
import Papa from 'papaparse';
import { geojsonToWKT } from '@terraformer/wkt';
import type { AlternateName, AtlasFeature, CitationRole } from '../features/feature.ts';
// From the vocabulary, not feature.ts: that module holds the zod schemas, which stay out of the browser.
import { ALTERNATE_NAME_USAGE_LABELS } from '../features/featureVocabulary.ts';
import type { CitationIndex } from '../documents/citationIndex.ts';
import { layerTitle } from '../features/layers.ts';
import { drawnLengthKm, formatFigure } from '../features/featureFacts.ts';
import { citePassage, featureLink, type PassageCitation, type ReadableDocuments } from '../documents/passageCitation.ts';
import { statedCapacitiesMw, statedVoltagesKv } from '../find/filter.ts';
import { DOCUMENTS_PRESENT, assertion, timingOf } from '../features/timeline.ts';
import type { StatusEvent } from '../features/feature.ts';

export interface ExportContext {
  index: Pick<CitationIndex, 'citationsByFeature'>;
  docs: ReadableDocuments;
  /** The app's address without a hash, for links back to features and passages. */
  appUrl: string;
  /** The year the features' statuses are of (they come as they stood then); null or absent: the documents' present. */
  year?: number | null;
}

/** When the status given holds: the year shown, or the documents' present. */
function statusAsOf(context: ExportContext): string {
  return context.year == null ? DOCUMENTS_PRESENT : String(context.year);
}

/** A status event in one line: when, what, and who says so. */
export function eventLine(event: StatusEvent): string {
  const { by, on } = assertion(event);
  return `${event.date ?? 'no date'}: ${event.status} (${by}, ${on})`;
}

function passagesCiting(feature: AtlasFeature, { index, docs, appUrl }: ExportContext): (PassageCitation & { role: CitationRole })[] {
  return (index.citationsByFeature.get(feature.id) ?? []).map((passage) => ({ ...citePassage(passage, docs, appUrl, feature.id), role: passage.role }));
}

/** An alternate name as every export writes it: the name, then whose usage it is. */
export function alternateNameWithUsage({ name, usage }: AlternateName): string {
  return `${name} (${ALTERNATE_NAME_USAGE_LABELS[usage]})`;
}

export function featuresAsGeoJson(features: readonly AtlasFeature[], context: ExportContext): string {
  const collection = {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const p = feature.properties;
      const flat = flatColumns(feature, context);
      return {
        type: 'Feature',
        id: feature.id,
        geometry: feature.geometry,
        properties: {
          name: p.name,
          ...(p.alternate_names
            ? { alternate_names: p.alternate_names.map(({ name, usage }) => ({ name, usage, usage_label: ALTERNATE_NAME_USAGE_LABELS[usage] })) }
            : {}),
          layer: p.layer,
          layer_title: layerTitle(p.layer),
          kind: p.kind,
          status: p.status ?? null,
          status_year: p.status_year === undefined ? null : (context.year ?? p.status_year),
          ...(p.status ? { status_as_of: statusAsOf(context), status_certainty: timingOf(feature)?.certainty ?? 'dated' } : {}),
          ...(p.status_events
            ? {
                status_events: p.status_events.map((event) => {
                  const { by, on, words, url } = assertion(event);
                  return { status: event.status, date: event.date ?? null, said_by: by, said_on: on, words, ...(url ? { url } : {}) };
                }),
              }
            : {}),
          ...(p.status_note ? { status_note: p.status_note } : {}),
          ...(p.status_sources ? { status_sources: p.status_sources } : {}),
          countries: p.countries,
          summary: p.summary,
          figures: p.figures.map(({ quantity, value, unit, label }) => ({ quantity, value, unit, label })),
          drawn_length_km: roundedKm(drawnLengthKm(feature)),
          geometry_accuracy: p.geometry_accuracy,
          geometry_sources: p.geometry_sources,
          link: featureLink(context.appUrl, feature.id),
          passages: passagesCiting(feature, context).map((c) => ({
            role: c.role,
            document: c.documentTitle,
            provenance: c.provenance,
            source: c.source,
            section: c.section,
            quote: c.quote,
            start: c.start,
            end: c.end,
            link: c.link,
          })),
          // The same values flat, for tools that drop nested ones (a shapefile, a spreadsheet).
          ...flatBeside(flat),
        },
      };
    }),
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}

/** Flat columns whose GeoJSON property of the same name holds the nested form: flat, they end in `_text`. */
const NESTED_IN_GEOJSON = ['alternate_names', 'status_events', 'countries', 'figures', 'passages'] as const;

/** The flat columns GeoJSON adds beside its nested properties (its geometry and `layer`/`layer_title` say the rest). */
function flatBeside(flat: FlatRow): Record<string, string | number | null> {
  const beside: Record<string, string | number | null> = { voltage_kv: flat.voltage_kv, capacity_mw: flat.capacity_mw, passage_count: flat.passage_count };
  for (const column of NESTED_IN_GEOJSON) beside[`${column}_text`] = flat[column];
  return beside;
}

/**
 * The columns every export carries flat (one string or number each), in the CSV's order. Geometry
 * comes as `longitude`/`latitude` for a point and as WKT for every geometry, so QGIS, a
 * spreadsheet or a database can place each row without reading GeoJSON.
 */
export const FLAT_COLUMNS = [
  'id',
  'name',
  'alternate_names',
  'layer',
  'kind',
  'status',
  'status_year',
  'status_as_of',
  'status_events',
  'countries',
  'figures',
  'voltage_kv',
  'capacity_mw',
  'drawn_length_km',
  'geometry_accuracy',
  'geometry_type',
  'longitude',
  'latitude',
  'wkt',
  'summary',
  'passage_count',
  'passages',
  'link',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];
export type FlatRow = Record<FlatColumn, string | number | null>;

/** One feature as flat values: lists joined with "; ", events and passages one a line. */
export function flatColumns(feature: AtlasFeature, context: ExportContext): FlatRow {
  const p = feature.properties;
  const passages = passagesCiting(feature, context);
  const point = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
  return {
    id: feature.id,
    name: p.name,
    alternate_names: (p.alternate_names ?? []).map(alternateNameWithUsage).join('; '),
    layer: layerTitle(p.layer),
    kind: p.kind,
    status: p.status ?? null,
    status_year: p.status_year === undefined ? null : (context.year ?? p.status_year),
    status_as_of: p.status ? statusAsOf(context) : null,
    status_events: (p.status_events ?? []).map(eventLine).join('\n'),
    countries: p.countries.join('; '),
    figures: p.figures.map((figure) => `${figure.label}: ${formatFigure(figure)}`).join('; '),
    voltage_kv: statedVoltagesKv(feature).join('; '),
    capacity_mw: statedCapacitiesMw(feature).join('; '),
    drawn_length_km: roundedKm(drawnLengthKm(feature)),
    geometry_accuracy: p.geometry_accuracy,
    geometry_type: feature.geometry.type,
    longitude: point ? point[0] : null,
    latitude: point ? point[1] : null,
    wkt: geojsonToWKT(feature.geometry),
    summary: p.summary,
    passage_count: passages.length,
    // One passage a line: the quote, then where it stands.
    passages: passages
      .map((c) => `${c.role === 'context' ? 'Context: ' : ''}“${c.quote}” (${c.documentTitle}${c.section ? `, ${c.section}` : ''})`)
      .join('\n'),
    link: featureLink(context.appUrl, feature.id),
  };
}

export function featuresAsCsv(features: readonly AtlasFeature[], context: ExportContext): string {
  const rows = features.map((feature) => {
    const values = flatColumns(feature, context);
    return FLAT_COLUMNS.map((column) => values[column]);
  });
  return toCsv([[...FLAT_COLUMNS], ...rows]);
}

/** RFC 4180 by papaparse: CRLF between records, a field quoted when it needs it, quotes doubled; a CRLF ends the last record too. */
export function toCsv(records: readonly (readonly (string | number | null)[])[]): string {
  return `${Papa.unparse(records.map((record) => [...record]), { newline: '\r\n' })}\r\n`;
}

function roundedKm(km: number | null): number | null {
  return km === null ? null : Math.round(km * 10) / 10;
}

const KML_LEAVES_OUT = new Set<string>(['wkt', 'longitude', 'latitude']);

/**
 * KML for Google Earth: each feature a placemark named as the atlas names it, its summary and
 * passages as the description, and every flat column as ExtendedData (Google Earth shows them
 * in the placemark's balloon).
 */
export async function featuresAsKml(features: readonly AtlasFeature[], context: ExportContext): Promise<string> {
  // On demand: the writer is wanted only when someone asks for KML.
  const { toKML } = await import('@placemarkio/tokml');
  const kml = toKML({
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const flat = flatColumns(feature, context);
      // The placemark's own geometry says where it is; an empty value is left out (the writer would print null as "null").
      const given = Object.fromEntries(
        Object.entries(flat).filter(([column, value]) => !KML_LEAVES_OUT.has(column) && value !== null && value !== ''),
      );
      const description = [flat.summary, flat.passages].filter(Boolean).join('\n\n');
      return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties: { ...given, description } };
    }),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${kml}\n`;
}
