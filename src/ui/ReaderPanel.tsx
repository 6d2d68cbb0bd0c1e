import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { langOfLocale } from '../model/words/language.ts';
import { useAtlas } from '../state/store.ts';
import { focusWasLost } from './focusLost.ts';
import { citationIndex, documents, exclusions, featureById, texts } from '../state/atlasData.ts';
import { markPassages, passageKey, type CitedPassage } from '../model/documents/citationIndex.ts';
import { blockCoverage, type BlockCoverage } from '../model/documents/readerCoverage.ts';
import { SOURCES, SOURCE_IDS, type SourceId } from '../model/documents/sources.ts';
import type { TextBlock } from '../model/documents/documentText.ts';
import { LAYER_SYMBOLS } from '../model/scene/symbology.ts';
import { toCss } from '../style/palette.ts';
import { moveFocusWithArrows } from './listKeys.ts';
import { CopyCitationButton } from './CopyCitationButton.tsx';
import { DatedPassages } from './FeatureTimeline.tsx';
import './ReaderPanel.css';

/** Passage → feature: a document reflowed for reading, every cited passage marked in its layer's colour. */
export function ReaderPanel() {
  const reader = useAtlas((state) => state.reader);
  const setReader = useAtlas((state) => state.setReader);
  const open = useAtlas((state) => state.passage);
  const intl = useIntl();
  const doc = documents[reader];
  const cited = citationIndex.passagesBySource[reader];
  // A passage opened from a search may be cited by nothing: it is marked all the same.
  const passages = useMemo(() => {
    if (!open || open.source !== reader || citationIndex.passageByKey.has(passageKey(open))) return cited;
    return [...cited, { ...open, key: passageKey(open), featureIds: [] }];
  }, [cited, open, reader]);
  const coverage = useMemo(() => blockCoverage(doc, reader, cited, exclusions), [doc, reader, cited]);
  const onMap = coverage.filter((c) => c.kind === 'on-map').length;
  const notMapped = coverage.filter((c) => c.kind === 'not-mapped').length;
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const mark = textRef.current?.querySelector<HTMLElement>('mark.open');
    mark?.scrollIntoView({ block: 'center' });
    if (focusWasLost()) mark?.focus({ preventScroll: true });
  }, [open, reader]);

  return (
    <div className="reader">
      <div className="reader-documents" role="group" aria-label={intl.formatMessage({ id: 'reader.document', defaultMessage: 'Document' })}>
        {SOURCE_IDS.map((id) => (
          <button key={id} type="button" lang="en" aria-pressed={id === reader} onClick={() => setReader(id)}>
            {SOURCES[id].short_title}
          </button>
        ))}
      </div>
      {/* The document's own title, contents and text: English, never translated. */}
      <h2 className="reader-title" lang="en">
        {SOURCES[reader].title}
      </h2>
      <p className="reader-meta">
        <span className="coverage-summary">
          <FormattedMessage
            id="reader.coverage"
            defaultMessage="{passages, plural, one {# passage} other {# passages}} on the map · {paragraphs, plural, one {# paragraph} other {# paragraphs}} cited"
            values={{ passages: cited.length, paragraphs: onMap }}
          />
          {notMapped > 0 && (
            <>
              {' · '}
              <FormattedMessage id="reader.notReviewed" defaultMessage="{count, number} not yet reviewed" values={{ count: notMapped }} />
            </>
          )}
        </span>
      </p>
      <p className="reader-provenance" lang="en">
        {SOURCES[reader].provenance}
      </p>
      <nav className="reader-contents" aria-label={intl.formatMessage({ id: 'reader.contents', defaultMessage: 'Contents' })}>
        <ol lang="en">
          {doc.sections.map((section) => (
            <li key={section.start}>
              <a href={`#section-${reader}-${section.start}`} onClick={(event) => scrollToSection(event, textRef.current, reader, section.start)}>
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <DatedPassages source={reader} />
      <div className="reader-text" lang="en" ref={textRef} onKeyDown={moveFocusWithArrows}>
        {doc.blocks.map((block, i) => (
          <Block key={block.start} source={reader} block={block} passages={passages} coverage={coverage[i]} />
        ))}
      </div>
    </div>
  );
}

function scrollToSection(event: React.MouseEvent, container: HTMLElement | null, source: SourceId, start: number) {
  // Scroll inside the panel; the address bar keeps the view's link, not a section anchor.
  event.preventDefault();
  const heading = container?.querySelector<HTMLElement>(`#section-${source}-${start}`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

const COVERAGE_LABEL = defineMessages({
  'on-map': { id: 'reader.coverage.onMap', defaultMessage: 'On the map' },
  'not-mappable': { id: 'reader.coverage.notMappable', defaultMessage: 'Not mappable' },
  'not-mapped': { id: 'reader.coverage.notMapped', defaultMessage: 'Not on the map and not yet reviewed' },
}) satisfies Record<Exclude<BlockCoverage['kind'], 'none'>, unknown>;

function Block({ source, block, passages, coverage }: { source: SourceId; block: TextBlock; passages: CitedPassage[]; coverage: BlockCoverage }) {
  const intl = useIntl();
  if (block.kind === 'heading') {
    return (
      <h3 id={`section-${source}-${block.start}`} tabIndex={-1}>
        {block.display}
      </h3>
    );
  }
  if (block.kind === 'front-matter') return <p className="front-matter">{block.display}</p>;
  const runs = markPassages(texts[source], block.start, block.end, passages);
  return (
    <p className={`reader-paragraph coverage-${coverage.kind}`}>
      {coverage.kind !== 'none' && (
        // The atlas's margin note in the interface's language, inside the document's English; its reason is written in English.
        <span className="coverage-mark" lang={langOfLocale(intl.locale)} title={intl.formatMessage(COVERAGE_LABEL[coverage.kind])}>
          {intl.formatMessage(COVERAGE_LABEL[coverage.kind])}
          {coverage.kind === 'not-mappable' && (
            <>
              : <span lang="en">{coverage.reason}</span>
            </>
          )}
        </span>
      )}
      {runs.map((run, i) =>
        run.keys.length === 0 ? <span key={i}>{run.text}</span> : <PassageMark key={i} text={run.text} keys={run.keys} passages={passages} />,
      )}
    </p>
  );
}

function PassageMark({ text, keys, passages: all }: { text: string; keys: string[]; passages: CitedPassage[] }) {
  const openKey = useAtlas((state) => (state.passage ? passageKey(state.passage) : null));
  const intl = useIntl();
  const openPassage = useAtlas((state) => state.openPassage);
  const emphasize = useAtlas((state) => state.emphasize);
  const passages = keys.map((key) => all.find((p) => p.key === key)!);
  // The innermost (shortest) passage decides what a click opens and selects.
  const passage = passages.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const featureIds = infrastructureFirst([...new Set([...passage.featureIds, ...passages.flatMap((p) => p.featureIds)])]);
  const names = featureIds.map((id) => featureById.get(id)?.properties.name ?? id);
  const firstLayer = featureById.get(featureIds[0])?.properties.layer;
  const colour = firstLayer ? LAYER_SYMBOLS[firstLayer].color : ([120, 120, 120] as [number, number, number]);
  const isOpen = keys.includes(openKey ?? '');

  const activate = () => openPassage(passage, { select: featureIds[0], focus: featureIds });
  return (
    <mark
      className={`cited${isOpen ? ' open' : ''}${featureIds.length === 0 ? ' uncited' : ''}`}
      style={{ '--layer-colour': toCss(colour), '--layer-tint': toCss(colour, 0.22) } as CSSProperties}
      role="button"
      tabIndex={0}
      data-nav-item
      data-feature-ids={featureIds.join(' ')}
      aria-label={
        names.length > 0
          ? intl.formatMessage({ id: 'reader.mark.label', defaultMessage: '{passage} — cited for {features}' }, { passage: text, features: names.join(', ') })
          : text
      }
      title={
        names.length > 0
          ? intl.formatMessage({ id: 'reader.mark.title', defaultMessage: 'Cited for: {features}' }, { features: names.join(', ') })
          : intl.formatMessage({ id: 'reader.mark.uncited', defaultMessage: 'Not cited by any feature' })
      }
      onMouseEnter={() => emphasize(featureIds)}
      onMouseLeave={() => emphasize([])}
      onFocus={() => emphasize(featureIds)}
      onBlur={() => emphasize([])}
      onClick={activate}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate();
        }
      }}
    >
      {text}
    </mark>
  );
}

/** A passage about a line and the town it starts from selects the line first. */
function infrastructureFirst(ids: string[]): string[] {
  const isPlace = (id: string) => ['place', 'region'].includes(featureById.get(id)?.properties.kind ?? '');
  return [...ids.filter((id) => !isPlace(id)), ...ids.filter(isPlace)];
}

/** Under the reader: the passage that is open and every feature it is cited for. */
export function OpenPassageBar() {
  const passage = useAtlas((state) => state.passage);
  const select = useAtlas((state) => state.select);
  const selectedId = useAtlas((state) => state.selectedId);
  if (!passage) return null;
  const cited = citationIndex.passageByKey.get(passageKey(passage));
  const ids = infrastructureFirst(cited?.featureIds ?? []);
  return (
    <div className="open-passage" role="status">
      <CopyCitationButton key={passageKey(passage)} passage={passage} featureId={ids.includes(selectedId ?? '') ? selectedId! : ids[0]} />
      {ids.length === 0 ? (
        <span>
          <FormattedMessage id="reader.passage.uncited" defaultMessage="This passage is not cited by any feature on the map." />
        </span>
      ) : (
        <>
          <span>
            <FormattedMessage id="passage.citedFor" defaultMessage="Cited for:" />
          </span>
          {ids.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === selectedId}
              lang="en"
              onClick={() => select(id, { focus: true, showDetails: false })}
            >
              {featureById.get(id)?.properties.name ?? id}
            </button>
          ))}
        </>
      )}
    </div>
  );
}

