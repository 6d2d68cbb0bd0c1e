import { useEffect, useRef } from 'react';
import { useAtlas } from '../state/store';
import { focusWasLost } from './focusLost';
import { citationIndex, featureById } from '../state/atlasData';
import { layerTitle } from '../model/layers';
import { ACCURACY_MEANING, compareLengths, formatDifference, formatFigure } from '../model/featureFacts';
import type { AtlasFeature } from '../model/feature';
import { ALTERNATE_NAME_USAGE_LABELS } from '../model/featureVocabulary';
import type { FeatureCitation } from '../model/citationIndex';
import { LayerSwatch } from './LayerSwatch';
import { StatusBadge } from './StatusBadge';
import { DOCUMENT_NAME, PassageQuote } from './PassageQuote';
import { CopyCitationButton } from './CopyCitationButton';
import { FeatureTimeline } from './FeatureTimeline';

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Feature → passages: what the atlas knows of the selected feature, and every passage that says it. */
export function FeaturePanel() {
  const selectedId = useAtlas((state) => state.selectedId);
  const feature = selectedId ? featureById.get(selectedId) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusWasLost()) headingRef.current?.focus();
  }, [selectedId]);
  if (!feature) {
    return <p className="hint">Select a feature on the map or in the list to see what the documents say about it.</p>;
  }
  const citations = citationIndex.citationsByFeature.get(feature.id) ?? [];
  const describing = citations.filter((citation) => citation.role === 'describes');
  const context = citations.filter((citation) => citation.role === 'context');
  const alternateNames = feature.properties.alternate_names ?? [];
  return (
    <article className="feature-details" aria-labelledby="feature-name">
      <h2 id="feature-name" ref={headingRef} tabIndex={-1}>
        {feature.properties.name}
      </h2>
      <p className="feature-layer">
        <LayerSwatch layer={feature.properties.layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} accuracy={feature.properties.geometry_accuracy} />
        {layerTitle(feature.properties.layer)} <StatusBadge feature={feature} />
      </p>
      {alternateNames.length > 0 && (
        <p className="alternate-names">
          <span className="label">Other names: </span>
          {alternateNames.map(({ name, usage }, i) => (
            <span key={name + usage} className="alternate-name">
              {i > 0 && ' · '}
              {name} <span className="usage">({ALTERNATE_NAME_USAGE_LABELS[usage]})</span>
            </span>
          ))}
        </p>
      )}
      {feature.properties.name_note && <p className="name-note">{feature.properties.name_note}</p>}
      {feature.properties.status_note && <p className="status-note">{feature.properties.status_note}</p>}
      <StatusSources feature={feature} />
      <FeatureTimeline feature={feature} />
      <p className="summary">{feature.properties.summary}</p>
      <Facts feature={feature} citations={citations} />
      <section aria-label="Passages">
        <h3>
          In the documents <span className="count">({describing.length})</span>
        </h3>
        {describing.length === 0 && (
          <p className="hint">The documents do not name this feature. The passages below speak of the corridor or programme it belongs to.</p>
        )}
        {describing.map((citation) => (
          <CitedPassage key={citation.key} citation={citation} featureId={feature.id} />
        ))}
      </section>
      {context.length > 0 && (
        <section aria-label="Context" className="context-passages">
          <h3>
            Also mentioned in… <span className="count">({context.length})</span>
          </h3>
          <p className="hint">Passages about the wider corridor or programme; they do not describe this feature itself.</p>
          {context.map((citation) => (
            <CitedPassage key={citation.key} citation={citation} featureId={feature.id} />
          ))}
        </section>
      )}
    </article>
  );
}

/** Who says the status and the dates of its note: each outside source with what it says (the documents' own passages are below). */
function StatusSources({ feature }: { feature: AtlasFeature }) {
  const sources = feature.properties.status_sources;
  if (!sources?.length) return null;
  return (
    <details className="status-sources">
      <summary>Sources for the status ({sources.length})</summary>
      <ul>
        {sources.map((source, i) => (
          <li key={i}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.publisher}: {source.title}
              </a>
            ) : (
              `${source.publisher}: ${source.title}`
            )}
            <span className="source-note"> — {source.says}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Facts({ feature, citations }: { feature: AtlasFeature; citations: FeatureCitation[] }) {
  const { countries, figures, geometry_accuracy, geometry_sources, length_note } = feature.properties;
  const lengths = compareLengths(feature);
  const openPassage = useAtlas((state) => state.openPassage);
  return (
    <dl className="facts">
      <dt>Countries</dt>
      <dd>{countries.join(', ')}</dd>
      {figures.map((figure, i) => {
        const stating = citations.find((c) => c.figures.includes(figure));
        return (
          <div key={i} className="fact-row">
            <dt>{figure.quantity === 'other' ? 'Figure' : figure.quantity[0].toUpperCase() + figure.quantity.slice(1)}</dt>
            <dd>
              {formatFigure(figure)}{' '}
              {stating && (
                <button type="button" className="link" onClick={() => openPassage(stating, { select: feature.id })}>
                  as the {DOCUMENT_NAME[stating.source].toLowerCase()} states
                </button>
              )}
            </dd>
          </div>
        );
      })}
      {lengths && (
        <div className="fact-row">
          <dt>Drawn length</dt>
          <dd>
            {km.format(lengths.drawnKm)} km against {formatFigure(lengths.stated)} stated ({formatDifference(lengths.difference)})
            {length_note && <p className="length-note">{length_note}</p>}
          </dd>
        </div>
      )}
      <dt>Geometry</dt>
      <dd>
        <span className={`accuracy accuracy-${geometry_accuracy}`}>{geometry_accuracy}</span> {ACCURACY_MEANING[geometry_accuracy]}
        <ul className="geometry-sources">
          {geometry_sources.map((source, i) => (
            <li key={i}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {source.note && <span className="source-note"> — {source.note}</span>}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

function CitedPassage({ citation, featureId }: { citation: FeatureCitation; featureId: string }) {
  const openPassage = useAtlas((state) => state.openPassage);
  const select = useAtlas((state) => state.select);
  const others = (citationIndex.passageByKey.get(citation.key)?.featureIds ?? []).filter((id) => id !== featureId);
  return (
    <PassageQuote passage={citation}>
      <div className="passage-actions">
        <button type="button" onClick={() => openPassage(citation, { select: featureId })}>
          Read in source
        </button>
        <CopyCitationButton passage={citation} featureId={featureId} />
        {others.length > 0 && (
          <span className="also-cited">
            Also cited for:{' '}
            {others.map((id) => (
              <button key={id} type="button" className="link" onClick={() => select(id, { focus: true })}>
                {featureById.get(id)?.properties.name ?? id}
              </button>
            ))}
          </span>
        )}
      </div>
    </PassageQuote>
  );
}
