import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useAtlas } from '../state/store';
import { focusWasLost } from './focusLost';
import { citationIndex, documents, exclusions, featureById, texts } from '../state/atlasData';
import { markPassages, passageKey, type CitedPassage } from '../model/citationIndex';
import { blockCoverage, type BlockCoverage } from '../model/readerCoverage';
import { SOURCES, SOURCE_IDS, type SourceId } from '../model/sources';
import type { TextBlock } from '../model/documentText';
import { LAYER_SYMBOLS } from '../style/symbology';
import { toCss } from '../style/palette';
import { moveFocusWithArrows } from './listKeys';
import { CopyCitationButton } from './CopyCitationButton';
import { DatedPassages } from './FeatureTimeline';

/** Passage → feature: a document reflowed for reading, every cited passage marked in its layer's colour. */
export function ReaderPanel() {
  const reader = useAtlas((state) => state.reader);
  const setReader = useAtlas((state) => state.setReader);
  const open = useAtlas((state) => state.passage);
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
      <div className="reader-documents" role="group" aria-label="Document">
        {SOURCE_IDS.map((id) => (
          <button key={id} type="button" aria-pressed={id === reader} onClick={() => setReader(id)}>
            {SOURCES[id].short_title}
          </button>
        ))}
      </div>
      <h2 className="reader-title">{SOURCES[reader].title}</h2>
      <p className="reader-meta">
        <span className="coverage-summary">{cited.length} passages on the map · {onMap} paragraphs
        cited{notMapped > 0 ? ` · ${notMapped} not yet reviewed` : ''}</span>
      </p>
      <p className="reader-provenance">{SOURCES[reader].provenance}</p>
      <nav className="reader-contents" aria-label="Contents">
        <ol>
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
      <div className="reader-text" ref={textRef} onKeyDown={moveFocusWithArrows}>
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

const COVERAGE_LABEL: Record<BlockCoverage['kind'], string> = {
  'on-map': 'On the map',
  'not-mappable': 'Not mappable',
  'not-mapped': 'Not on the map and not yet reviewed',
  none: '',
};

function Block({ source, block, passages, coverage }: { source: SourceId; block: TextBlock; passages: CitedPassage[]; coverage: BlockCoverage }) {
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
        <span className="coverage-mark" title={coverage.kind === 'not-mappable' ? `Not mappable: ${coverage.reason}` : COVERAGE_LABEL[coverage.kind]}>
          {COVERAGE_LABEL[coverage.kind]}
          {coverage.kind === 'not-mappable' ? `: ${coverage.reason}` : ''}
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
  const openPassage = useAtlas((state) => state.openPassage);
  const emphasize = useAtlas((state) => state.emphasize);
  const focus = useAtlas((state) => state.focus);
  const passages = keys.map((key) => all.find((p) => p.key === key)!);
  // The innermost (shortest) passage decides what a click opens and selects.
  const passage = passages.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const featureIds = infrastructureFirst([...new Set([...passage.featureIds, ...passages.flatMap((p) => p.featureIds)])]);
  const names = featureIds.map((id) => featureById.get(id)?.properties.name ?? id);
  const firstLayer = featureById.get(featureIds[0])?.properties.layer;
  const colour = firstLayer ? LAYER_SYMBOLS[firstLayer].color : ([120, 120, 120] as [number, number, number]);
  const isOpen = keys.includes(openKey ?? '');

  const activate = () => {
    openPassage(passage, { select: featureIds[0] });
    if (featureIds.length > 0) focus(featureIds);
  };
  return (
    <mark
      className={`cited${isOpen ? ' open' : ''}${featureIds.length === 0 ? ' uncited' : ''}`}
      style={{ '--layer-colour': toCss(colour), '--layer-tint': toCss(colour, 0.22) } as CSSProperties}
      role="button"
      tabIndex={0}
      data-nav-item
      data-feature-ids={featureIds.join(' ')}
      aria-label={names.length > 0 ? `${text} — cited for ${names.join(', ')}` : text}
      title={names.length > 0 ? `Cited for: ${names.join(', ')}` : 'Not cited by any feature'}
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
        <span>This passage is not cited by any feature on the map.</span>
      ) : (
        <>
          <span>Cited for:</span>
          {ids.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === selectedId}
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

