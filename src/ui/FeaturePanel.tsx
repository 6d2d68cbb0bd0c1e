import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { useAtlas } from '../state/store.ts';
import { focusWasLost } from './focusLost.ts';
import { citationIndex, featureById } from '../state/atlasData.ts';
import { layerTitleMessage } from '../model/features/layers.ts';
import { ACCURACY_MEANING, ACCURACY_NAME, compareLengths, formatFigure } from '../model/features/featureFacts.ts';
import type { AtlasFeature, Figure } from '../model/features/feature.ts';
// From the vocabulary, not feature.ts: that module holds the zod schemas, which stay out of the browser.
import { ALTERNATE_NAME_USAGE_MESSAGES } from '../model/features/featureVocabulary.ts';
import { countryName } from '../model/names/countryNames.ts';
import type { SourceId } from '../model/documents/sources.ts';
import type { FeatureCitation } from '../model/documents/citationIndex.ts';
import { LayerSwatch } from './LayerSwatch.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { PassageQuote } from './PassageQuote.tsx';
import type { Translate } from '../model/words/message.ts';
import { CopyCitationButton } from './CopyCitationButton.tsx';
import { FeatureTimeline } from './FeatureTimeline.tsx';
import { featureNameFor } from '../state/messages.ts';
import { langOfLocale } from '../model/words/language.ts';
import { copyText } from './clipboard.ts';
import './FeaturePanel.css';

const QUANTITIES = defineMessages({
  length: { id: 'figure.length', defaultMessage: 'Length' },
  voltage: { id: 'figure.voltage', defaultMessage: 'Voltage' },
  capacity: { id: 'figure.capacity', defaultMessage: 'Capacity' },
  power: { id: 'figure.power', defaultMessage: 'Power', description: 'A power plant’s or line’s stated power, in MW' },
  area: { id: 'figure.area', defaultMessage: 'Area' },
  other: { id: 'figure.other', defaultMessage: 'Figure', description: 'A stated figure of another kind' },
}) satisfies Record<Figure['quantity'], unknown>;

/** "as the bulletin states": a figure's link to its passage, per document (each language words it its own way). */
const AS_STATED = defineMessages({
  'bulletin-2026-02': { id: 'feature.figure.asBulletinStates', defaultMessage: 'as the bulletin states' },
  'charter-2026': { id: 'feature.figure.asCharterStates', defaultMessage: 'as the charter states' },
}) satisfies Record<SourceId, unknown>;

/** Feature → passages: what the atlas knows of the selected feature, and every passage that says it. */
export function FeaturePanel() {
  const selectedId = useAtlas((state) => state.selectedId);
  const feature = selectedId ? featureById.get(selectedId) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusWasLost()) headingRef.current?.focus();
  }, [selectedId]);
  const intl = useIntl();
  if (!feature) {
    return (
      <p className="hint">
        <FormattedMessage id="feature.none" defaultMessage="Select a feature on the map or in the list to see what the documents say about it." />
      </p>
    );
  }
  const citations = citationIndex.citationsByFeature.get(feature.id) ?? [];
  const describing = citations.filter((citation) => citation.role === 'describes');
  const context = citations.filter((citation) => citation.role === 'context');
  const alternateNames = feature.properties.alternate_names ?? [];
  const shownName = featureNameFor(langOfLocale(intl.locale))(feature);
  return (
    <article className="feature-details" aria-labelledby="feature-name">
      <h2 id="feature-name" ref={headingRef} tabIndex={-1} lang={shownName === feature.properties.name ? 'en' : undefined}>
        {shownName}
      </h2>
      {/* The English name is the one the documents and the data use: searchable and citable, so it stays in view. */}
      {shownName !== feature.properties.name && (
        <p className="feature-english-name" lang="en">
          {feature.properties.name}
        </p>
      )}
      <p className="feature-layer">
        <LayerSwatch layer={feature.properties.layer} status={feature.properties.status} point={feature.geometry.type === 'Point'} kind={feature.properties.kind} accuracy={feature.properties.geometry_accuracy} />
        {intl.formatMessage(layerTitleMessage(feature.properties.layer))} <StatusBadge feature={feature} />
      </p>
      <div className="feature-actions">
        <CopyLinkButton key={feature.id} />
      </div>
      {alternateNames.length > 0 && (
        <p className="alternate-names">
          <span className="label">
            <FormattedMessage id="feature.otherNames" defaultMessage="Other names:" />{' '}
          </span>
          {alternateNames.map(({ name, usage }, i) => (
            <span key={name + usage} className="alternate-name">
              {i > 0 && ' · '}
              <span lang="en">{name}</span> <span className="usage">({intl.formatMessage(ALTERNATE_NAME_USAGE_MESSAGES[usage])})</span>
            </span>
          ))}
        </p>
      )}
      {/* The data's own notes and summary are written in English (not yet translated), and say so to the browser. */}
      {feature.properties.name_note && <p className="name-note" lang="en">{feature.properties.name_note}</p>}
      {feature.properties.status_note && <p className="status-note" lang="en">{feature.properties.status_note}</p>}
      <StatusSources feature={feature} />
      <FeatureTimeline feature={feature} />
      <p className="summary" lang="en">{feature.properties.summary}</p>
      <Facts feature={feature} citations={citations} />
      <section aria-label={intl.formatMessage({ id: 'feature.passages', defaultMessage: 'Passages' })}>
        <h3>
          <FormattedMessage id="feature.inDocuments" defaultMessage="In the documents" /> <span className="count">({intl.formatNumber(describing.length)})</span>
        </h3>
        {describing.length === 0 && (
          <p className="hint">
            <FormattedMessage
              id="feature.notNamed"
              defaultMessage="The documents do not name this feature. The passages below speak of the corridor or programme it belongs to."
            />
          </p>
        )}
        {describing.map((citation) => (
          <CitedPassage key={citation.key} citation={citation} featureId={feature.id} />
        ))}
      </section>
      {context.length > 0 && (
        <section aria-label={intl.formatMessage({ id: 'feature.context', defaultMessage: 'Context' })} className="context-passages">
          <h3>
            <FormattedMessage id="feature.alsoMentioned" defaultMessage="Also mentioned in…" /> <span className="count">({intl.formatNumber(context.length)})</span>
          </h3>
          <p className="hint">
            <FormattedMessage id="feature.context.hint" defaultMessage="Passages about the wider corridor or programme; they do not describe this feature itself." />
          </p>
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
      <summary>
        <FormattedMessage id="feature.statusSources" defaultMessage="Sources for the status ({count, number})" values={{ count: sources.length }} />
      </summary>
      <ul lang="en">
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
  const intl = useIntl();
  const t: Translate = (message, values) => intl.formatMessage(message, values);
  return (
    <dl className="facts">
      <dt>
        <FormattedMessage id="feature.countries" defaultMessage="Countries" />
      </dt>
      <dd>{countries.map((country) => countryName(country, t)).join(', ')}</dd>
      {figures.map((figure, i) => {
        const stating = citations.find((c) => c.figures.includes(figure));
        return (
          <div key={i} className="fact-row">
            <dt>{t(QUANTITIES[figure.quantity])}</dt>
            <dd>
              {formatFigure(figure, intl.locale, t)}{' '}
              {stating && (
                <button type="button" className="link" onClick={() => openPassage(stating, { select: feature.id })}>
                  {t(AS_STATED[stating.source])}
                </button>
              )}
            </dd>
          </div>
        );
      })}
      {lengths && (
        <div className="fact-row">
          <dt>
            <FormattedMessage id="feature.drawnLength" defaultMessage="Drawn length" />
          </dt>
          <dd>
            <FormattedMessage
              id="feature.drawnLength.against"
              defaultMessage="{drawn} km against {stated} stated ({difference})"
              description="{drawn}: the length of the line as drawn; {stated}: the length a document states, with its unit; {difference}: e.g. +11% or “the same”"
              values={{
                drawn: intl.formatNumber(lengths.drawnKm, { maximumFractionDigits: 0 }),
                stated: formatFigure(lengths.stated, intl.locale, t),
                difference:
                  Math.round(lengths.difference * 100) === 0
                    ? intl.formatMessage({ id: 'feature.drawnLength.same', defaultMessage: 'the same' })
                    : intl.formatNumber(Math.round(lengths.difference * 100) / 100, { style: 'percent', signDisplay: 'always' }),
              }}
            />
            {length_note && (
              <p className="length-note" lang="en">
                {length_note}
              </p>
            )}
          </dd>
        </div>
      )}
      <dt>
        <FormattedMessage id="feature.geometry" defaultMessage="Geometry" description="How exact the drawn line or point is, and where it comes from" />
      </dt>
      <dd>
        <span className={`accuracy accuracy-${geometry_accuracy}`}>{t(ACCURACY_NAME[geometry_accuracy])}</span> {t(ACCURACY_MEANING[geometry_accuracy])}
        <ul className="geometry-sources" lang="en">
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
          <FormattedMessage id="passage.readInSource" defaultMessage="Read in source" />
        </button>
        <CopyCitationButton passage={citation} featureId={featureId} />
        {others.length > 0 && (
          <span className="also-cited">
            <FormattedMessage id="passage.alsoCitedFor" defaultMessage="Also cited for:" />{' '}
            {others.map((id) => (
              <button key={id} type="button" className="link" lang="en" onClick={() => select(id, { focus: true })}>
                {featureById.get(id)?.properties.name ?? id}
              </button>
            ))}
          </span>
        )}
      </div>
    </PassageQuote>
  );
}

/** Copies the link to what is on screen (the feature selected, the year, the filters): sent, it opens the same view. */
function CopyLinkButton() {
  const [copied, setCopied] = useState(false);
  const notify = useAtlas((state) => state.notify);
  const intl = useIntl();
  const copy = async () => {
    if (await copyText(window.location.href)) setCopied(true);
    else notify(intl.formatMessage({ id: 'feature.link.refused', defaultMessage: 'The browser did not allow copying to the clipboard; copy the address from the address bar.' }));
  };
  return (
    <button type="button" onClick={() => void copy()}>
      {copied
        ? intl.formatMessage({ id: 'feature.link.copied', defaultMessage: 'Link copied' })
        : intl.formatMessage({ id: 'feature.link.copy', defaultMessage: 'Copy link to this view', description: 'Copies the address of the view: this feature selected, with the year and filters' })}
    </button>
  );
}
