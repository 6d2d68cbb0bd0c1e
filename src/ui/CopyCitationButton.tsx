import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { PassageRef } from '../model/documents/citationIndex.ts';
import { citationText, citePassage } from '../model/documents/passageCitation.ts';
import { documents } from '../state/atlasData.ts';
import { useAtlas } from '../state/store.ts';
import { appUrl } from './appUrl.ts';
import { copyText } from './clipboard.ts';

/** Puts the passage on the clipboard as a citation: the quote, its document and section, and a link back. */
export function CopyCitationButton({ passage, featureId }: { passage: PassageRef; featureId?: string }) {
  const notify = useAtlas((state) => state.notify);
  const [copied, setCopied] = useState(false);
  const intl = useIntl();
  const copy = async () => {
    const text = citationText(citePassage(passage, documents, appUrl(), featureId));
    if (await copyText(text)) {
      setCopied(true);
    } else {
      notify(
        intl.formatMessage({
          id: 'passage.copy.refused',
          defaultMessage: 'The browser did not allow copying to the clipboard; select the passage and copy it by hand.',
        }),
      );
    }
  };
  return (
    <button type="button" className="copy-citation" onClick={() => void copy()}>
      {copied
        ? intl.formatMessage({ id: 'passage.copy.done', defaultMessage: 'Citation copied' })
        : intl.formatMessage({ id: 'passage.copy', defaultMessage: 'Copy citation', description: 'Copies the quote, its document, section and a link back' })}
    </button>
  );
}
