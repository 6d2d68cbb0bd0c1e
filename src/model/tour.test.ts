import { describe, expect, it } from 'vitest';
import { parseTour } from './tour';
import { anchorQuote } from './anchor';
import { datasetFromDisk, readProjectFile, sourceTexts } from '../../scripts/lib/onDisk';

const texts = sourceTexts();
const ids = new Set(datasetFromDisk().map((f) => f.id));

describe('the classroom tour', () => {
  const { tour, problem } = parseTour(JSON.parse(readProjectFile('data/tours/region-walkthrough.json')));

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
