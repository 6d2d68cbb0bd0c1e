/**
 * What stands in place of a part loaded on demand (ui/onDemand.tsx) whose code could not be
 * fetched — offline after the first visit, or a new version removed the old files — so the user
 * reads which part failed and how to get it back instead of a blank or an endless "loading".
 */
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages, type Message } from '../model/words/message.ts';
import { useAtlas } from '../state/store.ts';
import { stopPresentation } from '../state/presentation.ts';
import './PartUnavailable.css';

/** The parts loaded on demand, named as the sentence about them begins. */
export const PARTS = defineMessages({
  reader: { id: 'unavailable.reader', defaultMessage: 'The documents reader' },
  export: { id: 'unavailable.export', defaultMessage: 'Picture export' },
  views: { id: 'header.views', defaultMessage: 'Views & presenting' },
  table: { id: 'unavailable.table', defaultMessage: 'The table of features' },
  presentation: { id: 'unavailable.presentation', defaultMessage: 'The presentation' },
});

const WORDS = defineMessages({
  failed: {
    id: 'unavailable.failed',
    defaultMessage: '{part} could not be loaded: the connection or the server failed. Reload the page to try again.',
    description: '{part}: a part of the atlas, e.g. The documents reader',
  },
  reload: { id: 'common.reload', defaultMessage: 'Reload' },
  close: { id: 'common.close', defaultMessage: 'Close' },
  closeTable: { id: 'table.close', defaultMessage: 'Close table' },
  exit: { id: 'presentation.exit', defaultMessage: 'Exit (Esc)', description: 'Leaves the presentation or tour; Esc is the key' },
  tableLabel: { id: 'table.label', defaultMessage: 'Table of features' },
});

interface Props {
  /** The part, as the sentence begins: "The documents reader". */
  what: Message;
  onClose?: () => void;
  closeLabel?: Message;
}

export function PartUnavailable({ what, onClose, closeLabel = WORDS.close }: Props) {
  const intl = useIntl();
  return (
    <div className="part-unavailable" role="alert">
      <p>{intl.formatMessage(WORDS.failed, { part: intl.formatMessage(what) })}</p>
      <div className="part-unavailable-actions">
        <button type="button" onClick={() => window.location.reload()}>
          {intl.formatMessage(WORDS.reload)}
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {intl.formatMessage(closeLabel)}
          </button>
        )}
      </div>
    </div>
  );
}

/** A header button whose dialog could not be loaded: it opens a dialog that says so (Escape closes it). */
export function UnavailableDialog({ label, buttonClass, what }: { label: Message; buttonClass: string; what: Message }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const intl = useIntl();
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => dialogRef.current?.showModal()}>
        {intl.formatMessage(label)}
      </button>
      <dialog ref={dialogRef} className="views-dialog" aria-label={intl.formatMessage(label)}>
        <PartUnavailable what={what} onClose={() => dialogRef.current?.close()} />
      </dialog>
    </>
  );
}

/** The table's place, when it is open, with a way to close it. */
export function UnavailableTable() {
  const open = useAtlas((state) => state.tableOpen);
  const setTableOpen = useAtlas((state) => state.setTableOpen);
  const intl = useIntl();
  if (!open) return null;
  return (
    <section className="feature-table" aria-label={intl.formatMessage(WORDS.tableLabel)}>
      <PartUnavailable what={PARTS.table} onClose={() => setTableOpen(false)} closeLabel={WORDS.closeTable} />
    </section>
  );
}

/** The presentation's place: the message and a way out, by button or Escape as when it works. */
export function UnavailablePresentation() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stopPresentation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="presentation-overlay">
      <div className="presentation-controls" data-covers-map>
        <PartUnavailable what={PARTS.presentation} onClose={stopPresentation} closeLabel={WORDS.exit} />
      </div>
    </div>
  );
}
