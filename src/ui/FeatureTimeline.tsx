/**
 * A project's own timeline in its panel: each status event with when it was said and by whom; a
 * document's passage opens in the reader, an outside source at its address. Where two pieces of
 * evidence give the same status different dates, both stay and the panel says they differ.
 */
import './FeatureTimeline.css';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { features, texts } from '../state/atlasData.ts';
import type { AtlasFeature, StatusEvent } from '../model/features/feature.ts';
import { anchorQuote } from '../model/documents/anchor.ts';
import { assertion, disagreements, eventsCitingDocument } from '../model/features/timeline.ts';
import type { SourceId } from '../model/documents/sources.ts';
import { STATUS_LABELS } from '../model/scene/symbology.ts';
import { formatCalendarDate } from './calendar.ts';

/** "2017-10-30" reads "30 Oct 2017"; "2032~" reads "around 2032"; "../2030" reads "by 2030" (each in the language shown). */
function readableDate(intl: IntlShape, date: string | undefined): string {
  if (!date) return intl.formatMessage({ id: 'date.none', defaultMessage: 'No date given' });
  const by = date.startsWith('../');
  const approximate = /[~?%]$/.test(date);
  const [year, month, day] = date.replace(/^\.\.\//, '').replace(/[~?%]$/, '').split('-').map(Number);
  const text = formatCalendarDate(intl, { year, month, day });
  if (by) return intl.formatMessage({ id: 'date.by', defaultMessage: 'by {date}', description: 'A date that is a deadline: by 2030' }, { date: text });
  if (approximate) return intl.formatMessage({ id: 'date.around', defaultMessage: 'around {date}' }, { date: text });
  return text;
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
  const intl = useIntl();
  const listed = eventsCitingDocument(features, source);
  if (listed.length === 0) return null;
  return (
    <details className="dated-passages">
      <summary>
        <FormattedMessage id="reader.datedPassages" defaultMessage="Dates and statuses stated here ({count, number})" values={{ count: listed.length }} />
      </summary>
      <ul>
        {listed.map(({ feature, event }, i) => (
          <li key={i}>
            <button type="button" className="link" lang="en" onClick={() => openEvidence(event, feature.id)}>
              {feature.properties.name}
            </button>
            : {intl.formatMessage(STATUS_LABELS[event.status])}, {readableDate(intl, event.date)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FeatureTimeline({ feature }: { feature: AtlasFeature }) {
  const openEvidence = useOpenEvidence();
  const intl = useIntl();
  const events = feature.properties.status_events;
  if (!events?.length) return null;
  const differing = disagreements(events);
  const open = (event: StatusEvent) => openEvidence(event, feature.id);
  return (
    <section className="feature-timeline" aria-label={intl.formatMessage({ id: 'timeline.label', defaultMessage: 'Timeline' })}>
      <h3>
        <FormattedMessage id="timeline.label" defaultMessage="Timeline" />
      </h3>
      <ol>
        {events.map((event, i) => {
          const said = assertion(event);
          return (
            <li key={i} className={event.date ? undefined : 'undated-event'}>
              <span className="event-date">{readableDate(intl, event.date)}</span>{' '}
              <span className="event-status">{intl.formatMessage(STATUS_LABELS[event.status]).toLocaleLowerCase(intl.locale)}</span>
              <span className="event-said">
                {' — '}
                {event.citation ? (
                  <FormattedMessage
                    id="timeline.saidByDocument"
                    defaultMessage="the {document}, {date}"
                    description="Who said it: a document (its short name as the data writes it) and when"
                    values={{ document: <span lang="en">{said.by}</span>, date: readableDate(intl, said.on) }}
                  />
                ) : (
                  <>
                    <span lang="en">{said.by}</span>, {readableDate(intl, said.on)}
                  </>
                )}
              </span>
              <span className="event-words">
                {/* A document's words (a quote) or an outside source's, both as written: English. */}
                {event.citation ? <q lang="en">{said.words}</q> : <span lang="en">{said.words}</span>}{' '}
                {event.citation ? (
                  <button type="button" className="link" onClick={() => open(event)}>
                    <FormattedMessage id="passage.readInSource" defaultMessage="Read in source" />
                  </button>
                ) : (
                  said.url && (
                    <a href={said.url} target="_blank" rel="noopener noreferrer">
                      <FormattedMessage id="timeline.source" defaultMessage="Source" description="Link to an outside source" />
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
          <FormattedMessage
            id="timeline.disagreement"
            defaultMessage="The sources differ on when it is {status}: {dates}. Both are shown; the atlas does not choose."
            values={{
              status: intl.formatMessage(STATUS_LABELS[status]).toLocaleLowerCase(intl.locale),
              // Who gave each date is named as the data writes it (English); Intl's list words lack Armenian and Azerbaijani in Chromium.
              dates: dated
                .map((event, i) => (
                  <span key={i}>
                    {readableDate(intl, event.date)} (<span lang="en">{assertion(event).by}</span>)
                  </span>
                ))
                .reduce((first, second) => <>{intl.formatMessage({ id: 'common.and', defaultMessage: '{first} and {second}' }, { first, second })}</>),
            }}
          />
        </p>
      ))}
    </section>
  );
}
