import { useAtlas } from '../state/store';

/** Problems the user should know of (a broken data file, a lost graphics context), in plain words. */
export function Notices() {
  const notices = useAtlas((state) => state.notices);
  const dismiss = useAtlas((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((notice) => (
        <li key={notice.id} className="notice">
          <span>{notice.message}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
