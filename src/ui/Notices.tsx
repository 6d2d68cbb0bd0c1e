import { useAtlas } from '../state/store';

/** Problems the user should know of (a broken data file, a lost graphics context), in plain words. */
export function Notices() {
  const notices = useAtlas((state) => state.notices);
  const dismiss = useAtlas((state) => state.dismissNotice);
  const dismissAll = useAtlas((state) => state.dismissAllNotices);
  const graphicsLost = useAtlas((state) => state.graphicsLost);
  if (notices.length === 0 && !graphicsLost) return null;
  return (
    <section className="notices" aria-label="Notices">
      {graphicsLost && (
        <p className="notice" role="status">
          The browser has taken the graphics away from the map for a moment; it will be drawn again as soon as they are
          back. If it stays blank, reload the page.
        </p>
      )}
      {notices.length > 0 && (
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
      )}
      {notices.length > 1 && (
        <button type="button" className="notices-dismiss-all" onClick={dismissAll}>
          Dismiss all
        </button>
      )}
    </section>
  );
}
