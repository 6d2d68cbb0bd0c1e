import { useEffect, useLayoutEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { goToStep, overlayLaidOut, stopPresentation, takeFocusBeforePresenting } from '../state/presentation.ts';
import { MapLegend } from './MapLegend.tsx';
import { keyBelongsToFocus } from './keys.ts';
import { PassageQuote } from './PassageQuote.tsx';
import { anchorQuote } from '../model/documents/anchor.ts';
import { texts, tour } from '../state/atlasData.ts';
import { tourTranslationFor } from '../state/messages.ts';
import { langOfLocale, type Lang } from '../model/words/language.ts';
import { stepWords, type StepWords } from '../model/view/tourTranslation.ts';
import type { PresentationStep, StepCaption } from '../state/store.ts';
import './PresentationOverlay.css';

/** What a presenter shows over the full-screen map: the title, the legend, where they are in the sequence. */
export function PresentationOverlay() {
  const presentation = useAtlas((state) => state.presentation);
  const steps = useAtlas((state) => state.steps);
  const stepIndex = useAtlas((state) => state.stepIndex);
  const frame = useAtlas((state) => state.frame);

  const controlsRef = useRef<HTMLDivElement>(null);
  const intl = useIntl();

  // Full screen while presenting (if the browser grants it); leaving full screen leaves the
  // presentation; at the end the focus goes back to what started it.
  useEffect(() => {
    if (!presentation.on) return;
    const returnTo = takeFocusBeforePresenting();
    controlsRef.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    // Refused without a click (a link that opens presenting) or in a frame: presenting goes on in the window.
    if (document.fullscreenEnabled && !document.fullscreenElement) document.documentElement.requestFullscreen().catch(() => {});
    const onFullScreenChange = () => {
      if (!document.fullscreenElement && useAtlas.getState().presentation.on) stopPresentation();
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      const visible = returnTo?.isConnected && returnTo.getClientRects().length > 0;
      (visible ? returnTo : document.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus();
    };
  }, [presentation.on]);

  // A step waits for the caption, controls and legend to be laid out over the view the map arrived
  // at before it frames its features once more round them (state/presentation.ts). The legend's
  // layout runs first (a child's), and a position it sets is committed before this report is heard.
  useLayoutEffect(() => {
    if (presentation.on) overlayLaidOut(steps[stepIndex], frame);
  }, [presentation, steps, stepIndex, frame]);

  useEffect(() => {
    if (!presentation.on) return;
    const onKey = (event: KeyboardEvent) => {
      // Escape always leaves, wherever the focus is, unless an open dialog takes it for itself.
      if (event.key === 'Escape' ? (event.target as HTMLElement).closest('dialog[open]') : keyBelongsToFocus(event)) return;
      const { stepIndex: current } = useAtlas.getState();
      if (['ArrowRight', 'PageDown', ' '].includes(event.key)) void goToStep(current + 1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) void goToStep(current - 1);
      else if (event.key === 'Home') void goToStep(0);
      else if (event.key === 'End') void goToStep(Number.MAX_SAFE_INTEGER);
      else if (event.key === 'Escape') stopPresentation();
      else return;
      // The keys move through the presentation, not the map.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [presentation.on]);

  if (!presentation.on) return null;
  const caption = currentCaption(steps[stepIndex]);
  const words = caption ? captionWords(caption, langOfLocale(intl.locale)) : null;
  return (
    <div className="presentation-overlay">
      {presentation.title && <h2 className="presentation-title" data-covers-map>{presentation.title}</h2>}
      {presentation.legend && <MapLegend />}
      {caption && words && <Caption caption={caption} words={words} />}
      <div ref={controlsRef} className="presentation-controls" role="toolbar" aria-label={intl.formatMessage({ id: 'presentation.label', defaultMessage: 'Presentation' })} data-covers-map>
        {steps.length > 0 && (
          <>
            <button type="button" onClick={() => void goToStep(stepIndex - 1)} disabled={stepIndex === 0} aria-label={intl.formatMessage({ id: 'presentation.previous', defaultMessage: 'Previous view' })}>
              ◀
            </button>
            <span className="presentation-step" aria-live="polite">
              <FormattedMessage
                id="presentation.step"
                defaultMessage="{step}/{steps}: {name}"
                description="Where the presenter is: step 3 of 12, and its name"
                values={{
                  step: intl.formatNumber(stepIndex + 1),
                  steps: intl.formatNumber(steps.length),
                  // A tour step's name is its title, in the language shown where the tour has it.
                  name: words ? <span lang={words.lang}>{words.title}</span> : steps[stepIndex]?.name,
                }}
              />
            </span>
            <button type="button" onClick={() => void goToStep(stepIndex + 1)} disabled={stepIndex >= steps.length - 1} aria-label={intl.formatMessage({ id: 'presentation.next', defaultMessage: 'Next view' })}>
              ▶
            </button>
          </>
        )}
        <button type="button" onClick={stopPresentation}>
          <FormattedMessage id="presentation.exit" defaultMessage="Exit (Esc)" description="Leaves the presentation or tour; Esc is the key" />
        </button>
      </div>
    </div>
  );
}

function currentCaption(step: PresentationStep | undefined): StepCaption | undefined {
  return step && 'caption' in step ? step.caption : undefined;
}

/** A tour step's title and words in the language shown, where the tour has them (else English, marked so). */
function captionWords(caption: StepCaption, lang: Lang): StepWords {
  return tour?.steps[caption.step] ? stepWords(tour, caption.step, tourTranslationFor(lang), lang) : { title: caption.title, text: caption.text, lang: 'en' };
}

/** A tour step's words, and the passage of the documents it rests on, attributed. */
function Caption({ caption, words }: { caption: StepCaption; words: StepWords }) {
  const anchored = caption.passage ? anchorQuote(texts[caption.passage.source], caption.passage) : null;
  const intl = useIntl();
  return (
    <section className="tour-caption" aria-live="polite" aria-label={intl.formatMessage({ id: 'tour.label', defaultMessage: 'Tour' })} data-covers-map>
      <h2 lang={words.lang}>{words.title}</h2>
      {caption.year !== undefined && (
        <p className="tour-year">
          {intl.formatMessage(
            { id: 'tour.year', defaultMessage: 'The map shows {year}, as the cited sources state it.', description: 'A tour step that shows the network in another year than the documents\' present' },
            { year: caption.year },
          )}
        </p>
      )}
      <p lang={words.lang}>{words.text}</p>
      {caption.passage && anchored?.ok && (
        <PassageQuote passage={{ source: caption.passage.source, start: anchored.start, end: anchored.end }} />
      )}
    </section>
  );
}
