import { describe, expect, it } from 'vitest';
import { layerWithDatesRead, readEventDate, withDatesRead } from './eventDates.ts';
import { DOCUMENTS_PRESENT, PRESENT_TIME, yearTime } from '../features/timeline.ts';
import { atlasDataFromDisk } from '../../../scripts/lib/onDisk.ts';

describe('reading EDTF dates at build time', () => {
  it('reads a day, a month, an approximate year and a "by" interval', () => {
    expect(readEventDate('2017-10-30')).toMatchObject({ from: Date.UTC(2017, 9, 30), approximate: false });
    expect(readEventDate('2026-02')).toMatchObject({ from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 1, 28, 23, 59, 59, 999) });
    expect(readEventDate('2032~')).toMatchObject({ from: Date.UTC(2032, 0, 1), approximate: true });
    expect(readEventDate('../2030')).toMatchObject({ from: yearTime(2030), approximate: true });
  });

  it('names what it cannot read, and an interval without an end', () => {
    expect(readEventDate('around 2032')).toEqual({ fault: expect.stringMatching(/^"around 2032" is not an EDTF date/) });
    expect(readEventDate('2030/..')).toEqual({ fault: '"2030/.." has no end: a status begins at a date, not after one' });
  });

  it('agrees with the timeline on the documents\' present', () => {
    expect(readEventDate(DOCUMENTS_PRESENT)).toMatchObject({ to: PRESENT_TIME });
  });
});

describe('the events as the data file carries them', () => {
  it('carries the span of the date and of the day its evidence said it (a document\'s date for a passage)', () => {
    const event = withDatesRead({ status: 'planned', date: '2032~', citation: { source: 'bulletin-2026-02', exact: 'at the next stage' } });
    expect(event.date_span).toEqual({ from: Date.UTC(2032, 0, 1), to: yearTime(2032), approximate: true });
    expect(event.said_span).toMatchObject({ from: Date.UTC(2026, 1, 1), to: PRESENT_TIME });
    expect(withDatesRead({ status: 'operating', source: { title: 't', publisher: 'p', says: 's', published: '2024' } })).not.toHaveProperty('date_span');
  });

  it('stops the build on a date it cannot read, naming the file and the feature', () => {
    const layer = { type: 'FeatureCollection', features: [{ id: 'cable', properties: { status_events: [{ status: 'operating', date: '2030/..', citation: { source: 'charter-2026', exact: 'x' } }] } }] };
    expect(() => layerWithDatesRead(layer, 'black-sea-cable.geojson')).toThrow('black-sea-cable.geojson, feature "cable": "2030/.." has no end');
  });

  it('gives every event of data/ its spans', () => {
    const events = Object.values(atlasDataFromDisk().layers).flatMap((layer) =>
      (layer as { features: { properties: { status_events?: { date?: string; date_span?: unknown; said_span?: unknown }[] } }[] }).features.flatMap(
        (feature) => feature.properties.status_events ?? [],
      ),
    );
    expect(events.length).toBeGreaterThan(50);
    expect(events.every((event) => event.said_span && (event.date === undefined) === (event.date_span === undefined))).toBe(true);
  });
});
