import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoReferenceFromDisk } from '../../../scripts/lib/geoReference.ts';
import { datasetFromDisk, sourceTexts } from '../../../scripts/lib/onDisk.ts';
import type { AtlasFeature, FeatureKind } from '../features/feature.ts';
import type { GeoIndex } from './geoIndex.ts';
import { ChainsFileSchema, checkChains, checkLineEnds, featureEnds, type Chain } from './validateChains.ts';
import { checkFeatureGeography } from './validateGeography.ts';
import { validateDataset } from './validateDataset.ts';

let geo: GeoIndex;
beforeAll(() => {
  geo = geoReferenceFromDisk();
}, 60_000);

type Coordinates = [number, number][];

function fixture(id: string, kind: FeatureKind, countries: string[], geometry: AtlasFeature['geometry']): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      name: id,
      layer: 'nakhchivan-330kv',
      kind,
      status: 'planned',
      status_year: 2026,
      countries,
      summary: 'A fixture.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ title: 'test' }],
      citations: [{ source: 'bulletin-2026-02', exact: 'x', role: 'describes' }],
    },
  };
}

const line = (id: string, countries: string[], coordinates: Coordinates, kind: FeatureKind = 'power-line') =>
  fixture(id, kind, countries, { type: 'LineString', coordinates });

const texts = { 'charter-2026': 'The charter.', 'bulletin-2026-02': 'The two segments form one line.' };
const chain = (features: string[], extra: Partial<Chain> = {}): Chain => ({
  id: 'test-chain',
  description: 'A test chain.',
  features,
  evidence: [{ source: 'bulletin-2026-02', exact: 'The two segments form one line.' }],
  ...extra,
});

describe('declared chains', () => {
  // Two segments along the Aras in Azerbaijan: the second starts 5.6 km east of where the first stops.
  const west = line('west', ['Azerbaijan'], [[47.0, 39.45], [47.3, 39.45]]);
  const east = line('east', ['Azerbaijan'], [[47.365, 39.45], [47.6, 39.45]]);

  it('fail when declared neighbours are more than 1 km apart, naming both and the gap in km', () => {
    const found = checkChains([west, east], [chain(['west', 'east'])], texts);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^west and east are declared one route but are 5\.6 km apart \(47\.300°E 39\.450°N and 47\.365°E 39\.450°N/);
  });

  it('pass when they meet within 1 km', () => {
    const touching = line('east', ['Azerbaijan'], [[47.308, 39.45], [47.6, 39.45]]);
    expect(checkChains([west, touching], [chain(['west', 'east'])], texts)).toEqual([]);
  });

  it('measure a branch to the whole trunk only where the chain says it joins part-way along', () => {
    const trunk = line('trunk', ['Azerbaijan'], [[47.0, 39.45], [47.6, 39.45]]);
    const branch = line('branch', ['Azerbaijan'], [[47.3, 39.45], [47.3, 39.7]]);
    expect(checkChains([trunk, branch], [chain(['trunk', 'branch'], { along: ['trunk'] })], texts)).toEqual([]);
    expect(checkChains([trunk, branch], [chain(['trunk', 'branch'])], texts)[0].message).toMatch(/25\.\d km apart/);
  });

  it('fail on an unknown feature and on evidence that is not in its document', () => {
    const found = checkChains([west], [chain(['west', 'nowhere'], { evidence: [{ source: 'bulletin-2026-02', exact: 'Not in the text.' }] })], texts);
    expect(found.map((f) => f.message)).toEqual(['evidence[0]: quote "Not in the text." is not found in bulletin-2026-02', '"nowhere" is not a feature of the dataset']);
  });

  it('do not count the joint of a multi-line branch as an end', () => {
    const forked: AtlasFeature = fixture('forked', 'rail', ['Georgia'], {
      type: 'MultiLineString',
      coordinates: [
        [[44.79, 41.73], [42.34, 42.16], [41.65, 42.15]],
        [[42.34, 42.16], [41.65, 41.65]],
      ],
    });
    expect(featureEnds(forked)).toEqual([[44.79, 41.73], [41.65, 42.15], [41.65, 41.65]]);
  });

  it('report a malformed chains file against data/chains.json', () => {
    const { problems } = validateDataset({ files: [], texts, chains: { chains: [{ id: 'x', features: ['only-one'] }] } });
    expect(problems.some((p) => p.file === 'data/chains.json' && /features/.test(p.message))).toBe(true);
  });
});

describe('where a line ends', () => {
  // The old segment through Syunik: its west end 1.6 km inside Iran, within the 3 km the geographic check allows at ends.
  const intoIran = line('into-iran', ['Armenia', 'Azerbaijan'], [[46.567, 38.9], [46.35, 38.97], [46.139, 38.849]]);

  it('fails when the end lies in a country the line does not list, though the corridor check lets it pass', () => {
    expect(checkFeatureGeography(geo, intoIran).findings).toEqual([]);
    const found = checkLineEnds(geo, [intoIran], []);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^ends in Iran, 1\.6 km from Armenia \/ Azerbaijan \(near 46\.139°E 38\.849°N\)/);
  });

  it('fails when a land line ends at sea', () => {
    const railIntoSea = line('rail-into-sea', ['Kazakhstan'], [[51.35, 43.72], [51.55, 43.45], [51.65, 43.17]], 'rail');
    expect(checkLineEnds(geo, [railIntoSea], [])[0].message).toMatch(/^ends at sea, 1\.8 km from Kazakhstan/);
  });

  it('may end across a border only where it hands over to a declared neighbour that lists that country', () => {
    // A Georgian pipeline ending 2.4 km inside Türkiye, where a Turkish one begins.
    const georgian = line('georgian', ['Azerbaijan', 'Georgia'], [[44.09, 41.59], [42.98, 41.64], [42.78, 41.55]], 'pipeline');
    const turkish = line('turkish', ['Türkiye'], [[42.78, 41.55], [42.7, 41.11]], 'pipeline');
    expect(checkLineEnds(geo, [georgian, turkish], [chain(['georgian', 'turkish'])])).toEqual([]);
    expect(checkLineEnds(geo, [georgian, turkish], [])[0].message).toMatch(/^ends in Türkiye, 2\.\d km from Azerbaijan \/ Georgia/);
    // A neighbour that does not list the country the end lies in is no handover.
    const mislabelled = line('turkish', ['Armenia'], [[42.78, 41.55], [42.7, 41.11]], 'pipeline');
    expect(checkLineEnds(geo, [georgian, mislabelled], [chain(['georgian', 'turkish'])]).filter((f) => f.featureId === 'georgian')).toHaveLength(1);
  });
});

describe('the real data', () => {
  it('declares chains whose neighbours meet and lines that end on their own side', () => {
    const chains = ChainsFileSchema.parse(JSON.parse(readFileSync(new URL('../../../data/chains.json', import.meta.url), 'utf8'))).chains;
    const features = datasetFromDisk();
    expect(chains.length).toBeGreaterThanOrEqual(10);
    expect(checkChains(features, chains, sourceTexts())).toEqual([]);
    expect(checkLineEnds(geo, features, chains)).toEqual([]);
  });
});
