import { describe, expect, it } from 'vitest';
import { readTour } from './tour.ts';
import { parseTour, tourFileProblems } from '../validation/tourSchema.ts';
import { anchorQuote } from '../documents/anchor.ts';
import { datasetFromDisk, readProjectFile, sourceTexts } from '../../../scripts/lib/onDisk.ts';

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

  it('is read by the app at start as the same tour, without the validator', () => {
    const read = readTour(JSON.parse(readProjectFile('data/tours/region-walkthrough.json')));
    expect(read.problem).toBeNull();
    expect(read.tour).toEqual(tour);
  });

  it('is not started by the app when a step has nothing to frame or no text', () => {
    const steps = [{ title: 'Baku', text: 'The capital.', featureIds: ['place-baku'] }];
    expect(readTour({ id: 't', title: 'T', steps }).tour?.steps).toHaveLength(1);
    expect(readTour({ id: 't', title: 'T', steps: [{ title: 'x', text: 'y' }] }).problem).toMatch(/what it frames/);
    expect(readTour({ id: 't', title: 'T', steps: [{ title: 'x', featureIds: ['a'] }] }).tour).toBeNull();
    expect(readTour({ id: 't', title: 'T', steps: [] }).tour).toBeNull();
    expect(readTour(null).problem).toMatch(/no id or title/);
  });

  it('fails the build (the validator) on a step that frames no feature or misquotes', () => {
    const json = JSON.parse(readProjectFile('data/tours/region-walkthrough.json'));
    expect(tourFileProblems(json, texts, ids)).toEqual([]);
    json.steps[0].featureIds = ['no-such-feature'];
    json.steps[0].passage = { source: 'charter-2026', exact: 'a sentence the charter never says' };
    expect(tourFileProblems(json, texts, ids)).toEqual([
      `step "${json.steps[0].title}" frames "no-such-feature", which is no feature`,
      `step "${json.steps[0].title}" quotes a passage not found exactly once in charter-2026`,
    ]);
  });
});
