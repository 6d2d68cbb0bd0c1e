import { describe, expect, it } from 'vitest';
import { carriedLayersFrom, carriedLayersSection } from './carriedLayers.ts';
import { parseViews, serializeViews, type SavedView } from '../view/namedViews.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** Words as an English reader sees them. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const views: SavedView[] = [{ name: 'Close up', hash: '#map=9/38.9/46.3', savedAt: '2026-11-22T10:00:00.000Z' }];

describe('your own layers in a views file', () => {
  it('travel with every view and come back as they were', () => {
    const source = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Depot, "old"' }, geometry: { type: 'Point', coordinates: [45.1, 40.2] } }] });
    const layers = [
      { name: 'My depots', color: [255, 105, 180] as [number, number, number], source },
      { name: 'Empty', color: [0, 0, 0] as [number, number, number], source: '{"type":"FeatureCollection","features":[]}' },
    ];
    const parsed = parseViews(serializeViews(views, carriedLayersSection(layers)));
    expect(parsed.views).toEqual(views);
    expect(carriedLayersFrom(parsed.sections)).toEqual({ layers, problems: [] });
  });

  it('go into the file as the text that was checked on import, not parsed and printed again', () => {
    // Spacing and key order no parser would give back: only a copy of the text keeps them.
    const source = '{ "features":[ {"geometry":{"coordinates":[45.1,40.2],"type":"Point"},"type":"Feature","properties":{"n":"verbatim-json-x-0"}}],  "type":"FeatureCollection" }';
    const text = serializeViews(views, carriedLayersSection([{ name: 'As typed', color: [1, 2, 3], source }]));
    expect(text).toContain(`"geojson": ${source}`);
    expect(carriedLayersFrom(parseViews(text).sections).layers[0].source).toBe(JSON.stringify(JSON.parse(source)));
  });

  it('skip a layer without GeoJSON, saying so, and mend a colour that is not one', () => {
    const { layers, problems } = carriedLayersFrom({ userLayers: [{ name: 'Broken' }, { name: 'Fine', color: 'red', geojson: { type: 'Point', coordinates: [1, 2] } }] });
    expect(layers).toEqual([{ name: 'Fine', color: [20, 20, 20], source: '{"type":"Point","coordinates":[1,2]}' }]);
    expect(problems.map(english)).toEqual(['Layer 1 has no name or no GeoJSON; it was skipped.']);
    expect(carriedLayersFrom({})).toEqual({ layers: [], problems: [] });
  });
});
