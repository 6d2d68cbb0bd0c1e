/**
 * A project's own timeline in its panel: each status event with when it was said and by whom; a
 * document's passage opens in the reader, an outside source at its address. Where two pieces of
 * evidence give the same status different dates, both stay and the panel says they differ.
 */
import './FeatureTimeline.css';
import { useAtlas } from '../state/store';
import { features, texts } from '../state/atlasData';
import type { AtlasFeature, StatusEvent } from '../model/feature';
import { anchorQuote } from '../model/anchor';
import { assertion, disagreements, eventsCitingDocument } from '../model/timeline';
import type { SourceId } from '../model/sources';

/** "2017-10-30" reads "30 Oct 2017"; "2032~" reads "around 2032"; "../2030" reads "by 2030". */
export function readableDate(date: string | undefined): string {
  if (!date) return 'No date given';
  const by = date.startsWith('../');
  const approximate = /[~?%]$/.test(date);
  const [year, month, day] = date.replace(/^\.\.\//, '').replace(/[~?%]$/, '').split('-').map(Number);
  const text = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'short' } : {}),
    ...(day ? { day: 'numeric' } : {}),
  });
  return by ? `by ${text}` : approximate ? `around ${text}` : text;
}

/** Opens the passage an event rests on in the reader, with its feature selected. */
function useOpenEvidence() {
  const openPassage = useAtlas((state) => state.openPassage);
  return (event: StatusEvent, featureId: string) => {
    const citation = event.citation!;
    const anchored = anchorQuote(texts[citation.source], citation);
    if (anchored.ok) openPassage({ source: citation.source, start: anchored.start, end: anchored.end }, { select: featureId });
  };
}

/** In the reader: the passages of this document that date a status or state one, each with the event it supports. */
export function DatedPassages({ source }: { source: SourceId }) {
  const openEvidence = useOpenEvidence();
  const listed = eventsCitingDocument(features, source);
  if (listed.length === 0) return null;
  return (
    <details className="dated-passages">
      <summary>Dates and statuses stated here ({listed.length})</summary>
      <ul>
        {listed.map(({ feature, event }, i) => (
          <li key={i}>
            <button type="button" className="link" onClick={() => openEvidence(event, feature.id)}>
              {feature.properties.name}
            </button>
            : {event.status}, {readableDate(event.date).replace(/^No date given$/, 'no date given')}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FeatureTimeline({ feature }: { feature: AtlasFeature }) {
  const openEvidence = useOpenEvidence();
  const events = feature.properties.status_events;
  if (!events?.length) return null;
  const differing = disagreements(events);
  const open = (event: StatusEvent) => openEvidence(event, feature.id);
  return (
    <section className="feature-timeline" aria-label="Timeline">
      <h3>Timeline</h3>
      <ol>
        {events.map((event, i) => {
          const said = assertion(event);
          return (
            <li key={i} className={event.date ? undefined : 'undated-event'}>
              <span className="event-date">{readableDate(event.date)}</span> <span className="event-status">{event.status}</span>
              <span className="event-said">
                {' '}
                — {event.citation ? 'the ' : ''}
                {said.by}, {readableDate(said.on)}
              </span>
              <span className="event-words">
                {event.citation ? <q lang="en">{said.words}</q> : said.words}{' '}
                {event.citation ? (
                  <button type="button" className="link" onClick={() => open(event)}>
                    Read in source
                  </button>
                ) : (
                  said.url && (
                    <a href={said.url} target="_blank" rel="noopener noreferrer">
                      Source
                    </a>
                  )
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {differing.map(({ status, events: dated }) => (
        <p key={status} className="disagreement" role="note">
          The sources differ on when it is {status}:{' '}
          {dated.map((event) => `${readableDate(event.date)} (${assertion(event).by})`).join(' and ')}. Both are shown; the atlas does not choose.
        </p>
      ))}
    </section>
  );
}
