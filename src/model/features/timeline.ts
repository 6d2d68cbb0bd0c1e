/**
 * A project's status through time: its dated status events (model/features/feature.ts), their EDTF
 * dates read at build time into spans (model/validation/eventDates.ts), answer what the status was or
 * is to be at any moment, how sure the date is, and what the evidence says without a date. Pure: the
 * slider, the scene, the panel and the exports all ask here.
 */
import type { Citation, DateSpan, Status, StatusEvent, WrittenStatusEvent } from './feature.ts';
import { SOURCES } from '../documents/sources.ts';

/** What the documents say is the present: the later of their two dates (the bulletin covers February 2026). */
export const DOCUMENTS_PRESENT = '2026-02';
/** The slider's last year: the documents' futures run to the early 2030s. */
export const LAST_YEAR = 2035;

/** The moment a year stands for on the slider and in a link: its last day, so "2017" shows what stood by the end of 2017. */
export function yearTime(year: number): number {
  return Date.UTC(year, 11, 31, 23, 59, 59, 999);
}

/** The documents' present as a moment: the end of DOCUMENTS_PRESENT, February 2026 (its test reads it with the EDTF reader). */
export const PRESENT_TIME = Date.UTC(2026, 2, 1) - 1;

/** Who says so, and when: the document or the outside source's publisher, and its date. */
export interface Assertion {
  by: string;
  on: string;
  citation?: Citation;
  url?: string;
  /** The source's words (an outside source), or the passage (a document). */
  words: string;
}

export function assertion(event: WrittenStatusEvent): Assertion {
  if (event.citation) {
    const document = SOURCES[event.citation.source];
    return { by: document.short_title, on: document.published, citation: event.citation, words: event.citation.exact };
  }
  const source = event.source!;
  return { by: source.publisher, on: source.published, url: source.url, words: source.says };
}

export type Certainty = 'dated' | 'approximate';

export interface StatusAt {
  status: Status;
  /** How exact the date of the status shown is. */
  certainty: Certainty;
  /** 0 to 1: how far an approximate date has come in (1 for an exact one). */
  fade: number;
  /** The event that set the status, with its evidence. */
  event: StatusEvent;
  /** What the evidence says will happen, without saying when (stated by then, never drawn as done). */
  undated: StatusEvent[];
}

/**
 * The status at a moment: the latest dated event begun by then, or null before the first (the
 * project is not drawn). An event without a date is never the status: it is listed as undated once
 * its evidence has said it.
 */
export function statusAt(events: readonly StatusEvent[], time: number): StatusAt | null {
  let current: { event: StatusEvent; date: DateSpan } | null = null;
  const standing = withoutSupersededForecasts(events);
  for (const event of standing) {
    const date = event.date_span;
    if (!date) continue;
    if (date.from <= time && (!current || date.from >= current.date.from)) current = { event, date };
  }
  if (!current) return null;
  const { event, date } = current;
  const fade = date.approximate && date.to > date.from ? Math.min(1, Math.max(0, (time - date.from) / (date.to - date.from))) : 1;
  const undated = events.filter((other) => !other.date_span && other.said_span.from <= time);
  return { status: event.status, certainty: date.approximate ? 'approximate' : 'dated', fade, event, undated };
}

/** The first and last year the slider offers: the earliest event's year, and LAST_YEAR. */
export function yearRange(eventLists: Iterable<readonly StatusEvent[]>): [number, number] {
  let first = new Date(PRESENT_TIME).getUTCFullYear();
  for (const events of eventLists) {
    for (const event of events) {
      if (!event.date_span) continue;
      const from = event.date_span.from;
      if (Number.isFinite(from)) first = Math.min(first, new Date(from).getUTCFullYear());
    }
  }
  return [first, LAST_YEAR];
}

/** The years in which some event falls, in order: the slider's "previous/next event" steps between them. */
export function eventYears(eventLists: Iterable<readonly StatusEvent[]>): number[] {
  const years = new Set<number>();
  for (const events of eventLists) for (const event of events) if (event.date_span) years.add(new Date(event.date_span.from).getUTCFullYear());
  return [...years].sort((a, b) => a - b);
}

/** An event its evidence dates after the day it was said: a forecast. */
function isForecast(event: StatusEvent): boolean {
  return event.date_span !== undefined && event.date_span.from > event.said_span.to;
}

/**
 * The events less the forecasts that a later word on the same status replaced: "in service by the
 * end of 2029" (2022) gives way to "around 2032" (2026) on the map. The panel keeps both and names
 * the difference (see disagreements).
 */
function withoutSupersededForecasts(events: readonly StatusEvent[]): readonly StatusEvent[] {
  const superseded = (event: StatusEvent) =>
    isForecast(event) && events.some((later) => later !== event && later.date_span && later.status === event.status && later.said_span.from > event.said_span.to);
  return events.some(superseded) ? events.filter((event) => !superseded(event)) : events;
}

/** A document or source restating a status as holding when it spoke, which an earlier event already gave. */
function restates(event: StatusEvent, earlier: readonly StatusEvent[]): boolean {
  const date = event.date_span!;
  const said = event.said_span;
  return date.from <= said.to && said.from <= date.to && earlier.some((other) => other.status === event.status);
}

/**
 * Where two pieces of evidence disagree: the same status given dates that do not overlap ("by the
 * end of 2029" and "around 2032"; not "January 2026" and "8 January 2026"). A later restatement of
 * a status already begun is no disagreement. Named, never resolved: the panel shows both.
 */
export function disagreements(events: readonly StatusEvent[]): { status: Status; events: StatusEvent[] }[] {
  const byStatus = new Map<Status, StatusEvent[]>();
  events.forEach((event, i) => {
    if (!event.date_span || restates(event, events.slice(0, i))) return;
    byStatus.set(event.status, [...(byStatus.get(event.status) ?? []), event]);
  });
  // Dates that do not overlap, with no other status between them: "operating 1980", "suspended
  // 1989", "operating 1995" are a plant's history, not two sources at odds.
  const apart = (a: StatusEvent, b: StatusEvent) => {
    const [x, y] = [a.date_span!, b.date_span!].sort((p, q) => p.from - q.from);
    const between = events.some((other) => other.date_span && other.status !== a.status && other.date_span.from > x.to && other.date_span.to < y.from);
    return x.to < y.from && !between;
  };
  return [...byStatus]
    .filter(([, dated]) => dated.some((a, i) => dated.slice(i + 1).some((b) => apart(a, b))))
    .map(([status, dated]) => ({ status, events: dated }));
}

/** What a feature's mark needs of its status at the moment shown, beyond the status itself. */
export interface StatusTiming {
  certainty: Certainty;
  fade: number;
  /** How many things the evidence has said will happen to it without saying when. */
  undated: number;
}

interface Timed {
  properties: { status?: Status; status_events?: readonly StatusEvent[]; status_timing?: StatusTiming };
}

const timedLists = new WeakMap<readonly Timed[], Map<number, readonly Timed[]>>();
const timedVersions = new WeakMap<Timed, Map<string, Timed>>();

/**
 * The features as they stood (or are to stand) at a moment: a project not begun by then is left
 * out, the others carry their status then and how exact its date is. Places and regions stay as
 * they are. The same moment gives the same array of the same objects, so nothing is drawn again
 * for a year already seen; at the documents' present it is the features themselves.
 */
export function featuresAt<F extends Timed>(features: readonly F[], time: number): readonly F[] {
  if (time === PRESENT_TIME) return features;
  let byTime = timedLists.get(features);
  if (!byTime) timedLists.set(features, (byTime = new Map()));
  const known = byTime.get(time);
  if (known) return known as readonly F[];
  const timed = features.flatMap((feature): F[] => {
    const { status, status_events: events } = feature.properties;
    if (!status || !events) return [feature];
    const now = statusAt(events, time);
    if (!now) return [];
    // A project as it stands in the documents stays the same object: nothing of it is drawn again.
    if (now.status === status && now.certainty === 'dated' && now.undated.length === 0) return [feature];
    const timing: StatusTiming = { certainty: now.certainty, fade: now.fade, undated: now.undated.length };
    // The same status the same way in another year is the same object too (built under construction 2007–2017).
    const key = `${now.status}|${timing.certainty}|${timing.fade}|${timing.undated}`;
    let versions = timedVersions.get(feature);
    if (!versions) timedVersions.set(feature, (versions = new Map()));
    let version = versions.get(key) as F | undefined;
    if (!version) versions.set(key, (version = { ...feature, properties: { ...feature.properties, status: now.status, status_timing: timing } }));
    return [version];
  });
  byTime.set(time, timed);
  return timed;
}

/** How exact the status a feature carries is dated, if featuresAt gave it one other than the documents'. */
export function timingOf(feature: { properties: object }): StatusTiming | undefined {
  return (feature.properties as { status_timing?: StatusTiming }).status_timing;
}

/** The projects with something the evidence says will happen without saying when, as of a moment, with those events. */
export function undatedPlans<F extends Timed>(features: readonly F[], time: number): { feature: F; events: StatusEvent[] }[] {
  return features.flatMap((feature) => {
    const events = feature.properties.status_events;
    const now = events && statusAt(events, time);
    return now && now.undated.length > 0 ? [{ feature, events: now.undated }] : [];
  });
}

/** The next (or previous) year with an event after (or before) a year; the same year if there is none. */
export function nextEventYear(years: readonly number[], year: number, direction: 1 | -1): number {
  const candidates = years.filter((y) => (direction === 1 ? y > year : y < year));
  if (candidates.length === 0) return year;
  return direction === 1 ? candidates[0] : candidates[candidates.length - 1];
}

/** The status events a document's own passages are evidence for, in the order of the features, for the reader's list. */
export function eventsCitingDocument<F extends Timed & { id: string; properties: { name: string } }>(
  features: readonly F[],
  source: Citation['source'],
): { feature: F; event: StatusEvent }[] {
  return features.flatMap((feature) =>
    (feature.properties.status_events ?? []).filter((event) => event.citation?.source === source).map((event) => ({ feature, event })),
  );
}
