import { describe, expect, it } from 'vitest';
import { addViews, corridorPresets, MAX_VIEW_NAME, mergeViewChange, parseViews, serializeViews, type SavedView } from './namedViews.ts';
import type { AtlasFeature } from '../features/feature.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** Words as an English reader sees them. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const point = (id: string, layer: AtlasFeature['properties']['layer'], coordinates: [number, number]) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { layer } }) as unknown as AtlasFeature;

const views: SavedView[] = [
  { name: 'TRIPP close up', hash: '#map=9/38.9/46.3&feature=tripp-syunik-route', savedAt: '2026-11-22T10:00:00.000Z' },
  { name: 'Whole corridor', hash: '#map=4/42/55', savedAt: '2026-11-22T10:05:00.000Z' },
];

describe('corridor presets', () => {
  it('frames every feature of each layer, and skips empty layers', () => {
    const presets = corridorPresets([point('a', 'tripp', [44, 39]), point('b', 'tripp', [46.5, 38.9]), point('c', 'places', [49.9, 40.4])]);
    expect(presets.map((p) => p.layer)).toEqual(['places', 'tripp']);
    expect(presets[1].bounds).toEqual([
      [44, 38.9],
      [46.5, 39],
    ]);
  });
});

describe('views files', () => {
  it('round-trip', () => {
    expect(parseViews(serializeViews(views))).toEqual({ views, sections: {}, problems: [], complete: true });
  });

  it('carry sections and view fields a newer atlas wrote (imported layers) through untouched', () => {
    const layers = [{ id: 'my-wells', name: 'Wells', geojson: { type: 'FeatureCollection', features: [] } }];
    const withExtras = [{ ...views[0], layerColour: '#123456' }];
    const parsed = parseViews(serializeViews(withExtras, { importedLayers: layers }));
    expect(parsed.views).toEqual(withExtras);
    expect(parsed.sections).toEqual({ importedLayers: layers });
    expect(JSON.parse(serializeViews(parsed.views, parsed.sections))).toEqual(JSON.parse(serializeViews(withExtras, { importedLayers: layers })));
  });

  it('refuse a file that is not a views file, losing nothing', () => {
    expect(parseViews('{"type": "FeatureCollection"}')).toMatchObject({ views: [], complete: false });
    expect(parseViews('{"type": "FeatureCollection"}').problems.map(english)).toEqual(['This is not a Corridor Atlas views file.']);
    expect(english(parseViews('not json').problems[0])).toMatch(/not JSON/);
    expect(parseViews('null').complete).toBe(false);
  });

  it('skip a broken entry, keep the rest, and say the text was not read whole', () => {
    const text = JSON.stringify({ format: 'corridor-atlas-views', views: [{ name: '' }, views[0], { name: 'x', hash: 42 }, 7] });
    const parsed = parseViews(text);
    expect(parsed.views).toEqual([views[0]]);
    expect(parsed.problems.map(english)).toEqual(['View 1 has no name; it was skipped.', 'View 3 has no link; it was skipped.', 'View 4 is not a view; it was skipped.']);
    expect(parsed.complete).toBe(false);
  });

  it('read every view of a file, however many: the limit is applied when they are added', () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ ...views[1], name: `View ${i}` }));
    expect(parseViews(serializeViews(many)).views).toHaveLength(450);
  });

  it('shorten names past the limit, and refuse links that cannot be views', () => {
    const text = JSON.stringify({ format: 'corridor-atlas-views', views: [{ ...views[0], name: 'ə'.repeat(500) }, { ...views[1], hash: `#title=${'x'.repeat(5000)}` }] });
    const parsed = parseViews(text);
    expect(parsed.views[0].name).toBe('ə'.repeat(MAX_VIEW_NAME));
    expect(parsed.views).toHaveLength(1);
    expect(parsed.problems.map(english)).toEqual([
      `View "${'ə'.repeat(MAX_VIEW_NAME)}" was read with its name, link or date tidied.`,
      'View 2 has a link longer than 4000 characters; it was skipped.',
    ]);
  });

  it('never overwrite a view of the same name', () => {
    const merged = addViews(views, [views[0], views[0]]);
    expect(merged.views.map((v) => v.name)).toEqual(['TRIPP close up', 'Whole corridor', 'TRIPP close up (2)', 'TRIPP close up (3)']);
    expect(merged).toMatchObject({ added: 2, leftOut: 0 });
  });

  it('add only as many as the limit leaves room for, and never drop views already kept', () => {
    const incoming = Array.from({ length: 5 }, (_, i) => ({ ...views[1], name: `New ${i}` }));
    expect(addViews(views, incoming, 4)).toMatchObject({ added: 2, leftOut: 3 });
    expect(addViews(views, incoming, 4).views.map((v) => v.name)).toEqual(['TRIPP close up', 'Whole corridor', 'New 0', 'New 1']);
    const over = addViews(views, incoming, 1);
    expect(over.views).toEqual(views);
    expect(over).toMatchObject({ added: 0, leftOut: 5 });
  });

  it('number a long name within the name limit', () => {
    const long = { ...views[0], name: 'a'.repeat(MAX_VIEW_NAME) };
    const merged = addViews([long], [long]).views;
    expect(merged[1].name).toBe(`${'a'.repeat(MAX_VIEW_NAME - 4)} (2)`);
    expect(parseViews(serializeViews(merged)).views).toEqual(merged);
  });
});

describe('one tab\'s change made again on what another tab stored', () => {
  const at = (name: string, minute: number): SavedView => ({ name, hash: `#map=5/40/45&n=${minute}`, savedAt: `2026-12-07T10:${String(minute).padStart(2, '0')}:00.000Z` });
  const [a, b, c] = [at('A', 1), at('B', 2), at('C', 3)];

  it('keeps a view another tab saved when this tab saves one', () => {
    // Both tabs opened on [A]; the other tab saved B; this tab saves C.
    expect(mergeViewChange([a, b], [a], [a, c]).views).toEqual([a, b, c]);
  });

  it('deletes only what this tab deleted, and does not bring back what another tab deleted', () => {
    expect(mergeViewChange([a, b, c], [a, b], [b]).views).toEqual([b, c]);
    // The other tab deleted A; this tab, still showing A, deletes B.
    expect(mergeViewChange([], [a, b], [a]).views).toEqual([]);
  });

  it('numbers a new view whose name another tab took meanwhile', () => {
    const theirs = { ...at('View 2', 5) };
    const mine = { ...at('View 2', 6) };
    expect(mergeViewChange([a, theirs], [a], [a, mine]).views.map((view) => view.name)).toEqual(['A', 'View 2', 'View 2 (2)']);
  });
});
