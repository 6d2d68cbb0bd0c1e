import { useAtlas } from '../state/store';

/** Problems the user should know of (a broken data file, a lost graphics context), in plain words. */
export function Notices() {
  const notices = useAtlas((state) => state.notices);
  const dismiss = useAtlas((state) => state.dismissNotice);
  const dismissAll = useAtlas((state) => state.dismissAllNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      <ul aria-live="polite">
        {notices.map((notice) => (
          <li key={notice.id} className="notice">
            <span>
              {notice.message}
              {notice.count > 1 && <span className="notice-count"> (×{notice.count})</span>}
            </span>
            <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
              ×
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && (
        <button type="button" className="notices-dismiss-all" onClick={dismissAll}>
          Dismiss all
        </button>
      )}
    </section>
  );
}
