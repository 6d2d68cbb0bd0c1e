/**
 * What stands in place of a part loaded on demand (ui/onDemand.tsx) whose code could not be
 * fetched — offline after the first visit, or a new version removed the old files — so the user
 * reads which part failed and how to get it back instead of a blank or an endless "loading".
 */
import { useEffect, useRef } from 'react';
import { useAtlas } from '../state/store';
import { stopPresentation } from '../state/presentation';

interface Props {
  /** The part, as the sentence begins: "The documents reader". */
  what: string;
  onClose?: () => void;
  closeLabel?: string;
}

export function PartUnavailable({ what, onClose, closeLabel = 'Close' }: Props) {
  return (
    <div className="part-unavailable" role="alert">
      <p>{what} could not be loaded: the connection or the server failed. Reload the page to try again.</p>
      <div className="part-unavailable-actions">
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            {closeLabel}
          </button>
        )}
      </div>
    </div>
  );
}

/** A header button whose dialog could not be loaded: it opens a dialog that says so (Escape closes it). */
export function UnavailableDialog({ label, buttonClass, what }: { label: string; buttonClass: string; what: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => dialogRef.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialogRef} className="views-dialog" aria-label={label}>
        <PartUnavailable what={what} onClose={() => dialogRef.current?.close()} />
      </dialog>
    </>
  );
}

/** The table's place, when it is open, with a way to close it. */
export function UnavailableTable() {
  const open = useAtlas((state) => state.tableOpen);
  const setTableOpen = useAtlas((state) => state.setTableOpen);
  if (!open) return null;
  return (
    <section className="feature-table" aria-label="Table of features">
      <PartUnavailable what="The table of features" onClose={() => setTableOpen(false)} closeLabel="Close table" />
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
        <PartUnavailable what="The presentation" onClose={stopPresentation} closeLabel="Exit (Esc)" />
      </div>
    </div>
  );
}
