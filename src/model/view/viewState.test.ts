import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatViewHash, parseViewHash, type ViewState } from './viewState.ts';
import { RENAMED_FEATURE_IDS, RENAMED_LAYER_IDS } from './renamedIds.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** A notice as an English reader sees it. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const full: ViewState = {
  camera: { center: [46.3125, 38.905], zoom: 8.25, bearing: -12.5, pitch: 30 },
  layers: ['tripp', 'nakhchivan-330kv'],
  filter: {
    statuses: ['under construction', 'planned'],
    kinds: ['power-line', 'substation'],
    countries: ['Azerbaijan', 'Türkiye', 'United States'],
    documents: ['bulletin-2026-02'],
    section: { source: 'bulletin-2026-02', start: 3900, end: 9000 },
    voltageKv: { min: 300, max: null },
    capacityMw: { min: 100.5, max: 2000 },
  },
  feature: 'tripp-meghri-segment',
  passage: { source: 'bulletin-2026-02', start: 1200, end: 1290 },
  reader: 'bulletin-2026-02',
  panel: 'read',
  palette: 'high-contrast',
  presentation: { on: true, title: 'TRIPP & the 330 kV line', legend: false, scale: false },
  year: 2017,
  lang: 'ru',
  embed: true,
};

describe('the view in a link', () => {
  it('round-trips every piece of state', () => {
    const { view, problems } = parseViewHash(formatViewHash(full));
    expect(problems).toEqual([]);
    expect(view).toEqual(full);
  });

  it('keeps a filter that shows no status at all', () => {
    const none = { ...DEFAULT_VIEW, filter: { ...DEFAULT_VIEW.filter, statuses: [] } };
    expect(parseViewHash(formatViewHash(none))).toEqual({ view: none, problems: [] });
  });

  it('reads links written before facets existed, with only a status key', () => {
    const { view, problems } = parseViewHash('#status=under_construction,planned&layers=tripp');
    expect(problems).toEqual([]);
    expect(view.filter).toEqual({ ...DEFAULT_VIEW.filter, statuses: ['under construction', 'planned'] });
    expect(parseViewHash('#status=operating,under_construction,planned,proposed,under_discussion').view.filter.statuses).toBeNull();
  });

  it('writes the analyst’s question short and readable', () => {
    const filter = { ...DEFAULT_VIEW.filter, statuses: ['under construction' as const], countries: ['Azerbaijan'], voltageKv: { min: 300, max: null } };
    expect(formatViewHash({ ...DEFAULT_VIEW, filter })).toBe('#status=under_construction&country=Azerbaijan&kv=300..');
  });

  it('drops a facet it cannot read and keeps the others', () => {
    const { view, problems } = parseViewHash('#kv=high&mw=500..100&kind=rail,spaceship&country=Azerbaijan');
    expect(view.filter).toEqual({ ...DEFAULT_VIEW.filter, kinds: ['rail'], countries: ['Azerbaijan'] });
    expect(problems).toHaveLength(3);
  });

  it('writes nothing for the default view', () => {
    expect(formatViewHash(DEFAULT_VIEW)).toBe('');
    expect(parseViewHash('')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('keeps the good parts of a link and names the bad ones', () => {
    const { view, problems } = parseViewHash('#map=7/40/45&layers=tripp,nope&feature=Robert%27);DROP&passage=charter-2026:9-3');
    expect(view.camera).toEqual({ center: [45, 40], zoom: 7, bearing: 0, pitch: 0 });
    expect(view.layers).toEqual(['tripp']);
    expect(view.feature).toBeNull();
    expect(view.passage).toBeNull();
    expect(problems).toHaveLength(3);
    expect(problems.map(english).join(' ')).toMatch(/layers that do not exist/);
  });

  it('opens the panel of what the link names, unless it says otherwise', () => {
    expect(parseViewHash('#feature=tripp-syunik-route').view.panel).toBe('feature');
    expect(parseViewHash('#feature=tripp-syunik-route&passage=charter-2026:10-50').view.panel).toBe('read');
    expect(parseViewHash('#feature=tripp-syunik-route&panel=find').view.panel).toBe('find');
    expect(formatViewHash({ ...DEFAULT_VIEW, feature: 'tripp-syunik-route', panel: 'feature' })).toBe('#feature=tripp-syunik-route');
  });

  it('opens the document a passage is in', () => {
    expect(parseViewHash('#passage=charter-2026:10-50').view.reader).toBe('charter-2026');
  });

  it('gives one problem for a link with 10,000 unknown parts, and one for a part repeated 10,000 times', () => {
    const unknown = parseViewHash(`#${Array.from({ length: 10_000 }, (_, i) => `k${i}=1`).join('&')}&feature=tripp-meghri-segment`);
    expect(unknown.problems.map(english)).toEqual(['The link has 10000 parts this atlas does not know ("k0", "k1", "k2" and 9997 more); they are ignored.']);
    expect(unknown.view.feature).toBe('tripp-meghri-segment');
    const repeated = parseViewHash(`#${Array.from({ length: 10_000 }, (_, i) => `map=bad${i}`).join('&')}`);
    expect(repeated.problems).toHaveLength(1);
    const layers = parseViewHash(`#layers=${Array.from({ length: 10_000 }, (_, i) => `no${i}`).join(',')}`);
    expect(layers.problems.map(english)).toEqual(['The link names layers that do not exist ("no0", "no1", "no2" and 9997 more); they are ignored.']);
  });

  it('carries the interface’s language, leaves English out, and keeps the rest of a link whose language it does not speak', () => {
    expect(formatViewHash({ ...DEFAULT_VIEW, lang: 'hy' })).toBe('#lang=hy');
    expect(formatViewHash({ ...DEFAULT_VIEW, lang: 'en' })).toBe('');
    expect(parseViewHash('#year=2017').view.lang).toBeNull();
    const georgian = parseViewHash('#lang=ka&year=2017');
    expect(georgian.view).toMatchObject({ lang: null, year: 2017 });
    expect(georgian.problems.map(english)).toEqual(['The language "ka" in the link is not one the atlas speaks; the interface stays in its language.']);
  });

  it('treats a title as plain text', () => {
    const { view } = parseViewHash(`#title=${encodeURIComponent('<img src=x onerror=alert(1)>\u0007')}`);
    expect(view.presentation.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('links written before ids were renamed', () => {
  it('still open the layer and the feature they meant', () => {
    const { view, problems } = parseViewHash('#layers=tripp,zangezur-330kv&feature=z330-zangezur-segment');
    expect(problems).toEqual([]);
    expect(view.layers).toEqual(['tripp', 'nakhchivan-330kv']);
    expect(view.feature).toBe('l330-syunik-segment');
  });

  it('every renamed id points at an id that exists, and no current id carries the old term', () => {
    for (const id of Object.values(RENAMED_LAYER_IDS)) expect(LAYER_IDS).toContain(id);
    const features = new Set(datasetFromDisk().map((f) => f.id));
    for (const id of Object.values(RENAMED_FEATURE_IDS)) expect(features.has(id), id).toBe(true);
    for (const id of [...LAYER_IDS, ...features]) expect(id).not.toMatch(/zangezur/i);
  });
});
