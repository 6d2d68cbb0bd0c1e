import { FormattedMessage, useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { wordsOf } from '../model/words/message.ts';
import { langOfLocale } from '../model/words/language.ts';
import { featureNameFor } from '../state/messages.ts';
import { reloadIntoWaitingBuild, useOfflineCopy } from '../state/offlineCopy.ts';
import './Notices.css';

/**
 * Problems the user should know of (a broken data file, a lost graphics context), in plain words,
 * and news of the atlas's offline copy (saved; a newer version waiting).
 */
export function Notices() {
  const intl = useIntl();
  const notices = useAtlas((state) => state.notices);
  const dismiss = useAtlas((state) => state.dismissNotice);
  const dismissAll = useAtlas((state) => state.dismissAllNotices);
  const graphicsLost = useAtlas((state) => state.graphicsLost);
  const offline = useOfflineCopy();
  const offlineNews = offline.state !== 'saving' && !offline.dismissed;
  if (notices.length === 0 && !graphicsLost && !offlineNews) return null;
  const featureName = featureNameFor(langOfLocale(intl.locale));
  return (
    <section className="notices" aria-label={intl.formatMessage({ id: 'notices.label', defaultMessage: 'Notices' })}>
      {graphicsLost && (
        <p className="notice" role="status">
          <FormattedMessage
            id="notices.graphicsLost"
            defaultMessage="The browser has taken the graphics away from the map for a moment; it will be drawn again as soon as they are back. If it stays blank, reload the page."
          />
        </p>
      )}
      {offlineNews && (
        <p className="notice" role="status">
          <span>
            {offline.state === 'ready' ? (
              <FormattedMessage
                id="notices.offlineReady"
                defaultMessage="The atlas is now saved in this browser: it opens and works without a network."
              />
            ) : (
              <FormattedMessage id="notices.updateReady" defaultMessage="A newer version of the atlas has been saved. Reload to use it." />
            )}
          </span>
          {offline.state === 'update' && (
            <button type="button" onClick={reloadIntoWaitingBuild}>
              <FormattedMessage id="notices.reload" defaultMessage="Reload" />
            </button>
          )}
          <button type="button" onClick={offline.dismiss} aria-label={intl.formatMessage({ id: 'notices.dismiss', defaultMessage: 'Dismiss notice' })}>
            ×
          </button>
        </p>
      )}
      {notices.length > 0 && (
        <ul aria-live="polite">
          {notices.map((notice) => (
            <li key={notice.id} className="notice">
              {/* Worded notices are formatted here, so they follow the language shown; the data's own problems are English. */}
              <span lang={typeof notice.message === 'string' ? 'en' : undefined}>
                {wordsOf((message, values) => intl.formatMessage(message, values), notice.message, featureName)}
                {notice.count > 1 && <span className="notice-count"> (×{notice.count})</span>}
              </span>
              <button type="button" onClick={() => dismiss(notice.id)} aria-label={intl.formatMessage({ id: 'notices.dismiss', defaultMessage: 'Dismiss notice' })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {notices.length > 1 && (
        <button type="button" className="notices-dismiss-all" onClick={dismissAll}>
          <FormattedMessage id="notices.dismissAll" defaultMessage="Dismiss all" />
        </button>
      )}
    </section>
  );
}
