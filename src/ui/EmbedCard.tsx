/**
 * The atlas inside another page (the embed code, `embed=1`): no side panel, so a feature clicked
 * on the map shows its passages here, over the map, with the way into the full atlas at it.
 */
import { useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { citationIndex, featureById } from '../state/atlasData.ts';
import { featureNameFor } from '../state/messages.ts';
import { langOfLocale } from '../model/words/language.ts';
import { DEFAULT_VIEW, formatViewHash } from '../model/view/viewState.ts';
import { viewOf } from '../state/urlSync.ts';
import { PassageQuote } from './PassageQuote.tsx';
import { appUrl } from './appUrl.ts';
import { EMBED_WORDS } from './embedWords.ts';
import './EmbedCard.css';

/** The full atlas at the view shown here: where "Open in Corridor Atlas" leads. */
export function useFullAtlasUrl(): string {
  const hash = useAtlas((state) => formatViewHash({ ...viewOf(state), embed: false, presentation: DEFAULT_VIEW.presentation }));
  return `${appUrl()}${hash}`;
}

/** The link out of the embedded atlas: opened beside the host page, never inside its frame. */
export function OpenInAtlasLink({ className }: { className?: string }) {
  const intl = useIntl();
  return (
    <a className={className} href={useFullAtlasUrl()} target="_blank" rel="noopener">
      {intl.formatMessage(EMBED_WORDS.openInAtlas)}
    </a>
  );
}

export function EmbedCard() {
  const intl = useIntl();
  const selectedId = useAtlas((state) => state.selectedId);
  const select = useAtlas((state) => state.select);
  const feature = selectedId ? featureById.get(selectedId) : undefined;
  if (!feature) return null;
  const citations = citationIndex.citationsByFeature.get(feature.id) ?? [];
  // What describes the feature first; the passages that are only context for it after.
  const ordered = [...citations.filter((c) => c.role === 'describes'), ...citations.filter((c) => c.role !== 'describes')];
  const name = featureNameFor(langOfLocale(intl.locale))(feature);
  return (
    <section className="embed-card" aria-label={name}>
      <header>
        <h2>{name}</h2>
        <button type="button" className="embed-card-close" onClick={() => select(null)} aria-label={intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' })}>
          ×
        </button>
      </header>
      <p className="embed-card-count">{intl.formatMessage(EMBED_WORDS.passages, { count: ordered.length })}</p>
      <div className="embed-card-passages">
        {ordered.map((citation) => (
          <PassageQuote key={citation.key} passage={citation} />
        ))}
      </div>
      <OpenInAtlasLink className="embed-card-open" />
    </section>
  );
}
