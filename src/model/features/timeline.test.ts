import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StatusEvent } from './feature.ts';
import { STATUSES } from './featureVocabulary.ts';
import { PRESENT_TIME, disagreements, eventYears, eventsCitingDocument, featuresAt, nextEventYear, statusAt, undatedPlans, yearRange, yearTime } from './timeline.ts';
// The events' dates read as the build reads them into the data file.
import { withDatesRead } from '../validation/eventDates.ts';

const source = (published: string, says: string) => ({ title: 'A report', publisher: 'An operator', published, says });
const at = (status: StatusEvent['status'], date?: string, published = '2024', says = 'says so'): StatusEvent =>
  withDatesRead({ status, date, source: source(published, says) });

describe('the status at a moment', () => {
  const btk = [at('under construction', '2007-11-21'), at('operating', '2017-10-30')];

  it('is nothing before the first event: the project is not drawn', () => {
    expect(statusAt(btk, yearTime(2006))).toBeNull();
  });

  it('follows the dated events', () => {
    expect(statusAt(btk, yearTime(2010))?.status).toBe('under construction');
    expect(statusAt(btk, yearTime(2017))).toMatchObject({ status: 'operating', certainty: 'dated', fade: 1 });
    expect(statusAt(btk, Date.UTC(2017, 9, 29))?.status).toBe('under construction');
  });

  it('fades an approximate date in across its year', () => {
    const cable = [at('proposed', '2022-12'), at('operating', '2032~')];
    expect(statusAt(cable, yearTime(2031))?.status).toBe('proposed');
    const midway = statusAt(cable, Date.UTC(2032, 6, 1))!;
    expect(midway).toMatchObject({ status: 'operating', certainty: 'approximate' });
    expect(midway.fade).toBeGreaterThan(0.3);
    expect(midway.fade).toBeLessThan(0.7);
    expect(statusAt(cable, yearTime(2033))?.fade).toBe(1);
  });

  it('lists an undated future once it is said, and never makes it the status', () => {
    const segment = [at('planned', '2026-02', '2026-02'), at('operating', undefined, '2026-02')];
    expect(statusAt(segment, yearTime(2035))).toMatchObject({ status: 'planned' });
    expect(statusAt(segment, yearTime(2035))?.undated).toHaveLength(1);
    expect(statusAt(segment, Date.UTC(2026, 0, 15))).toBeNull();
  });

  it('shows the documents\' present as the end of February 2026', () => {
    expect(new Date(PRESENT_TIME).toISOString()).toBe('2026-02-28T23:59:59.999Z');
  });

  const dates = fc.constantFrom('2006', '2007-11', '2010~', '2017-10-30', '2020', '../2024', '2026-02', '2028', '2032~', undefined);
  const events = fc.array(fc.record({ status: fc.constantFrom(...STATUSES), date: dates }).map(({ status, date }) => at(status, date)), { maxLength: 6 });
  const years = fc.integer({ min: 2000, max: 2040 });

  it('is always one of the dated events, the latest begun by then (property)', () => {
    fc.assert(
      fc.property(events, years, (list, year) => {
        const shown = statusAt(list, yearTime(year));
        const begun = list.filter((event) => event.date_span && event.date_span.from <= yearTime(year));
        if (begun.length === 0) return shown === null;
        if (!shown?.event.date_span) return false;
        const latest = Math.max(...begun.map((event) => event.date_span!.from));
        return shown.event.date_span.from === latest && shown.fade >= 0 && shown.fade <= 1;
      }),
    );
  });

  it('never gets an "operating" from an undated event (property)', () => {
    fc.assert(
      fc.property(events, years, (list, year) => {
        const undatedOnly = list.map((event) => ({ ...event, date: undefined, date_span: undefined }));
        return statusAt(undatedOnly, yearTime(year)) === null;
      }),
    );
  });

  it('once a project has begun, it stays drawn in later years (property)', () => {
    fc.assert(fc.property(events, years, years, (list, a, b) => !(statusAt(list, yearTime(Math.min(a, b))) && !statusAt(list, yearTime(Math.max(a, b))))));
  });
});

describe('the slider\'s years and the disagreements', () => {
  const lists = [[at('operating', '2006-07')], [at('planned', '2026-02'), at('operating', '2032~')]];

  it('runs from the first event to 2035, and steps between the years that have events', () => {
    expect(yearRange(lists)).toEqual([2006, 2035]);
    expect(eventYears(lists)).toEqual([2006, 2026, 2032]);
  });

  it('names two dates given for the same status', () => {
    const moved = [at('operating', '2029'), at('operating', '2032~', '2025-09', 'expected around 2032')];
    expect(disagreements(moved)).toEqual([{ status: 'operating', events: moved }]);
    expect(disagreements(lists[1])).toEqual([]);
  });
});

describe('the slider\'s helpers', () => {
  it('steps to the next and previous year with an event, and stays at the ends', () => {
    const years = [2006, 2017, 2026, 2032];
    expect(nextEventYear(years, 2010, 1)).toBe(2017);
    expect(nextEventYear(years, 2017, -1)).toBe(2006);
    expect(nextEventYear(years, 2032, 1)).toBe(2032);
    expect(nextEventYear(years, 2006, -1)).toBe(2006);
  });

  it('lists the projects with a plan without a date, once it is said', () => {
    const features = [
      { id: 'a', properties: { status: 'planned' as const, status_events: [at('planned', '2026-02', '2026-02'), at('operating', undefined, '2026-02')] } },
      { id: 'b', properties: { status: 'operating' as const, status_events: [at('operating', '2017-10-30')] } },
    ];
    expect(undatedPlans(features, yearTime(2030)).map(({ feature }) => feature.id)).toEqual(['a']);
    expect(undatedPlans(features, yearTime(2020))).toEqual([]);
  });

  it('gives the features as they stood: not yet begun left out, the status of the time, the same objects for the same year', () => {
    const features = [
      { id: 'a', properties: { status: 'operating' as const, status_events: [at('under construction', '2010'), at('operating', '2017-10-30')] } },
      { id: 'place', properties: {} },
    ];
    expect(featuresAt(features, yearTime(2008)).map((f) => f.id)).toEqual(['place']);
    expect(featuresAt(features, yearTime(2012))[0].properties.status).toBe('under construction');
    expect(featuresAt(features, yearTime(2012))).toBe(featuresAt(features, yearTime(2012)));
    expect(featuresAt(features, PRESENT_TIME)).toBe(features);
  });
});

describe('forecasts and restatements', () => {
  const cable = [
    at('proposed', '2022-12-17', '2022-12-17'),
    at('operating', '../2029', '2022-12-17', 'to be commissioned by the end of 2029'),
    at('operating', '2032~', '2026-02', 'expected around 2032'),
  ];

  it('draws the later word on a forecast, and names the two dates', () => {
    expect(statusAt(cable, yearTime(2030))?.status).toBe('proposed');
    expect(statusAt(cable, yearTime(2033))?.status).toBe('operating');
    expect(disagreements(cable).map(({ status }) => status)).toEqual(['operating']);
  });

  it('finds no disagreement in a restatement, or in one date given at two precisions', () => {
    const restated = [at('planned', '2022-02-15', '2022-02-15'), at('planned', '2026-02', '2026-02')];
    expect(disagreements(restated)).toEqual([]);
    const opening = [at('operating', '2026-01', '2026-02'), at('operating', '2026-01-08', '2026-01-08')];
    expect(disagreements(opening)).toEqual([]);
  });

  it('reads a status that stopped and began again as history, not as sources at odds', () => {
    const plant = [at('operating', '1980', '2011-03-21'), at('suspended', '1989-03', '2011-03-21'), at('operating', '1995-11', '2011-03-21')];
    expect(statusAt(plant, yearTime(1990))?.status).toBe('suspended');
    expect(statusAt(plant, yearTime(1996))?.status).toBe('operating');
    expect(disagreements(plant)).toEqual([]);
  });
});

describe('the reader\'s list of dated passages', () => {
  it('lists the events a document\'s passages support, with their features', () => {
    const passage = withDatesRead({ status: 'planned', date: '2026-02', citation: { source: 'bulletin-2026-02', exact: 'at the next stage' } });
    const features = [
      { id: 'a', properties: { name: 'A', status: 'planned' as const, status_events: [at('proposed', '2022'), passage] } },
      { id: 'b', properties: { name: 'B', status: 'operating' as const, status_events: [at('operating', '2017')] } },
    ];
    expect(eventsCitingDocument(features, 'bulletin-2026-02')).toEqual([{ feature: features[0], event: passage }]);
    expect(eventsCitingDocument(features, 'charter-2026')).toEqual([]);
  });
});
