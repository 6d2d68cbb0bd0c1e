import { useMemo, useState } from 'react';
import { useAtlas } from '../state/store';
import { citationIndex, featureById, featureSearch, searchable } from '../state/atlasData';
import { LAYERS, type LayerId } from '../model/layers';
import type { AtlasFeature } from '../model/feature';
import { searchDocuments, searchFeatures } from '../model/search';
import { featuresInFilter } from '../state/shownFeatures';
import { FacetPanel } from './FacetPanel';
import { CopyCitationButton } from './CopyCitationButton';
import { LayerSwatch } from './LayerSwatch';
import { PassageQuote } from './PassageQuote';
import { moveFocusWithArrows } from './listKeys';
import { UserLayersSection } from './UserLayersSection';

/** Finding things: a search over names and document text, and the layers (the legend) with their features. */
export function FindPanel() {
  const query = useAtlas((state) => state.query);
  const setQuery = useAtlas((state) => state.setQuery);
  return (
    <div className="find">
      <h2 className="visually-hidden">Find</h2>
      <label className="search">
        <span className="visually-hidden">Search features and documents</span>
        <input
          type="search"
          placeholder="Search features and the documents…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </label>
      {query.trim().length >= 2 ? <SearchResults query={query} /> : <LayerList />}
    </div>
  );
}

function SearchResults({ query }: { query: string }) {
  const select = useAtlas((state) => state.select);
  const openPassage = useAtlas((state) => state.openPassage);
  const featureMatches = useMemo(() => searchFeatures(featureSearch, query), [query]);
  const textMatches = useMemo(() => searchDocuments(searchable, citationIndex, query), [query]);
  return (
    <div className="search-results" onKeyDown={moveFocusWithArrows}>
      <h3>
        Features <span className="count">({featureMatches.length})</span>
      </h3>
      <ul className="feature-list">
        {featureMatches.map(({ feature }) => (
          <li key={feature.id}>
            <button type="button" data-nav-item onClick={() => select(feature.id, { focus: true })}>
              <LayerSwatch layer={feature.properties.layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} />
              {feature.properties.name}
            </button>
          </li>
        ))}
      </ul>
      <h3>
        In the documents <span className="count">({textMatches.length})</span>
      </h3>
      <ul className="text-results">
        {textMatches.map((match) => (
          <li key={`${match.source}:${match.start}`}>
            <PassageQuote passage={match}>
              <div className="passage-actions">
                <button type="button" data-nav-item onClick={() => openPassage(match, { select: match.featureIds[0] })}>
                  Read in source
                </button>
                <CopyCitationButton passage={{ source: match.source, start: match.context.start, end: match.context.end }} featureId={match.featureIds[0]} />
                {match.featureIds.length > 0 ? (
                  <span className="also-cited">
                    On the map as:{' '}
                    {match.featureIds.map((id) => (
                      <button key={id} type="button" className="link" onClick={() => select(id, { focus: true })}>
                        {featureById.get(id)?.properties.name ?? id}
                      </button>
                    ))}
                  </span>
                ) : (
                  <span className="also-cited">Not tied to a feature on the map.</span>
                )}
              </div>
            </PassageQuote>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LayerList() {
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const filter = useAtlas((state) => state.filter);
  const setLayerVisible = useAtlas((state) => state.setLayerVisible);
  const showOnlyLayer = useAtlas((state) => state.showOnlyLayer);
  const shown = featuresInFilter(filter);
  return (
    <div className="layer-list">
      <FacetPanel />
      <h3>Layers</h3>
      <ul className="layers" onKeyDown={moveFocusWithArrows}>
        {[...LAYERS].reverse().map((layer) => (
          <LayerEntry
            key={layer.id}
            layer={layer.id}
            title={layer.title}
            members={shown.filter((feature) => feature.properties.layer === layer.id)}
            visible={visibleLayers.has(layer.id)}
            alone={visibleLayers.size === 1 && visibleLayers.has(layer.id)}
            onToggle={setLayerVisible}
            onOnly={showOnlyLayer}
          />
        ))}
      </ul>
      <UserLayersSection />
    </div>
  );
}

function LayerEntry({
  layer,
  title,
  members,
  visible,
  alone,
  onToggle,
  onOnly,
}: {
  layer: LayerId;
  title: string;
  members: readonly AtlasFeature[];
  visible: boolean;
  /** The only layer shown: its button brings the others back. */
  alone: boolean;
  onToggle: (layer: LayerId, visible: boolean) => void;
  onOnly: (layer: LayerId) => void;
}) {
  const [open, setOpen] = useState(false);
  const select = useAtlas((state) => state.select);
  const selectedId = useAtlas((state) => state.selectedId);
  const listId = `layer-features-${layer}`;
  return (
    <li className="layer">
      <div className="layer-row">
        <input type="checkbox" checked={visible} aria-label={`Show ${title}`} onChange={(event) => onToggle(layer, event.target.checked)} />
        <button type="button" className="layer-toggle" data-nav-item aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <LayerSwatch layer={layer} point={members.length > 0 && members.every((f) => f.geometry.type === 'Point')} kind={members[0]?.properties.kind} />
          {title} <span className="count">({members.length})</span>
        </button>
        <button type="button" className="layer-only" aria-label={alone ? 'Show all layers' : `Only ${title}`} onClick={() => onOnly(layer)}>
          {alone ? 'All' : 'Only'}
        </button>
      </div>
      {open && (
        <ul id={listId} className="feature-list">
          {members.map((feature) => (
            <li key={feature.id}>
              <button
                type="button"
                data-nav-item
                aria-current={feature.id === selectedId}
                onClick={() => select(feature.id, { focus: true })}
              >
                <LayerSwatch layer={layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} />
                {feature.properties.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
