/**
 * A passage as it is cited outside the app: its words as they read, the document and section it
 * is in, and a link that opens the atlas at that passage.
 */
import type { PassageRef } from './citationIndex.ts';
import { readingText, sectionAt, type ReadableDocument } from './documentText.ts';
import { SOURCES, type SourceId } from './sources.ts';
import { DEFAULT_VIEW, formatViewHash } from '../view/viewState.ts';

export type ReadableDocuments = Readonly<Record<SourceId, ReadableDocument>>;

export interface PassageCitation extends PassageRef {
  documentTitle: string;
  /** Who published the document and whose positions it states: travels with every quote. */
  provenance: string;
  section: string | null;
  /** The passage as it reads (page breaks and mark-up of the source rendered). */
  quote: string;
  /** Opens the atlas at this passage (and the feature, if given). */
  link: string;
}

/** The app's address with a view in its hash: `appUrl` is the page's address without a hash. */
export function passageLink(appUrl: string, passage: PassageRef, featureId?: string): string {
  return `${appUrl}${formatViewHash({ ...DEFAULT_VIEW, passage, feature: featureId ?? null, reader: passage.source, panel: 'read' })}`;
}

export function featureLink(appUrl: string, featureId: string): string {
  return `${appUrl}${formatViewHash({ ...DEFAULT_VIEW, feature: featureId, panel: 'feature' })}`;
}

export function documentLink(appUrl: string, source: SourceId): string {
  return `${appUrl}${formatViewHash({ ...DEFAULT_VIEW, reader: source, panel: 'read' })}`;
}

export function citePassage(passage: PassageRef, docs: ReadableDocuments, appUrl: string, featureId?: string): PassageCitation {
  const doc = docs[passage.source];
  return {
    source: passage.source,
    start: passage.start,
    end: passage.end,
    documentTitle: SOURCES[passage.source].title,
    provenance: SOURCES[passage.source].provenance,
    section: sectionAt(doc, passage.start)?.title ?? null,
    quote: readingText(doc.text, passage.start, passage.end),
    link: passageLink(appUrl, passage, featureId),
  };
}

/** What "Copy citation" puts on the clipboard: the quote, where it is from, and the way back. */
export function citationText(citation: PassageCitation): string {
  return [
    `“${citation.quote}”`,
    `— ${citation.documentTitle}${citation.section ? `, ${citation.section}` : ''}.`,
    citation.provenance,
    citation.link,
  ].join('\n');
}
