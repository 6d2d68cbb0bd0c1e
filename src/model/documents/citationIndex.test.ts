import { sourceTexts } from '../../../scripts/lib/onDisk.ts';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, featuresCitedWithin, markPassages, parsePassageKey, passageKey } from './citationIndex.ts';
import type { AtlasFeature } from '../features/feature.ts';
import type { SourceTexts } from './anchor.ts';

const texts: SourceTexts = sourceTexts();

function feature(id: string, exacts: string[], figureExact?: string): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [45.4, 39.2] },
    properties: {
      name: id,
      layer: 'nakhchivan-330kv',
      kind: 'power-line',
      status: 'under construction',
      status_year: 2026,
      countries: ['Azerbaijan'],
      summary: 'test',
      figures: figureExact
        ? [{ quantity: 'length', value: 74, unit: 'km', label: '74-kilometer', citation: { source: 'bulletin-2026-02', exact: figureExact } }]
        : [],
      geometry_accuracy: 'approximate',
      geometry_sources: [{ title: 'test' }],
      citations: exacts.map((exact) => ({ source: 'bulletin-2026-02' as const, exact, role: 'describes' as const })),
    },
  };
}

const segment = 'The initial stage includes a 74-kilometer segment stretching from Jabrayil to Agbend';
const substation = 'a new 330-kilovolt substation will be built in the city of Nakhchivan';

describe('the citation index', () => {
  const index = buildCitationIndex(
    [
      feature('jabrayil-agbend', [segment], '74-kilometer segment stretching from Jabrayil to Agbend'),
      feature('whole-line', [segment, substation]),
      feature('broken', ['a sentence the bulletin never had', substation]),
    ],
    texts,
  );

  it('lists every passage of a feature, in document order, each once', () => {
    const keys = index.citationsByFeature.get('whole-line')!.map((c) => c.key);
    expect(keys).toHaveLength(2);
    const [first, second] = index.citationsByFeature.get('whole-line')!;
    expect(first.start).toBeLessThan(second.start);
  });

  it('lists a sentence once when a figure cites words inside it: the sentence states the figure', () => {
    const citations = index.citationsByFeature.get('jabrayil-agbend')!;
    expect(citations).toHaveLength(1);
    expect(texts['bulletin-2026-02'].slice(citations[0].start, citations[0].end)).toBe(segment);
    expect(citations[0].figures.map((f) => f.label)).toEqual(['74-kilometer']);
    // The passage leads back to the feature once, under the sentence's key.
    expect(index.passageByKey.get(citations[0].key)!.featureIds).toEqual(['jabrayil-agbend', 'whole-line']);
  });

  it('keeps what each passage is to the feature: context stays apart, and a figure’s passage describes it', () => {
    const withContext = feature('with-context', [segment]);
    withContext.properties.citations = [
      { source: 'bulletin-2026-02', exact: segment, role: 'context' },
      { source: 'bulletin-2026-02', exact: substation, role: 'context' },
    ];
    withContext.properties.figures = [
      { quantity: 'length', value: 74, unit: 'km', label: '74-kilometer', citation: { source: 'bulletin-2026-02', exact: '74-kilometer segment' } },
    ];
    const roles = buildCitationIndex([withContext], texts).citationsByFeature.get('with-context')!.map((c) => c.role);
    expect(roles).toEqual(['describes', 'context']);
  });

  it('knows which passage states which figure', () => {
    const citations = index.citationsByFeature.get('jabrayil-agbend')!;
    const stating = citations.filter((c) => c.figures.length > 0);
    expect(stating).toHaveLength(1);
    expect(stating[0].figures[0].label).toBe('74-kilometer');
  });

  it('lists every feature a passage is cited by', () => {
    const passages = index.passagesBySource['bulletin-2026-02'];
    const shared = passages.find((p) => texts['bulletin-2026-02'].slice(p.start, p.end) === segment)!;
    expect(shared.featureIds).toEqual(['jabrayil-agbend', 'whole-line']);
  });

  it('reports a quote that no longer matches, and keeps the feature’s other passages', () => {
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0]).toContain('“broken”');
    expect(index.problems[0]).toContain('a sentence the bulletin never had');
    expect(index.citationsByFeature.get('broken')).toHaveLength(1);
  });

  it('finds the features cited within a span', () => {
    const start = texts['bulletin-2026-02'].indexOf('At the next stage of the project');
    const ids = featuresCitedWithin(index, { source: 'bulletin-2026-02', start, end: start + 400 });
    expect(ids.sort()).toEqual(['broken', 'whole-line']);
  });
});

describe('passage keys in links', () => {
  it('round-trip', () => {
    const ref = { source: 'charter-2026' as const, start: 120, end: 180 };
    expect(parsePassageKey(passageKey(ref))).toEqual(ref);
  });

  it('refuse garbage', () => {
    for (const bad of ['', 'charter-2026', 'nope:1-2', 'charter-2026:5-2', 'charter-2026:1-2<script>', 'charter-2026:-1-4']) {
      expect(parsePassageKey(bad), bad).toBeNull();
    }
  });
});

describe('marking passages in a block of text', () => {
  const text = 'Alpha beta\n\ngamma delta **epsilon** costs \\$5 zeta.';
  it('cuts the text where passages begin and end, rendering mark-up', () => {
    const start = text.indexOf('gamma');
    const runs = markPassages(text, 0, text.length, [{ key: 'p', start, end: text.indexOf(' zeta') }]);
    expect(runs).toEqual([
      { text: 'Alpha beta ', keys: [] },
      { text: 'gamma delta epsilon costs $5', keys: ['p'] },
      { text: ' zeta.', keys: [] },
    ]);
  });

  it('shows overlapping passages as runs that belong to both', () => {
    const a = { key: 'a', start: 0, end: text.indexOf(' delta') };
    const b = { key: 'b', start: text.indexOf('gamma'), end: text.indexOf(' **') };
    const runs = markPassages(text, 0, text.length, [a, b]);
    expect(runs.map((r) => [r.text, r.keys.join('+')])).toEqual([
      ['Alpha beta ', 'a'],
      ['gamma', 'a+b'],
      [' delta', 'b'],
      [' epsilon costs $5 zeta.', ''],
    ]);
  });
});
