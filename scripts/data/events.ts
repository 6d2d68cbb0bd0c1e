/**
 * How the layer tables write a project's status through time (status_events): a status the documents
 * state, with its passage, or a status an outside source dates, with the source's words.
 */
import type { Citation, CitationWithRole, WrittenStatusEvent, StatusSource } from '../../src/model/features/feature.ts';
import { SOURCES } from '../../src/model/documents/sources.ts';

type Status = WrittenStatusEvent['status'];

/** An outside source of a status event: who said it, where, in what words (dates written out), and when. */
export type DatedSource = StatusSource & { published: string };

/**
 * A status a document states, with the passage (which the feature must cite as describing it). Dated
 * by the document's own date unless the passage gives one (`date`); `null` for a future it leaves undated.
 */
export function passage(status: Status, { source, exact, prefix, suffix }: Citation | CitationWithRole, date: string | null = SOURCES[source].published): WrittenStatusEvent {
  const citation: Citation = { source, exact, ...(prefix && { prefix }), ...(suffix && { suffix }) };
  return date === null ? { status, citation } : { status, date, citation };
}

/** A status an outside source gives, at the date in its words (or the date it said so); `null` for a future it leaves undated. */
export function reported(status: Status, date: string | null, source: DatedSource): WrittenStatusEvent {
  return date === null ? { status, source } : { status, date, source };
}

/** An existing status source of the feature, with the date it was published (or, unknown, the date of what it reports). */
export const published = (source: StatusSource, on: string): DatedSource => ({ ...source, published: on });
