import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../documents/coverage.ts';
import { featureCollectionJsonSchema, type WrittenFeature } from '../features/feature.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { formatProblem, validateDataset, type LayerFileInput } from './validateDataset.ts';

const texts = {
  'charter-2026': 'The Middle Corridor links ports and railways across the Caspian.\n\nSection II: Headings are skipped\n\nA paragraph about artificial intelligence cooperation that names nothing to draw at all.',
  'bulletin-2026-02':
    'The initial stage includes a 74-kilometer segment from Jabrayil to Agbend along the river.\n\nA new substation will be built in the city of Nakhchivan, on land near the\n\nrailway station. The substation is big.',
};

function feature(id: string, overrides: Partial<WrittenFeature['properties']> = {}, geometry?: WrittenFeature['geometry']): WrittenFeature {
  return {
    type: 'Feature',
    id,
    geometry: geometry ?? { type: 'Point', coordinates: [45.41, 39.21] },
    properties: {
      name: id,
      layer: 'nakhchivan-330kv',
      kind: 'substation',
      status: 'planned',
      status_year: 2026,
      countries: ['Azerbaijan'],
      summary: 'A test feature.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ title: 'test' }],
      citations: [{ source: 'bulletin-2026-02', exact: 'A new substation will be built in the city of Nakhchivan', role: 'describes' }],
      status_events: [{ status: 'planned', date: '2026-02', citation: { source: 'bulletin-2026-02', exact: 'A new substation will be built in the city of Nakhchivan' } }],
      ...overrides,
    },
  };
}

/** A dataset with every layer file present, so only the fixture under test produces errors. */
function dataset(layerFeatures: WrittenFeature[]): LayerFileInput[] {
  return LAYER_IDS.map((layer) => ({
    file: `data/features/${layer}.geojson`,
    layer,
    json: {
      type: 'FeatureCollection',
      features:
        layer === 'nakhchivan-330kv'
          ? layerFeatures
          : [
              feature(`ok-${layer}`, {
                layer,
                status_sources: [{ title: 'test', publisher: 'test', says: 'The project is planned.' }],
                status_events: [{ status: 'planned', date: '2026', source: { title: 'test', publisher: 'test', says: 'The project is planned.', published: '2026' } }],
                citations: [{ source: 'charter-2026', exact: 'The Middle Corridor links ports', role: 'describes' }],
              }),
            ],
    },
  }));
}

/** Errors of the fixture under test; the coverage of the fixture texts is tested on its own below. */
const errors = (files: LayerFileInput[], extra: Partial<Parameters<typeof validateDataset>[0]> = {}) =>
  validateDataset({ files, texts, ...extra })
    .problems.filter((p) => p.severity === 'error' && !p.file.startsWith('data/sources ('))
    .map(formatProblem);

const JABRAYIL_AGBEND = (coordinates: [number, number][]): WrittenFeature =>
  feature(
    'segment',
    {
      kind: 'power-line',
      figures: [
        {
          quantity: 'length',
          value: 74,
          unit: 'km',
          label: '74-kilometer',
          citation: { source: 'bulletin-2026-02', exact: 'a 74-kilometer segment from Jabrayil to Agbend' },
        },
      ],
    },
    { type: 'LineString', coordinates },
  );

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(errors(dataset([feature('substation')]))).toEqual([]);
  });

  it('fails on a status the passages do not support and on an unsourced date in the status note', () => {
    expect(errors(dataset([feature('substation', { status: 'under construction', status_note: 'Works began on 3 March 2026.' })]))).toEqual([
      expect.stringMatching(/^error: data\/features\/nakhchivan-330kv.geojson \[substation\]: status_note date "3 March 2026" is found in no status source/),
      expect.stringMatching(/^error: data\/features\/nakhchivan-330kv.geojson \[substation\]: status "under construction" is not what any describing passage/),
      expect.stringMatching(/^error: data\/features\/nakhchivan-330kv.geojson \[substation\]: the events give "planned" at the documents' present \(February 2026\), but the status is "under construction"/),
    ]);
  });

  describe('status events', () => {
    const atSubstation = 'error: data/features/nakhchivan-330kv.geojson [substation]: ';
    const event = (exact: string, extra: object = {}) => ({ status: 'planned' as const, date: '2026-02', citation: { source: 'bulletin-2026-02' as const, exact, ...extra } });

    it('requires a status through time of every feature with a status', () => {
      expect(errors(dataset([feature('substation', { status_events: undefined })]))).toEqual([
        `${atSubstation}status "planned" has no status_events: say when it began, and who says so`,
      ]);
    });

    it('holds each event to its evidence, its order and the status at the documents\' present', () => {
      const guessed = { status: 'planned' as const, date: '2024', source: { title: 'test', publisher: 'An operator', says: 'The substation is planned.', published: '2025' } };
      expect(errors(dataset([feature('substation', { status_events: [event('A new substation will be built in the city of Nakhchivan'), guessed] })]))).toEqual([
        expect.stringContaining(`${atSubstation}status_events[1] (planned, 2024): earlier than the event before it (2026-02)`),
        expect.stringContaining(`${atSubstation}status_events[1] (planned, 2024): the date is not in An operator's words`),
      ]);
    });

    it('anchors an event\'s passage in its document, as it does the feature\'s citations', () => {
      const missing = feature('substation', {
        citations: [{ source: 'bulletin-2026-02', exact: 'A new substation will be built in Baku', role: 'describes' }],
        status_events: [event('A new substation will be built in Baku')],
      });
      expect(errors(dataset([missing]))).toContain(`${atSubstation}status_events[0].citation: quote "A new substation will be built in Baku" in bulletin-2026-02 is not found`);
      const ambiguous = feature('substation', {
        citations: [
          { source: 'bulletin-2026-02', exact: 'A new substation will be built in the city of Nakhchivan', role: 'describes' },
          { source: 'bulletin-2026-02', exact: 'substation', role: 'describes' },
        ],
        status_events: [{ status: 'planned', date: '2026-02', citation: { source: 'bulletin-2026-02', exact: 'substation' } }],
      });
      expect(errors(dataset([ambiguous]))).toContain(`${atSubstation}status_events[0].citation: quote "substation" in bulletin-2026-02 occurs 2 times (add a prefix or suffix)`);
    });

    it('warns of a prefix an event\'s passage does not need', () => {
      const needless = feature('substation', { status_events: [event('A new substation will be built in the city of Nakhchivan', { suffix: ', on land' })] });
      const warnings = validateDataset({ files: dataset([needless]), texts }).problems.filter((p) => p.severity === 'warning').map(formatProblem);
      expect(warnings).toEqual([
        'warning: data/features/nakhchivan-330kv.geojson [substation]: status_events[0].citation: quote "A new substation will be built in the city of Nakhchivan" is unique; drop its prefix/suffix',
      ]);
    });

    it('takes an event\'s passage only from the passages the feature cites as describing it', () => {
      const notCited = feature('substation', { status_events: [event('A new substation will be built')] });
      expect(errors(dataset([notCited]))).toEqual([
        `${atSubstation}status_events[0].citation: quote "A new substation will be built" is not one of the passages the feature cites as describing it: cite it with role "describes", or give the event an outside source`,
      ]);
      const context = feature('substation', {
        citations: [
          { source: 'bulletin-2026-02', exact: 'A new substation will be built in the city of Nakhchivan', role: 'describes' },
          { source: 'bulletin-2026-02', exact: 'The substation is big.', role: 'context' },
        ],
        status_events: [event('A new substation will be built in the city of Nakhchivan'), { ...event('The substation is big.'), date: undefined }],
      });
      expect(errors(dataset([context]))).toEqual([
        `${atSubstation}status_events[1] (planned, no date): Azerbaijan Foreign Policy Bulletin (February 2026)'s words speak of no plans, what will be built, a next stage, designs or developing`,
        `${atSubstation}status_events[1].citation: quote "The substation is big." is not one of the passages the feature cites as describing it: cite it with role "describes", or give the event an outside source`,
      ]);
    });
  });

  it('names the file and feature of a coordinate out of range', () => {
    const bad = feature('bad-point', {}, { type: 'Point', coordinates: [200, 39] });
    expect(errors(dataset([bad]))).toEqual([
      'error: data/features/nakhchivan-330kv.geojson [bad-point]: geometry.coordinates.0: Too big: expected number to be <=180',
    ]);
  });

  it('rejects a line with fewer than two distinct points', () => {
    const bad = feature('stub', {}, { type: 'LineString', coordinates: [[45, 39], [45, 39]] });
    expect(errors(dataset([bad]))).toEqual([
      'error: data/features/nakhchivan-330kv.geojson [stub]: degenerate LineString: a part has fewer than 2 distinct positions',
    ]);
  });

  it('reports duplicate ids across files', () => {
    const duplicate = feature('ok-places', {});
    const result = errors(dataset([duplicate]));
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^error: data\/features\/nakhchivan-330kv\.geojson \[ok-places\]: duplicate id \(also in data\/features\/places\.geojson\)/);
  });

  it('reports a quote that does not anchor, and one that is ambiguous', () => {
    const bad = feature('misquoted', {
      citations: [
        { source: 'bulletin-2026-02', exact: 'A new substation will be built in Baku', role: 'describes' },
        { source: 'bulletin-2026-02', exact: 'substation', role: 'describes' },
      ],
      status_events: [{ status: 'planned', date: '2026', source: { title: 'test', publisher: 'test', says: 'The substation is planned.', published: '2026' } }],
    });
    expect(errors(dataset([bad]))).toEqual([
      'error: data/features/nakhchivan-330kv.geojson [misquoted]: citations[0]: quote "A new substation will be built in Baku" in bulletin-2026-02 is not found',
      'error: data/features/nakhchivan-330kv.geojson [misquoted]: citations[1]: quote "substation" in bulletin-2026-02 occurs 2 times (add a prefix or suffix)',
    ]);
  });

  it('checks figure citations too', () => {
    const bad = feature('figure', {
      figures: [{ quantity: 'area', value: 49, unit: 'ha', label: '49 hectares', citation: { source: 'bulletin-2026-02', exact: '49 hectares' } }],
    });
    expect(errors(dataset([bad]))[0]).toContain('[figure]: figures[0].citation: quote "49 hectares" in bulletin-2026-02 is not found');
  });

  it('requires a length_note when the drawn length is more than 15% off the stated one', () => {
    const tooShort = JABRAYIL_AGBEND([[47.03, 39.4], [46.9, 39.3]]);
    const [message] = errors(dataset([tooShort]));
    expect(message).toMatch(/^error: data\/features\/nakhchivan-330kv\.geojson \[segment\]: drawn length \d+\.\d km differs from the stated 74 km/);
    expect(errors(dataset([{ ...tooShort, properties: { ...tooShort.properties, length_note: 'Only the first part is drawn.' } }]))).toEqual([]);
    expect(errors(dataset([JABRAYIL_AGBEND([[47.026, 39.4], [46.567, 38.9]])]))).toEqual([]);
  });

  it('reports a feature whose layer does not match its file', () => {
    const misplaced = feature('misplaced', { layer: 'tripp' });
    expect(errors(dataset([misplaced]))).toEqual([
      'error: data/features/nakhchivan-330kv.geojson [misplaced]: layer is "tripp" but the file is for "nakhchivan-330kv"',
    ]);
  });

  it('reports an empty or missing layer and an unknown file', () => {
    const files = dataset([]).filter((f) => f.layer !== 'places');
    files.push({ file: 'data/features/roads.geojson', layer: 'roads', json: { type: 'FeatureCollection', features: [] } });
    expect(errors(files)).toEqual([
      'error: data/features/places.geojson: layer file is missing',
      'error: data/features/nakhchivan-330kv.geojson: layer has no features',
      'error: data/features/roads.geojson: "roads" is not a layer id in src/model/features/layers.ts',
      'error: data/features/roads.geojson: layer has no features',
    ]);
  });

  it('reports schema violations with the feature id', () => {
    const bad = { ...feature('no-status'), properties: { ...feature('no-status').properties, status: 'rumoured' } };
    expect(errors(dataset([bad as unknown as WrittenFeature]))[0]).toMatch(/^error: data\/features\/nakhchivan-330kv\.geojson \[no-status\]: properties\.status: /);
  });

  it('checks that the committed JSON Schema is up to date', () => {
    expect(errors(dataset([feature('s')]), { committedSchema: featureCollectionJsonSchema() })).toEqual([]);
    expect(errors(dataset([feature('s')]), { committedSchema: { stale: true } })).toEqual([
      'error: data/schema/feature-collection.schema.json: out of date with src/model/features/feature.ts: run npx tsx scripts/data/build-schema.ts',
    ]);
  });
});

describe('coverage', () => {
  it('joins paragraphs split by a page break mid-sentence', () => {
    const paragraphs = splitParagraphs(texts['bulletin-2026-02']);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1].text).toBe('A new substation will be built in the city of Nakhchivan, on land near the railway station. The substation is big.');
  });

  it('fails on every body paragraph neither cited nor excluded, even one that names nothing to draw', () => {
    const { coverage, problems } = validateDataset({ files: dataset([feature('substation')]), texts });
    const bulletin = coverage.find((c) => c.source === 'bulletin-2026-02')!;
    expect(bulletin).toMatchObject({ paragraphs: 2, cited: 1, unreviewed: ['The initial stage includes a 74-kilometer segment from Jabrayil to Agbend along the river.'] });
    const charter = coverage.find((c) => c.source === 'charter-2026')!;
    expect(charter).toMatchObject({ paragraphs: 2, cited: 1, unreviewed: ['A paragraph about artificial intelligence cooperation that names nothing to draw at all.'] });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'error: data/sources (charter-2026): paragraph is neither cited by a feature nor excluded in data/coverage-exclusions.json with its reason: "A paragraph about artificial intelligence cooperation that names nothing to draw at all."',
      'error: data/sources (bulletin-2026-02): paragraph is neither cited by a feature nor excluded in data/coverage-exclusions.json with its reason: "The initial stage includes a 74-kilometer segment from Jabrayil to Agbend along the river."',
    ]);
  });

  it('applies exclusions and reports ones that match nothing', () => {
    const { coverage, problems } = validateDataset({
      files: dataset([feature('substation')]),
      texts,
      exclusions: [
        { source: 'bulletin-2026-02', starts_with: 'The initial stage includes', reason: 'test' },
        { source: 'charter-2026', starts_with: 'No such paragraph', reason: 'test' },
      ],
    });
    expect(coverage.find((c) => c.source === 'bulletin-2026-02')).toMatchObject({ excluded: 1, unreviewed: [] });
    expect(problems.map(formatProblem)).toContain(
      'error: data/coverage-exclusions.json: "No such paragraph" (charter-2026) does not start exactly one paragraph',
    );
  });
});
