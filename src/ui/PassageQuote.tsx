import type { ReactNode } from 'react';
import { passageContext, sectionAt } from '../model/documentText';
import { SOURCES } from '../model/sources';
import type { PassageRef } from '../model/citationIndex';
import { documents } from '../state/atlasData';

/** The short name a reader knows a document by: "Bulletin", "Charter". */
export const DOCUMENT_NAME: Record<PassageRef['source'], string> = {
  'bulletin-2026-02': 'Bulletin',
  'charter-2026': 'Charter',
};

/** A passage in the sentence it stands in, the quote marked, under the document and section it is from. */
export function PassageQuote({ passage, children }: { passage: PassageRef; children?: ReactNode }) {
  const doc = documents[passage.source];
  const context = passageContext(doc, passage.start, passage.end);
  const section = sectionAt(doc, passage.start);
  return (
    <figure className="passage">
      <figcaption title={SOURCES[passage.source].title}>
        {DOCUMENT_NAME[passage.source]}
        {section ? ` · ${section.title}` : ''}
      </figcaption>
      <blockquote>
        {context.before}
        <mark>{context.quote}</mark>
        {context.after}
      </blockquote>
      {children}
    </figure>
  );
}
