import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkGeoJson } from './geojsonCheck.ts';
import { parseJsonText } from './jsonText.ts';
import { importText } from './importData.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** The checker's words as English readers see them: formatted from the catalogue, as the page does. */
const english = (text: Worded): string => wordsOf(translatorFor('en'), text);
/** What a parse or an import refused, in English; '' when it was accepted. */
const refusal = (result: { ok: true | false } & ({ ok: true } | { ok: false; problem: Worded })): string => (result.ok ? '' : english(result.problem));

const feature = (geometry: unknown, properties: unknown = { name: 'Test' }) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];

function problemOf(value: unknown): string {
  const result = checkGeoJson(value);
  if (result.ok) throw new Error('expected a refusal');
  return english(result.problem);
}

function warningsOf(value: unknown): string[] {
  const result = checkGeoJson(value);
  if (!result.ok) throw new Error(`expected acceptance, got: ${english(result.problem)}`);
  return result.warnings.map(english);
}

describe('refused files say what is wrong and where', () => {
  it('not JSON: with the line and column', () => {
    const parsed = parseJsonText('{\n  "type": "FeatureCollection",\n  "features": [\n  }');
    expect(refusal(parsed)).toMatch(/not valid JSON \(line 4, column 3\)/);
  });

  it('nested 8,000 levels deep in a property: refused on the way in, so it cannot break a views file later', () => {
    const deep = `${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":${deep}},"geometry":{"type":"Point","coordinates":[45,40]}}]}`;
    expect(refusal(parseJsonText(text))).toMatch(/more than 100 levels deep/);
    // A MultiPolygon with properties a few levels deep is ordinary data.
    const ordinary = { type: 'Feature', properties: { tags: { rail: { gauge: [1520] } } }, geometry: { type: 'MultiPolygon', coordinates: [[[[45, 40], [46, 40], [46, 41], [45, 40]]]] } };
    expect(parseJsonText(JSON.stringify({ type: 'FeatureCollection', features: [ordinary] })).ok).toBe(true);
  });

  it('JSON but not GeoJSON', () => {
    expect(problemOf([1, 2, 3])).toMatch(/JSON but not GeoJSON.*a list/);
    expect(problemOf({ hello: 'world' })).toMatch(/no "type" member/);
  });

  it('unknown type, at the top and in a feature', () => {
    expect(problemOf({ type: 'Circle', coordinates: [1, 2] })).toMatch(/Unknown GeoJSON type "Circle"/);
    expect(problemOf(collection(feature({ type: 'Point', coordinates: [0, 0] }), feature({ type: 'Curve', coordinates: [] })))).toMatch(
      /Feature 2 \("Test"\): unknown geometry type "Curve"/,
    );
  });

  it('a coordinate out of range: which feature, which coordinate', () => {
    const value = collection(feature({ type: 'Point', coordinates: [10, 10] }), feature({ type: 'LineString', coordinates: [[40, 40], [41, 95]] }));
    expect(problemOf(value)).toBe('Feature 2 ("Test"), LineString, coordinates[1]: latitude 95 is out of range (−90 to 90).');
    expect(problemOf(feature({ type: 'Point', coordinates: [181, 0] }))).toMatch(/coordinates: longitude 181 is out of range/);
  });

  it('too few positions in a line and in a ring', () => {
    expect(problemOf(feature({ type: 'LineString', coordinates: [[1, 2]] }))).toMatch(/a line needs at least 2 positions; found 1/);
    expect(problemOf(feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }))).toMatch(/coordinates\[0\]: a ring needs at least 4 positions/);
    expect(problemOf(feature({ type: 'Point', coordinates: [1] }))).toMatch(/needs two numbers.*found 1/);
  });

  it('wrong nesting, too shallow and too deep', () => {
    expect(problemOf(feature({ type: 'LineString', coordinates: [1, 2] }))).toMatch(/found a single position \(wrong nesting/);
    expect(problemOf(feature({ type: 'Point', coordinates: [[1, 2]] }))).toMatch(/wrong nesting: one level too deep/);
    expect(problemOf(feature({ type: 'Polygon', coordinates: [[0, 0], [1, 0], [1, 1], [0, 0]] }))).toMatch(/wrong nesting/);
  });

  it('a string where a number belongs, with its exact place', () => {
    const value = collection(feature({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], ['3.5', 3]]] }));
    expect(problemOf(value)).toBe('Feature 1 ("Test"), MultiLineString, coordinates[1][1][0]: a string where a number belongs ("3.5").');
  });

  it('an unclosed ring', () => {
    expect(problemOf(feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }))).toMatch(
      /coordinates\[0\]: the ring is not closed: it starts at \[0, 0\] and ends at \[0, 1\]/,
    );
  });

  it('members of the wrong kind', () => {
    expect(problemOf(collection({ type: 'Point', coordinates: [0, 0] }))).toMatch(/Feature 1 has type "Point"; every member of "features" must have type "Feature"/);
    expect(problemOf(feature({ type: 'Point', coordinates: [0, 0] }, ['a']))).toMatch(/"properties" must be an object or null/);
    expect(problemOf({ type: 'FeatureCollection', features: {} })).toMatch(/no list of "features"/);
    // Without the key at all, the message says so in words, not "found undefined undefined".
    expect(problemOf({ type: 'FeatureCollection' })).toBe('This FeatureCollection has no list of "features" (found nothing).');
    expect(problemOf(collection())).toMatch(/no features/);
  });
});

describe('unusual files are accepted with a warning', () => {
  it('a clockwise outer ring', () => {
    const clockwise = [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]];
    expect(warningsOf(feature({ type: 'Polygon', coordinates: clockwise }))).toEqual([expect.stringMatching(/1 ring is wound the wrong way/)]);
    expect(warningsOf(feature({ type: 'Polygon', coordinates: square }))).toEqual([]);
  });

  it('extra members', () => {
    const value = { ...collection({ ...feature({ type: 'Point', coordinates: [1, 2], crs: 'x' }), style: 'red' }), crs: {} };
    expect(warningsOf(value)).toEqual([expect.stringMatching(/not define were ignored: "crs", "style"/)]);
  });

  it('excessive precision', () => {
    expect(warningsOf(feature({ type: 'Point', coordinates: [45.123456789, 40.1] }))).toEqual([expect.stringMatching(/more than 7 decimals/)]);
    expect(warningsOf(feature({ type: 'Point', coordinates: [45.1234567, 40.1] }))).toEqual([]);
  });

  it('a bbox of odd shape', () => {
    expect(warningsOf({ ...feature({ type: 'Point', coordinates: [1, 2] }), bbox: [1, 2, 3] })).toEqual([expect.stringMatching(/bbox is of odd shape/)]);
    expect(warningsOf({ ...feature({ type: 'Point', coordinates: [1, 2] }), bbox: [0, 5, 2, 1] })).toEqual([expect.stringMatching(/odd shape/)]);
    expect(warningsOf({ ...feature({ type: 'Point', coordinates: [1, 2] }), bbox: [0, 1, 2, 5] })).toEqual([]);
  });

  it('positions with more than three numbers and features without geometry', () => {
    const value = collection(feature({ type: 'Point', coordinates: [1, 2, 3, 4] }), feature(null));
    expect(warningsOf(value)).toEqual([expect.stringMatching(/1 position has more than three numbers/), expect.stringMatching(/1 feature has no geometry/)]);
  });
});

describe('what is accepted', () => {
  it('a bare geometry, a Feature and a GeometryCollection, keeping properties as they are', () => {
    const bare = checkGeoJson({ type: 'Point', coordinates: [1, 2] });
    expect(bare.ok && bare.features).toEqual([{ type: 'Feature', geometries: [{ type: 'Point', coordinates: [1, 2] }], properties: {} }]);
    const markup = '<img src=x onerror=alert(1)>';
    const collectionOfTwo = checkGeoJson(
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'Polygon', coordinates: square }] }, { name: markup }),
    );
    expect(collectionOfTwo.ok && collectionOfTwo.features[0].geometries.map((g) => g.type)).toEqual(['Point', 'Polygon']);
    expect(collectionOfTwo.ok && collectionOfTwo.features[0].properties.name).toBe(markup);
  });

  it('any line of valid positions passes, and one position moved out of range is refused by its index', () => {
    const position = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 30 }), fc.nat(), (line, pick) => {
        expect(checkGeoJson(feature({ type: 'LineString', coordinates: line })).ok).toBe(true);
        const index = pick % line.length;
        const broken = line.map((p, i) => (i === index ? [p[0], 90.5] : p));
        const result = checkGeoJson(feature({ type: 'LineString', coordinates: broken }));
        expect(refusal(result)).toContain(`coordinates[${index}]: latitude 90.5 is out of range`);
      }),
    );
  });
});

describe('importText', () => {
  it('turns a checked file into drawable arrays and keeps a clean copy of what it accepted', () => {
    const text = JSON.stringify(
      collection(
        feature({ type: 'LineString', coordinates: [[40, 40], [41, 41], [42, 40]] }, { name: 'Road' }),
        feature({ type: 'MultiPoint', coordinates: [[45, 40], [46, 41]] }, { name: 'Towns' }),
        feature({ type: 'Polygon', coordinates: square }, { title: 'Field' }),
      ),
    );
    const outcome = importText(text, 'geojson');
    if (!outcome.ok) throw new Error(english(outcome.problem));
    expect(outcome.featureCount).toBe(3);
    expect(outcome.vertexCount).toBe(10);
    expect(outcome.features.names).toEqual(['Road', 'Towns', 'Field']);
    expect([...outcome.features.lines.starts]).toEqual([0, 3]);
    expect([...outcome.features.lines.positions]).toEqual([40, 40, 41, 41, 42, 40]);
    expect([...outcome.features.lines.segments]).toEqual([0, 1, 1, 2]);
    expect([...outcome.features.points.featureIds]).toEqual([1, 1]);
    expect([...outcome.features.polygons.featureIds]).toEqual([2]);
    expect(outcome.features.polygons.triangles).toHaveLength(6);
    expect(JSON.parse(outcome.source).features).toHaveLength(3);
    expect(JSON.parse(outcome.features.propertiesJson)[2]).toEqual({ title: 'Field' });
  });

  it('the same data gives the same fingerprint, however the file was spaced or ordered, so a views file is known again', () => {
    const road = feature({ type: 'LineString', coordinates: [[40, 40], [41, 41]] }, { name: 'Road' });
    const first = importText(JSON.stringify(collection(road)), 'geojson');
    // What a views file carries is the clean copy, read back: spacing and ignored members differ.
    const again = importText(JSON.stringify({ ...collection(road), crs: { type: 'name' } }, null, 2), 'geojson');
    const other = importText(JSON.stringify(collection(feature({ type: 'LineString', coordinates: [[40, 40], [41, 42]] }, { name: 'Road' }))), 'geojson');
    if (!first.ok || !again.ok || !other.ok) throw new Error('refused');
    expect(again.sourceHash).toBe(first.sourceHash);
    expect(other.sourceHash).not.toBe(first.sourceHash);
  });

  it('CSV with longitude and latitude columns becomes points, other columns properties', () => {
    const outcome = importText('name,Longitude,LAT,note\n"Port, old",49.8,40.4,"said ""hi"""\nDepot,45,41,\n', 'csv');
    if (!outcome.ok) throw new Error(english(outcome.problem));
    expect(outcome.features.names).toEqual(['Port, old', 'Depot']);
    expect([...outcome.features.points.positions]).toEqual([Math.fround(49.8), Math.fround(40.4), 45, 41]);
    expect(JSON.parse(outcome.features.propertiesJson)[0]).toEqual({ name: 'Port, old', note: 'said "hi"' });
  });

  it('CSV refusals name the line', () => {
    expect(refusal(importText('name,lon,lat\nA,45,40\nB,abc,40\n', 'csv'))).toBe('Line 3: longitude "abc" is not a number.');
    expect(refusal(importText('name,lon,lat\nA,45,95\n', 'csv'))).toBe('Line 2: latitude 95 is out of range (−90 to 90).');
    expect(refusal(importText('name,x1,y1\nA,45,40\n', 'csv'))).toBe(
      'This CSV has no longitude column: name the columns "longitude" and "latitude" (or lon/lng and lat). Found: "name", "x1", "y1".',
    );
  });
});

describe('refusals in the language shown', () => {
  it('are worded whole in Armenian and Russian, the file’s own name and numbers kept as the file writes them', () => {
    const result = checkGeoJson(collection(feature({ type: 'Point', coordinates: [1234.5678901, 40] }, { name: 'Depot 7' })));
    if (result.ok) throw new Error('expected a refusal');
    // Not "1 234,568": the number is the file's, not formatted in the language's way.
    expect(wordsOf(translatorFor('hy'), result.problem)).toBe('Օբյեկտ № 1 («Depot 7»), Point, coordinates. երկայնությունը (1234.5678901) դուրս է թույլատրելի միջակայքից (−180…180)։');
    expect(wordsOf(translatorFor('ru'), result.problem)).toBe('Объект № 1 («Depot 7»), Point, coordinates: долгота 1234.5678901 вне допустимого диапазона (от −180 до 180).');
  });

  it('count in the language’s plural forms', () => {
    const clockwise = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
    const value = collection(...[1, 2, 3, 4, 5].map(() => feature({ type: 'Polygon', coordinates: [clockwise] })));
    const result = checkGeoJson(value);
    if (!result.ok) throw new Error('expected acceptance');
    expect(wordsOf(translatorFor('ru'), result.warnings[0])).toMatch(/^У 5 колец неверное направление обхода/);
    expect(english(result.warnings[0])).toMatch(/^5 rings are wound the wrong way/);
  });
});
