/**
 * What a search finds: features by their names, and passages of the documents. Loaded on demand
 * (ui/onDemand.tsx) with the search indexes, which the first map does not need.
 */
import { useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { featureById } from '../state/atlasData.ts';
import { findFeatures, findInDocuments } from '../state/searchIndex.ts';
import { CopyCitationButton } from './CopyCitationButton.tsx';
import { LayerSwatch } from './LayerSwatch.tsx';
import { PassageQuote } from './PassageQuote.tsx';
import { moveFocusWithArrows } from './listKeys.ts';
import './SearchResults.css';

export function SearchResults({ query }: { query: string }) {
  const select = useAtlas((state) => state.select);
  const openPassage = useAtlas((state) => state.openPassage);
  const featureMatches = useMemo(() => findFeatures(query), [query]);
  const textMatches = useMemo(() => findInDocuments(query), [query]);
  return (
    <div className="search-results" onKeyDown={moveFocusWithArrows}>
      <h3>
        <FormattedMessage id="search.features" defaultMessage="Features" /> <span className="count">({featureMatches.length})</span>
      </h3>
      <ul className="feature-list">
        {featureMatches.map(({ feature }) => (
          <li key={feature.id}>
            <button type="button" data-nav-item onClick={() => select(feature.id, { focus: true })}>
              <LayerSwatch layer={feature.properties.layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} />
              <span lang="en">{feature.properties.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>
        <FormattedMessage id="feature.inDocuments" defaultMessage="In the documents" /> <span className="count">({textMatches.length})</span>
      </h3>
      <ul className="text-results">
        {textMatches.map((match) => (
          <li key={`${match.source}:${match.start}`}>
            <PassageQuote passage={match}>
              <div className="passage-actions">
                <button type="button" data-nav-item onClick={() => openPassage(match, { select: match.featureIds[0] })}>
                  <FormattedMessage id="passage.readInSource" defaultMessage="Read in source" />
                </button>
                <CopyCitationButton passage={{ source: match.source, start: match.context.start, end: match.context.end }} featureId={match.featureIds[0]} />
                {match.featureIds.length > 0 ? (
                  <span className="also-cited">
                    <FormattedMessage id="search.onMapAs" defaultMessage="On the map as:" />{' '}
                    {match.featureIds.map((id) => (
                      <button key={id} type="button" className="link" lang="en" onClick={() => select(id, { focus: true })}>
                        {featureById.get(id)?.properties.name ?? id}
                      </button>
                    ))}
                  </span>
                ) : (
                  <span className="also-cited">
                    <FormattedMessage id="search.untied" defaultMessage="Not tied to a feature on the map." />
                  </span>
                )}
              </div>
            </PassageQuote>
          </li>
        ))}
      </ul>
    </div>
  );
}
