/**
 * The year the map shows, under the map: drag or use the arrow keys, play through the years, step
 * between the years in which something happened, or go back to the documents' present. What each
 * year shows is model/features/timeline.ts's; this only moves the store's year.
 */
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { STATUS_LABELS } from '../model/scene/symbology.ts';
import { formatCalendarDate } from './calendar.ts';
import { useAtlas } from '../state/store.ts';
import { features } from '../state/atlasData.ts';
import './YearSlider.css';
import { PRESENT_TIME, eventYears, nextEventYear, undatedPlans, yearRange, yearTime } from '../model/features/timeline.ts';

const eventLists = features.flatMap((feature) => (feature.properties.status_events ? [feature.properties.status_events] : []));
const [FIRST_YEAR, LAST_YEAR] = yearRange(eventLists);
const EVENT_YEARS = eventYears(eventLists);
const PRESENT_YEAR = new Date(PRESENT_TIME).getUTCFullYear();
const PRESENT_MONTH = { year: PRESENT_YEAR, month: new Date(PRESENT_TIME).getUTCMonth() + 1 };
/** How long each year stays on screen while playing. */
const PLAY_STEP_MS = 900;

export function YearSlider() {
  const year = useAtlas((state) => state.year);
  const setYear = useAtlas((state) => state.setYear);
  const select = useAtlas((state) => state.select);
  const [playing, setPlaying] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const intl = useIntl();
  const shown = year ?? PRESENT_YEAR;
  // The documents' present, February 2026, in the language shown ("Feb 2026", "февр. 2026 г.").
  const present = formatCalendarDate(intl, PRESENT_MONTH);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const current = useAtlas.getState().year ?? PRESENT_YEAR;
      if (current >= LAST_YEAR) setPlaying(false);
      else setYear(current + 1);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, setYear]);

  const plans = useMemo(() => undatedPlans(features, year === null ? PRESENT_TIME : yearTime(year)), [year]);
  const label =
    year === null
      ? intl.formatMessage(
          { id: 'year.present.long', defaultMessage: '{date}, the documents’ present', description: '{date}: February 2026, the month the documents were written' },
          { date: formatCalendarDate(intl, PRESENT_MONTH, true) },
        )
      : intl.formatMessage({ id: 'year.shown.long', defaultMessage: '{year}, as the documents and cited sources state it' }, { year: String(year) });
  const presentAt = ((PRESENT_YEAR + 2 / 12 - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)) * 100;

  if (eventLists.length === 0) return null;
  return (
    <section className="year-slider" aria-label={intl.formatMessage({ id: 'year.label', defaultMessage: 'Year shown' })} data-covers-map>
      <div className="year-controls">
        <button type="button" onClick={() => setYear(nextEventYear(EVENT_YEARS, shown, -1))} disabled={shown <= EVENT_YEARS[0]} aria-label={intl.formatMessage({ id: 'year.previous', defaultMessage: 'Previous year with an event' })}>
          ◀
        </button>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && shown >= LAST_YEAR) setYear(FIRST_YEAR);
            setPlaying(!playing);
          }}
        >
          {playing
            ? intl.formatMessage({ id: 'year.pause', defaultMessage: 'Pause' })
            : intl.formatMessage({ id: 'year.play', defaultMessage: 'Play', description: 'Plays through the years' })}
        </button>
        <button type="button" onClick={() => setYear(nextEventYear(EVENT_YEARS, shown, 1))} disabled={shown >= EVENT_YEARS[EVENT_YEARS.length - 1]} aria-label={intl.formatMessage({ id: 'year.next', defaultMessage: 'Next year with an event' })}>
          ▶
        </button>
        <output className="year-value" aria-live="polite">
          <strong>{year ?? present}</strong>{' '}
          <span className="year-note">
            {year === null
              ? intl.formatMessage({ id: 'year.present.note', defaultMessage: 'the documents’ present' })
              : intl.formatMessage({ id: 'year.shown.note', defaultMessage: 'as the sources state it' })}
          </span>
        </output>
        <button type="button" className="link" disabled={year === null} onClick={() => { setPlaying(false); setYear(null); }}>
          <FormattedMessage id="year.back" defaultMessage="Back to {date}" description="{date}: Feb 2026, the documents' present" values={{ date: present }} />
        </button>
      </div>
      <div className="year-track">
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={shown}
          aria-label={intl.formatMessage({ id: 'year.label', defaultMessage: 'Year shown' })}
          aria-valuetext={label}
          onChange={(event) => {
            setPlaying(false);
            setYear(Number(event.target.value));
          }}
        />
        <span className="present-mark" style={{ left: `${presentAt}%` }} title={label} aria-hidden="true" />
        <span className="year-ends" aria-hidden="true">
          <span>{FIRST_YEAR}</span>
          <span>{LAST_YEAR}</span>
        </span>
      </div>
      {plans.length > 0 && (
        <div className="undated">
          <button type="button" className="chip" aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)}>
            <FormattedMessage
              id="year.undated"
              defaultMessage="{count, plural, one {# plan} other {# plans}} without a date"
              description="Projects the evidence says will happen, without saying when"
              values={{ count: plans.length }}
            />
          </button>
          {listOpen && (
            <ul className="undated-list">
              {plans.map(({ feature, events }) => (
                <li key={feature.id}>
                  <button type="button" className="link" lang="en" onClick={() => select(feature.id, { showDetails: true })}>
                    {feature.properties.name}
                  </button>
                  {events.map((event, i) => (
                    <p key={i}>
                      <FormattedMessage
                        id="year.undated.event"
                        defaultMessage="{status}, no date given:"
                        values={{ status: intl.formatMessage(STATUS_LABELS[event.status]) }}
                      />{' '}
                      <q lang="en">{event.citation?.exact ?? event.source?.says}</q>
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
