/**
 * The evidence behind a feature's status and the dates of its status note. A regional expert reads
 * "Inaugurated 26 October 2023" and asks: says who? So every date of the note must be found in the
 * words of an outside status source (`says`) or of a passage the feature cites, and the status
 * itself must be one the describing passages or a status source speak of. Pure: no files, no zod.
 */
import type { Status } from '../features/featureVocabulary.ts';
import type { WrittenStatusEvent } from '../features/feature.ts';
import { PRESENT_TIME, assertion, statusAt } from '../features/timeline.ts';
import { readEventDate, withDatesRead } from './eventDates.ts';
import { YEAR_LIMITS } from '../view/viewState.ts';

/** A date as written: a year, with the month and days when the text gives them. */
export interface DateMention {
  text: string;
  year: number;
  month?: number;
  days?: number[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Full names and the usual abbreviations ("Nov 2025", "Sept. 2025").
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const DAYS = '(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?';

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const dayRange = (first: string, last: string | undefined): number[] => {
  const [from, to] = [Number(first), Number(last ?? first)];
  return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => from + i);
};

/** Read most specific first; each pattern blanks what it read so a year is not read again alone. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, 'text'>[] }[] = [
  // 26 October 2023, 13–14 January 2026
  { re: new RegExp(`\\b${DAYS}\\s+${MONTH},?\\s+${YEAR}\\b`, 'g'), read: (m) => [{ year: +m[4], month: monthNumber(m[3]), days: dayRange(m[1], m[2]) }] },
  // October 26, 2023; February 9-11, 2026
  { re: new RegExp(`\\b${MONTH}\\s+${DAYS}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'g'), read: (m) => [{ year: +m[4], month: monthNumber(m[1]), days: dayRange(m[2], m[3]) }] },
  // November 2025, Nov 2025, December of 2025
  { re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), read: (m) => [{ year: +m[2], month: monthNumber(m[1]) }] },
  // 2018–2019, 2025-26
  {
    re: /\b((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2}|\d{2})\b/g,
    read: (m) => [{ year: +m[1] }, { year: m[2].length === 2 ? Math.floor(+m[1] / 100) * 100 + +m[2] : +m[2] }],
  },
  // a year alone: "2036", "second half of 2026"
  { re: /\b((?:19|20)\d{2})\b/g, read: (m) => [{ year: +m[1] }] },
];

export function findDates(text: string): DateMention[] {
  let rest = text;
  const found: { at: number; mention: DateMention }[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of rest.matchAll(re)) {
      const exec = m as RegExpExecArray;
      for (const date of read(exec)) found.push({ at: m.index, mention: { text: m[0], ...date } });
    }
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.mention);
}

/** A date of the note is supported by a date of the evidence with its year, and its month and days where the note gives them. */
export function supports(evidence: DateMention, claim: DateMention): boolean {
  if (evidence.year !== claim.year) return false;
  if (claim.month !== undefined && evidence.month !== claim.month) return false;
  return (claim.days ?? []).every((day) => evidence.days?.includes(day));
}

/**
 * What a status has to be spoken of as. Kept short on purpose: a status no passage or source puts
 * in these words is a status the atlas made up.
 */
export const STATUS_WORDS: Record<Status, RegExp> = {
  'under construction': /\b(construction|under ?way|being (?:built|rebuilt)|works|building)\b/i,
  operating: /\b(operat\w*|inaugurat\w*|commission\w*|open(?:ed|ing)|suppl(?:y|ying|ies|ied)|in service|launch\w*|producing)\b/i,
  planned: /\b(plans?|planned|will be|next stage|envisage\w*|to be built|design(?:ed)?|developing)\b/i,
  // "intend to" is how the Charter states what the two governments propose to do.
  proposed: /\b(propos\w*|could|would|aims?|initiative|intend\w*)\b/i,
  'under discussion': /\b(discuss\w*|explore|suggest\w*)\b/i,
  suspended: /\b(suspend\w*|closed|closure|shut ?down|halted|mothballed)\b/i,
};

/** The same words, for the error message. */
const STATUS_HINTS: Record<Status, string> = {
  'under construction': 'construction, works under way or building',
  operating: 'operation, inauguration, commissioning, opening, launching, supplying, producing or being in service',
  planned: 'plans, what will be built, a next stage, designs or developing',
  proposed: 'a proposal, what could or would be, aims, intentions or an initiative',
  'under discussion': 'discussion, exploring or suggestions',
  suspended: 'a suspension, closure, shutdown or halt',
};

export interface StatusEvidenceInput {
  status?: Status;
  status_note?: string;
  status_sources?: readonly { title: string; says: string }[];
  /** The text of every passage the feature cites, and whether it describes the feature. */
  passages: readonly { text: string; describes: boolean }[];
}

/** Why a feature's status or note lacks its evidence; empty when every date and the status are backed. */
export function statusEvidenceFindings(input: StatusEvidenceInput): string[] {
  const findings: string[] = [];
  const says = (input.status_sources ?? []).map((source) => source.says);
  const evidenceDates = [...says, ...input.passages.map((p) => p.text)].flatMap(findDates);
  for (const claim of findDates(input.status_note ?? '')) {
    if (!evidenceDates.some((date) => supports(date, claim))) {
      findings.push(`status_note date "${claim.text}" is found in no status source's "says" and no cited passage: name its source in status_sources, or remove the date`);
    }
  }
  if (input.status) {
    const words = STATUS_WORDS[input.status];
    const speaks = [...says, ...input.passages.filter((p) => p.describes).map((p) => p.text)].some((text) => words.test(text));
    if (!speaks) {
      findings.push(`status "${input.status}" is not what any describing passage or status source says (none speaks of ${STATUS_HINTS[input.status]}): give the status the wording supports, or add the status source that supports it`);
    }
  }
  return findings;
}

/** The date an event claims, as a date mention: the year, and the month and day where it gives them. */
function claimOf(date: string): DateMention | null {
  const match = /^(?:\.\.\/)?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[~?%]?$/.exec(date);
  if (!match) return null;
  return { text: date, year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, days: match[3] ? [Number(match[3])] : undefined };
}

/**
 * Why a feature's status events lack their evidence or their order; empty when each event's date is
 * in its evidence's words (or is the day its evidence said it), its status is in those words, the
 * dated events run oldest first with the undated after them, and the status at the documents'
 * present is the feature's status.
 */
export function statusEventFindings(status: Status | undefined, events: readonly WrittenStatusEvent[] | undefined): string[] {
  if (!events) return status ? [`status "${status}" has no status_events: say when it began, and who says so`] : [];
  if (!status) return ['status_events on a feature without a status'];
  const findings: string[] = [];
  let previous: { text: string; from: number } | null = null;
  let undatedSeen = false;
  events.forEach((event, i) => {
    const label = `status_events[${i}] (${event.status}${event.date ? `, ${event.date}` : ', no date'})`;
    const { words, on, by } = assertion(event);
    if (!STATUS_WORDS[event.status].test(words)) findings.push(`${label}: ${by}'s words speak of no ${STATUS_HINTS[event.status]}`);
    const said = readEventDate(on);
    if ('fault' in said) findings.push(`${label}: the date it was said, ${said.fault}`);
    if (!event.date) {
      undatedSeen = true;
      return;
    }
    const date = readEventDate(event.date);
    if ('fault' in date) {
      findings.push(`${label}: ${date.fault}`);
      return;
    }
    if (undatedSeen) findings.push(`${label}: a dated event after an undated one; undated events come last`);
    const year = new Date(date.from).getUTCFullYear();
    if (year < YEAR_LIMITS[0] || year > YEAR_LIMITS[1]) {
      findings.push(`${label}: outside the years a link can show (${YEAR_LIMITS[0]}–${YEAR_LIMITS[1]}); widen YEAR_LIMITS`);
    }
    if (previous && date.from < previous.from) findings.push(`${label}: earlier than the event before it (${previous.text}); events run oldest first`);
    previous = { text: event.date, from: date.from };
    // A status said to hold "now" is dated by when it was said; any other date must be in the words.
    const whenSaid = !('fault' in said) && date.from <= said.to && said.from <= date.to;
    const claim = claimOf(event.date);
    const inWords = claim !== null && findDates(words).some((mention) => supports(mention, claim));
    if (!whenSaid && !inWords) findings.push(`${label}: the date is not in ${by}'s words and is not when it said so (${on})`);
  });
  const unreadable = events.some((event) => [event.date, assertion(event).on].some((date) => date && 'fault' in readEventDate(date)));
  if (unreadable) return findings;
  const now = statusAt(events.map(withDatesRead), PRESENT_TIME);
  if (now?.status !== status) findings.push(`the events give "${now?.status ?? 'nothing'}" at the documents' present (February 2026), but the status is "${status}"`);
  return findings;
}
