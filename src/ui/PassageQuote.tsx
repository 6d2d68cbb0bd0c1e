import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { passageContext, sectionAt } from '../model/documents/documentText.ts';
import { SOURCES } from '../model/documents/sources.ts';
import type { PassageRef } from '../model/documents/citationIndex.ts';
import { documents } from '../state/atlasData.ts';
import './PassageQuote.css';

/** The short name a reader knows a document by: "Bulletin", "Charter". */
export const DOCUMENT_NAME = defineMessages({
  'bulletin-2026-02': { id: 'document.bulletin', defaultMessage: 'Bulletin', description: 'Short name of the Azerbaijani foreign-policy bulletin (February 2026)' },
  'charter-2026': { id: 'document.charter', defaultMessage: 'Charter', description: 'Short name of the US–Azerbaijan Strategic Partnership Charter' },
}) satisfies Record<PassageRef['source'], unknown>;

/** A passage in the sentence it stands in, the quote marked, under the document and section it is from. */
export function PassageQuote({ passage, children }: { passage: PassageRef; children?: ReactNode }) {
  const intl = useIntl();
  const doc = documents[passage.source];
  const context = passageContext(doc, passage.start, passage.end);
  const section = sectionAt(doc, passage.start);
  return (
    <figure className="passage">
      <figcaption title={SOURCES[passage.source].title}>
        {intl.formatMessage(DOCUMENT_NAME[passage.source])}
        {section && (
          <>
            {' · '}
            <span lang="en">{section.title}</span>
          </>
        )}
      </figcaption>
      {/* The documents' words are the evidence: never translated, and marked as English. */}
      <blockquote lang="en">
        {context.before}
        <mark>{context.quote}</mark>
        {context.after}
      </blockquote>
      {children}
    </figure>
  );
}
