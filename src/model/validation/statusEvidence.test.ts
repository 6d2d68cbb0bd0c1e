import { describe, expect, it } from 'vitest';
import { datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { findDates, statusEventFindings, statusEvidenceFindings, supports } from './statusEvidence.ts';

const WESTERN_RENEWABLES =
  'Azerbaijan is developing hydropower facilities and large-scale wind projects in its western territories, with the aim of integrating these sources into expanded transmission networks supporting electricity exports.';
const GARADAGH =
  'This development builds upon earlier flagship projects such as the 230-megawatt Garadagh Solar Power Plant, developed in partnership with the UAE-based company Masdar.';
const GARADAGH_OUTPUT = 'Since its commissioning, the facility has produced more than one billion kilowatt-hours of electricity';

describe('findDates', () => {
  it('reads the dates of a note the way they are written', () => {
    const dates = (text: string) => findDates(text).map(({ text: t, year, month, days }) => ({ t, year, month, days }));
    expect(dates('Inaugurated 26 October 2023.')).toEqual([{ t: '26 October 2023', year: 2023, month: 10, days: [26] }]);
    expect(dates('published on 13–14 January 2026')).toEqual([{ t: '13–14 January 2026', year: 2026, month: 1, days: [13, 14] }]);
    expect(dates('took place on October 26, 2023')).toEqual([{ t: 'October 26, 2023', year: 2023, month: 10, days: [26] }]);
    expect(dates('(report.az, Nov 2025)')).toEqual([{ t: 'Nov 2025', year: 2025, month: 11, days: undefined }]);
    expect(dates('expected in the second half of 2026')).toEqual([{ t: '2026', year: 2026, month: undefined, days: undefined }]);
    expect(dates('in service since 2018–2019').map((d) => d.year)).toEqual([2018, 2019]);
    // Figures are not years.
    expect(dates('a 1,155-kilometer cable of 1,300 megawatts and 100,000 TEU')).toEqual([]);
  });

  it('holds a date of the note to the day and month it gives', () => {
    const [claim] = findDates('26 October 2023');
    expect(supports(findDates('On October 26, 2023 the plant opened')[0], claim)).toBe(true);
    expect(supports(findDates('in October 2023')[0], claim)).toBe(false);
    expect(supports(findDates('27 October 2023')[0], claim)).toBe(false);
    expect(supports(findDates('26 October 2023')[0], findDates('October 2023')[0])).toBe(true);
    expect(supports(findDates('In 2023')[0], findDates('2024')[0])).toBe(false);
  });
});

describe('statusEvidenceFindings', () => {
  it('refuses a date in the status note that no source or passage gives (the old Garadagh note)', () => {
    const findings = statusEvidenceFindings({
      status: 'operating',
      status_note: 'Inaugurated 26 October 2023.',
      passages: [
        { text: GARADAGH, describes: true },
        { text: GARADAGH_OUTPUT, describes: true },
      ],
    });
    expect(findings).toEqual([expect.stringContaining('status_note date "26 October 2023" is found in no status source')]);
  });

  it('accepts the date once a status source says it', () => {
    expect(
      statusEvidenceFindings({
        status: 'operating',
        status_note: 'Inaugurated 26 October 2023.',
        status_sources: [{ title: 'Azernews', says: 'The official opening of the 230 MW solar plant took place on October 26, 2023.' }],
        passages: [{ text: GARADAGH_OUTPUT, describes: true }],
      }),
    ).toEqual([]);
  });

  it('accepts a date the cited passage itself gives', () => {
    expect(
      statusEvidenceFindings({
        status_note: 'EU Project of Mutual Interest since December 2025.',
        passages: [{ text: 'In December 2025 the European Union granted the project "Project of Mutual Interest" status', describes: false }],
      }),
    ).toEqual([]);
  });

  it('refuses a status the wording does not support (the old western renewables area)', () => {
    const findings = statusEvidenceFindings({
      status: 'under construction',
      status_note: 'The bulletin says Azerbaijan “is developing” these projects.',
      passages: [{ text: WESTERN_RENEWABLES, describes: true }],
    });
    expect(findings).toEqual([expect.stringContaining('status "under construction" is not what any describing passage or status source says')]);
    expect(statusEvidenceFindings({ status: 'planned', passages: [{ text: WESTERN_RENEWABLES, describes: true }] })).toEqual([]);
  });

  it('does not take a status from a passage cited only as context', () => {
    const passages = [{ text: 'Construction has begun on a high-voltage transmission line', describes: false }];
    expect(statusEvidenceFindings({ status: 'under construction', passages })).toHaveLength(1);
    expect(statusEvidenceFindings({ status: 'under construction', passages: [{ ...passages[0], describes: true }] })).toEqual([]);
  });

  it('finds every date and status of the real dataset backed', () => {
    const unbacked = datasetFromDisk().flatMap((feature) => {
      const { status, status_note, status_sources, citations } = feature.properties;
      const passages = citations.map((c) => ({ text: c.exact, describes: c.role === 'describes' }));
      return statusEvidenceFindings({ status, status_note, status_sources, passages }).map((finding) => `${feature.id}: ${finding}`);
    });
    expect(unbacked).toEqual([]);
  });
});

describe('status events', () => {
  const source = (published: string, says: string) => ({ title: 'A report', publisher: 'An operator', published, says });
  const opened = { status: 'operating' as const, date: '2017-10-30', source: source('2017-10-31', 'The railway was inaugurated on 30 October 2017.') };
  const planned = { status: 'planned' as const, date: '2026-02', citation: { source: 'bulletin-2026-02' as const, exact: 'will be built at the next stage' } };

  it('accepts a date in its evidence\'s words, and a status dated by when it was said', () => {
    expect(statusEventFindings('operating', [opened])).toEqual([]);
    expect(statusEventFindings('planned', [planned])).toEqual([]);
  });

  it('fails a date its evidence does not give', () => {
    const guessed = { ...opened, date: '2016' };
    expect(statusEventFindings('operating', [guessed]).join()).toMatch(/2016.*not in An operator's words/);
  });

  it('fails a status its evidence does not speak of', () => {
    const wrong = { ...opened, status: 'under construction' as const };
    expect(statusEventFindings('under construction', [wrong]).join()).toMatch(/speak of no construction/);
  });

  it('fails events out of order, and a dated event after an undated one', () => {
    const built = { status: 'under construction' as const, date: '2007-11-21', source: source('2007-11-21', 'Construction began on 21 November 2007.') };
    expect(statusEventFindings('operating', [opened, built]).join()).toMatch(/earlier than the event before it/);
    const someday = { status: 'operating' as const, citation: { source: 'bulletin-2026-02' as const, exact: 'will supply the region' } };
    expect(statusEventFindings('planned', [someday, planned]).join()).toMatch(/after an undated one/);
  });

  it('fails a status that the events do not give at the documents\' present, and a status without events', () => {
    expect(statusEventFindings('planned', [opened]).join()).toMatch(/give "operating" at the documents' present/);
    expect(statusEventFindings('operating', undefined).join()).toMatch(/no status_events/);
  });

  it('finds every status of the real dataset told through time, each event backed and in order', () => {
    const unbacked = datasetFromDisk().flatMap((feature) =>
      statusEventFindings(feature.properties.status, feature.properties.status_events).map((finding) => `${feature.id}: ${finding}`),
    );
    expect(unbacked).toEqual([]);
  });

  it('fails an event a link could not show, so the slider never offers a year its own link refuses', () => {
    const ancient = { status: 'operating' as const, date: '1700', source: source('1700', 'The road was opened in 1700.') };
    expect(statusEventFindings('operating', [ancient]).join()).toMatch(/outside the years a link can show/);
  });

  it('fails a date that is not EDTF', () => {
    expect(statusEventFindings('operating', [{ ...opened, date: 'October 2017' }]).join()).toMatch(/not an EDTF date/);
  });
});
