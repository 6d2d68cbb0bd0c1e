import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { LAYERS, type LayerId } from '../model/features/layers.ts';
import type { AtlasFeature } from '../model/features/feature.ts';
import { featuresInFilter } from '../state/shownFeatures.ts';
import { FacetPanel } from './FacetPanel.tsx';
import { LayerSwatch } from './LayerSwatch.tsx';
import { moveFocusWithArrows } from './listKeys.ts';
import { LazySearchResults, useSearchArrival } from './onDemand.tsx';
import { UserLayersSection } from './UserLayersSection.tsx';
import { LegendRows } from './MapLegend.tsx';
import { useScene } from '../state/scene.ts';
import { accuracyRows } from '../model/scene/scene.ts';
import './FindPanel.css';

/** Finding things: a search over names and document text, and the layers (the legend) with their features. */
export function FindPanel() {
  const query = useAtlas((state) => state.query);
  const setQuery = useAtlas((state) => state.setQuery);
  const searching = query.trim().length >= 2;
  const searchArrival = useSearchArrival(searching);
  const intl = useIntl();
  return (
    <div className="find">
      <h2 className="visually-hidden">
        <FormattedMessage id="panel.tab.find" defaultMessage="Find" />
      </h2>
      <label className="search">
        <span className="visually-hidden">
          <FormattedMessage id="find.search.label" defaultMessage="Search features and documents" />
        </span>
        <input
          type="search"
          placeholder={intl.formatMessage({ id: 'find.search.placeholder', defaultMessage: 'Search features and the documents…' })}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </label>
      {!searching ? (
        <LayerList />
      ) : searchArrival === 'here' ? (
        <LazySearchResults query={query} />
      ) : searchArrival === 'failed' ? (
        <div className="panel-loading" role="alert">
          <p>
            <FormattedMessage
              id="find.search.unavailable"
              defaultMessage="Search could not be loaded: the atlas's server did not answer. Clear the search and type again to try once more."
            />
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            <FormattedMessage id="common.reload" defaultMessage="Reload" />
          </button>
        </div>
      ) : (
        <p className="panel-loading">
          <FormattedMessage id="find.search.searching" defaultMessage="Searching…" />
        </p>
      )}
    </div>
  );
}

function LayerList() {
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const filter = useAtlas((state) => state.filter);
  const year = useAtlas((state) => state.year);
  const setLayerVisible = useAtlas((state) => state.setLayerVisible);
  const showOnlyLayer = useAtlas((state) => state.showOnlyLayer);
  const shown = featuresInFilter(filter, year);
  const intl = useIntl();
  return (
    <div className="layer-list">
      <FacetPanel />
      <h3>
        <FormattedMessage id="find.layers" defaultMessage="Layers" />
      </h3>
      <ul className="layers" onKeyDown={moveFocusWithArrows}>
        {[...LAYERS].reverse().map((layer) => (
          <LayerEntry
            key={layer.id}
            layer={layer.id}
            title={intl.formatMessage(layer.title)}
            members={shown.filter((feature) => feature.properties.layer === layer.id)}
            visible={visibleLayers.has(layer.id)}
            alone={visibleLayers.size === 1 && visibleLayers.has(layer.id)}
            onToggle={setLayerVisible}
            onOnly={showOnlyLayer}
          />
        ))}
      </ul>
      <AccuracyKey />
      <UserLayersSection />
    </div>
  );
}

/** How exact the drawn lines and marks are: the bands, rings and dashed outlines the map shows, keyed as in every legend. */
function AccuracyKey() {
  const scene = useScene();
  const intl = useIntl();
  const rows = accuracyRows(scene.drawn, scene.palette, scene.translate);
  if (rows.length === 0) return null;
  return <LegendRows rows={rows} className="accuracy-key" label={intl.formatMessage({ id: 'find.accuracyKey', defaultMessage: 'How exact the geometry is' })} />;
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
  const intl = useIntl();
  const select = useAtlas((state) => state.select);
  const selectedId = useAtlas((state) => state.selectedId);
  const listId = `layer-features-${layer}`;
  return (
    <li className="layer">
      <div className="layer-row">
        <input type="checkbox" checked={visible} aria-label={intl.formatMessage({ id: 'find.layer.show', defaultMessage: 'Show {layer}' }, { layer: title })} onChange={(event) => onToggle(layer, event.target.checked)} />
        <button type="button" className="layer-toggle" data-nav-item aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <LayerSwatch layer={layer} point={members.length > 0 && members.every((f) => f.geometry.type === 'Point')} kind={members[0]?.properties.kind} />
          {title} <span className="count">({intl.formatNumber(members.length)})</span>
        </button>
        <button
          type="button"
          className="layer-only"
          aria-label={
            alone
              ? intl.formatMessage({ id: 'find.layer.showAll', defaultMessage: 'Show all layers' })
              : intl.formatMessage({ id: 'find.layer.onlyLabel', defaultMessage: 'Only {layer}', description: 'Button: show this layer alone' }, { layer: title })
          }
          onClick={() => onOnly(layer)}
        >
          {alone
            ? intl.formatMessage({ id: 'find.layer.all', defaultMessage: 'All', description: 'Short button: show all layers again' })
            : intl.formatMessage({ id: 'find.layer.only', defaultMessage: 'Only', description: 'Short button: show only this layer' })}
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
                <LayerSwatch layer={layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} accuracy={feature.properties.geometry_accuracy} />
                <span lang="en">{feature.properties.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
