import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { wktToGeoJSON } from '@terraformer/wkt';
import { FLAT_COLUMNS, featuresAsCsv, featuresAsGeoJson, featuresAsKml, toCsv } from './featureExport.ts';
import { citationsAsWebAnnotations } from './webAnnotations.ts';
import { citationText, citePassage } from '../documents/passageCitation.ts';
import { prepareDocument } from '../documents/documentText.ts';
import { anchorQuote } from '../documents/anchor.ts';
import { parseViewHash } from '../view/viewState.ts';
import type { AtlasFeature } from '../features/feature.ts';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../../scripts/lib/onDisk.ts';

const texts = sourceTexts();
const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const docs = { 'bulletin-2026-02': prepareDocument(texts['bulletin-2026-02']), 'charter-2026': prepareDocument(texts['charter-2026']) };
const appUrl = 'http://127.0.0.1:4173/';
const context = { index, docs, appUrl };
const line = features.find((f) => f.id === 'l330-nakhchivan-ordubad')!;
const awkward: AtlasFeature = { ...line, id: 'awkward-name', properties: { ...line.properties, name: 'Line "A", north,\nand south' } };

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles quotes, ends records with CRLF', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines']])).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('gives back a name with commas, quotes and a newline exactly, read by an independent parser', () => {
    const csv = featuresAsCsv([awkward, line], context);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0].name).toBe('Line "A", north,\nand south');
    expect(parsed.data[1].status).toBe('under construction');
    expect(parsed.data[1].voltage_kv).toBe('330');
    expect(parsed.data[1].geometry_accuracy).toBe(line.properties.geometry_accuracy);
    expect(Number(parsed.data[1].passage_count)).toBe(index.citationsByFeature.get(line.id)!.length);
    expect(parsed.data[1].passages).toMatch(/330-kilovolt/);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('geometry in the CSV', () => {
  const port = features.find((f) => f.geometry.type === 'Point')!;
  const area = features.find((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')!;
  const rows = Papa.parse<Record<string, string>>(featuresAsCsv([port, line, area], context), { header: true, skipEmptyLines: true, newline: '\r\n' }).data;

  it('places a point by its longitude and latitude columns', () => {
    expect([Number(rows[0].longitude), Number(rows[0].latitude)]).toEqual(port.geometry.coordinates);
    expect(rows[0].geometry_type).toBe('Point');
    expect(rows[1].longitude).toBe('');
  });

  it('gives every geometry as WKT that reads back to the same shape', () => {
    const shapes = [port, line, area];
    rows.forEach((row, i) => {
      expect(row.wkt).toMatch(/^(POINT|LINESTRING|MULTILINESTRING|POLYGON|MULTIPOLYGON) \(/);
      expect(wktToGeoJSON(row.wkt)).toEqual(shapes[i].geometry);
    });
  });
});

describe('GeoJSON', () => {
  it('carries each feature with its status, figures, accuracy and the passages that cite it', () => {
    const collection = JSON.parse(featuresAsGeoJson([line], context));
    expect(collection.type).toBe('FeatureCollection');
    const [feature] = collection.features;
    expect(feature.id).toBe(line.id);
    expect(feature.geometry).toEqual(line.geometry);
    expect(feature.properties.status).toBe('under construction');
    expect(feature.properties.figures.map((f: { value: number }) => f.value)).toEqual(expect.arrayContaining([105, 330, 1000]));
    expect(feature.properties.geometry_accuracy).toBe(line.properties.geometry_accuracy);
    expect(feature.properties.passages).toHaveLength(index.citationsByFeature.get(line.id)!.length);
    const passage = feature.properties.passages[0];
    expect(passage.document).toMatch(/Bulletin|Charter/);
    expect(parseViewHash(new URL(passage.link).hash).view.passage).toEqual({ source: passage.source, start: passage.start, end: passage.end });
  });

  it('carries every nested value flat beside it, for a shapefile or spreadsheet that drops nested ones', () => {
    const [feature] = JSON.parse(featuresAsGeoJson([line], context)).features;
    const csvRow = Papa.parse<Record<string, string>>(featuresAsCsv([line], context), { header: true, skipEmptyLines: true, newline: '\r\n' }).data[0];
    expect(feature.properties.passages_text).toBe(csvRow.passages);
    expect(feature.properties.figures_text).toBe(csvRow.figures);
    expect(feature.properties.countries_text).toBe(csvRow.countries);
    expect(feature.properties.voltage_kv).toBe('330');
    expect(feature.properties.passage_count).toBe(feature.properties.passages.length);
  });

  it('carries the outside sources of the status note, so a downloaded date still says who gives it', () => {
    const [feature] = JSON.parse(featuresAsGeoJson([line], context)).features;
    expect(feature.properties.status_note).toContain('29 January 2026');
    expect(feature.properties.status_sources).toEqual([expect.objectContaining({ publisher: 'Azernews', url: 'https://www.azernews.az/business/253653.html' })]);
    expect(feature.properties.status_sources[0].says).toContain('29 January 2026');
  });
});

describe('Web Annotations', () => {
  const collection = JSON.parse(citationsAsWebAnnotations([line], index, texts, appUrl));
  const items = collection.first.items;

  it('is one annotation collection in the W3C context, one annotation per feature–passage link', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(items).toHaveLength(index.citationsByFeature.get(line.id)!.length);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a: { id: string }) => a.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.body.label).toBe(line.properties.name);
      expect(item.target.source.label).toMatch(/Bulletin|Charter/);
    }
  });

  it('has selectors that find the passage again: the quote anchors once, the positions point at it', () => {
    for (const item of items) {
      const source = parseViewHash(new URL(item.target.source.id).hash).view.reader;
      const text = texts[source];
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      const anchored = anchorQuote(text, quote);
      expect(anchored.ok).toBe(true);
      // No character outside the Basic Multilingual Plane comes before: code points are UTF-16 offsets here.
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    }
  });
});

describe('a copied citation', () => {
  it('gives the quote, the document title, the section and a link back to the passage', () => {
    const passage = index.citationsByFeature.get(line.id)![0];
    const citation = citePassage(passage, docs, appUrl, line.id);
    const text = citationText(citation);
    expect(text).toContain(`“${citation.quote}”`);
    expect(text).toContain('Bulletin: Highlight of the Foreign Policy of Republic of Azerbaijan');
    // The quote travels with who published it and whose positions it states.
    expect(text).toContain("It states the Government of Azerbaijan's positions");
    expect(citation.section).toMatch(/^II\./);
    expect(text).toContain(citation.section);
    const link = text.split('\n').at(-1)!;
    const view = parseViewHash(new URL(link).hash).view;
    expect(view.passage).toEqual({ source: passage.source, start: passage.start, end: passage.end });
    expect(view.feature).toBe(line.id);
  });
});

describe('whose name, and what a passage is to the feature, in every export', () => {
  const named: AtlasFeature = {
    ...line,
    id: 'named-line',
    properties: {
      ...line.properties,
      alternate_names: [
        { name: 'Zangezur power line', usage: 'bulletin' },
        { name: 'Cəbrayıl–Ağbənd line', usage: 'azerbaijani-official' },
      ],
    },
  };

  it('GeoJSON: each alternate name with its usage, each passage with its role', () => {
    const [feature] = JSON.parse(featuresAsGeoJson([named], context)).features;
    expect(feature.properties.alternate_names).toEqual([
      { name: 'Zangezur power line', usage: 'bulletin', usage_label: 'the bulletin’s term' },
      { name: 'Cəbrayıl–Ağbənd line', usage: 'azerbaijani-official', usage_label: 'Azerbaijani official usage' },
    ]);
    const tripp = features.find((f) => f.id === 'tripp-syunik-route')!;
    const [exported] = JSON.parse(featuresAsGeoJson([tripp], context)).features;
    expect(exported.properties.passages.map((p: { role: string }) => p.role)).toEqual(index.citationsByFeature.get(tripp.id)!.map((c) => c.role));
    expect(exported.properties.passages.some((p: { role: string }) => p.role === 'context')).toBe(true);
  });

  it('CSV: alternate names carry their usage; context passages say so', () => {
    const tripp = features.find((f) => f.id === 'tripp-syunik-route')!;
    const parsed = Papa.parse<Record<string, string>>(featuresAsCsv([named, tripp], context), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.data[0].alternate_names).toBe('Zangezur power line (the bulletin’s term); Cəbrayıl–Ağbənd line (Azerbaijani official usage)');
    const contextLines = parsed.data[1].passages.split('\n').filter((l) => l.startsWith('Context: '));
    expect(contextLines.length).toBe(index.citationsByFeature.get(tripp.id)!.filter((c) => c.role === 'context').length);
    expect(contextLines.length).toBeGreaterThan(0);
  });

  it('Web Annotations: "describing" for a passage that describes the feature, "linking" for context; names with usage', () => {
    const tripp = features.find((f) => f.id === 'tripp-syunik-route')!;
    const collection = JSON.parse(citationsAsWebAnnotations([tripp], index, texts, appUrl));
    const items = collection.first.items as { motivation: string; body: { altLabel?: { '@value': string; note: string }[] } }[];
    const cited = index.citationsByFeature.get(tripp.id)!;
    expect(items.map((item) => item.motivation)).toEqual(cited.map((c) => (c.role === 'describes' ? 'describing' : 'linking')));
    expect(items.some((item) => item.motivation === 'linking')).toBe(true);
    expect(items[0].body.altLabel).toContainEqual({ '@value': 'Zangezur corridor', note: 'the bulletin’s term' });
  });
});

describe('KML', () => {
  it('gives Google Earth one placemark per feature, named, with its passages and flat columns', async () => {
    const tripp = features.find((f) => f.id === 'tripp-syunik-route')!;
    const kml = await featuresAsKml([line, tripp], context);
    expect(kml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">/);
    expect(kml.match(/<Placemark[ >]/g)).toHaveLength(2);
    expect(kml).toContain(`<name>${tripp.properties.name}</name>`);
    expect(kml).toContain('<Data name="passage_count"><value>');
    expect(kml).toContain('330-kilovolt');
    expect(kml).toMatch(/<LineString><coordinates>[\d.,\s-]+<\/coordinates><\/LineString>/);
    expect(kml).not.toContain('<value>null</value>');
  });
});

describe('docs/DATA-EXPORTS.md', () => {
  const doc = readFileSync(new URL('../../../docs/DATA-EXPORTS.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]));

  it('documents every column of the CSV and every property of the GeoJSON', () => {
    const tripp = features.find((f) => f.id === 'tripp-syunik-route')!;
    const properties = JSON.parse(featuresAsGeoJson([line, tripp], context)).features.flatMap((f: { properties: object }) => Object.keys(f.properties));
    const undocumented = [...new Set([...FLAT_COLUMNS, ...properties])].filter((name) => !documented.has(name));
    expect(undocumented).toEqual([]);
  });
});
