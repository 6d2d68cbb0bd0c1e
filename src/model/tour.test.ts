import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTour } from './tour';
import { anchorQuote } from './anchor';
import { loadDataset, parseAtlasLayer } from './dataset';

const texts = {
  'bulletin-2026-02': readFileSync('data/sources/azerbaijan-foreign-policy-bulletin-2026-02.txt', 'utf8'),
  'charter-2026': readFileSync('data/sources/us-azerbaijan-strategic-partnership-charter-2026.txt', 'utf8'),
};
const files = Object.fromEntries(
  readdirSync('data/features')
    .filter((f) => f.endsWith('.geojson'))
    .map((f) => [f, readFileSync(`data/features/${f}`, 'utf8')]),
);
const ids = new Set(loadDataset(files, parseAtlasLayer).features.map((f) => f.id));

describe('the classroom tour', () => {
  const { tour, problem } = parseTour(JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8')));

  it('is a valid tour', () => {
    expect(problem).toBeNull();
    expect(tour!.steps.length).toBeGreaterThanOrEqual(8);
  });

  it('frames only features that exist', () => {
    for (const step of tour!.steps) for (const id of step.featureIds ?? []) expect(ids.has(id), `${step.title}: ${id}`).toBe(true);
  });

  it('quotes the documents exactly, each quote found once', () => {
    for (const step of tour!.steps) {
      if (!step.passage) continue;
      const result = anchorQuote(texts[step.passage.source], step.passage);
      expect(result.ok, `${step.title}: ${step.passage.exact}`).toBe(true);
    }
  });

  it('says what a broken tour file lacks', () => {
    expect(parseTour({ id: 't', title: 'T', steps: [{ title: 'x', text: 'y' }] }).problem).toMatch(/frames features or bounds/);
    expect(parseTour('nonsense').tour).toBeNull();
  });
});
