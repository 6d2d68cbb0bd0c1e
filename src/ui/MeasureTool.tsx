/** Measure a distance along the ground: a toggle, then clicks on the map; Escape or "Done" ends it. */
import { FormattedMessage, useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { UNITS } from '../model/features/featureFacts.ts';
import { clearMeasure, formatKm, measuredKm, startMeasuring, stopMeasuring, undoMeasurePoint } from '../model/geometry/measure.ts';
import './MeasureTool.css';

export function MeasureTool() {
  const measure = useAtlas((state) => state.measure);
  const setMeasure = useAtlas((state) => state.setMeasure);
  const intl = useIntl();
  return (
    <div className="measure-tool">
      <button type="button" aria-pressed={measure.on} onClick={() => setMeasure(measure.on ? stopMeasuring : startMeasuring)}>
        {measure.on
          ? intl.formatMessage({ id: 'measure.done', defaultMessage: 'Done measuring' })
          : intl.formatMessage({ id: 'measure.start', defaultMessage: 'Measure distance' })}
      </button>
      {measure.on && (
        <div className="measure-readout" role="status">
          {measure.points.length < 2 ? (
            <span>
              <FormattedMessage id="measure.hint" defaultMessage="Click points on the map to measure along the ground." />
            </span>
          ) : (
            <span>
              <FormattedMessage
                id="measure.result"
                defaultMessage="<strong>{distance}</strong> along {legs, plural, one {# leg} other {# legs}}"
                description="{distance}: e.g. 12.40 km; a leg is the stretch between two clicked points"
                values={{
                  distance: formatKm(measuredKm(measure.points), intl.locale, intl.formatMessage(UNITS.km)),
                  legs: measure.points.length - 1,
                  strong: (chunks) => <strong className="measure-km">{chunks}</strong>,
                }}
              />
            </span>
          )}
          <button type="button" disabled={measure.points.length === 0} onClick={() => setMeasure(undoMeasurePoint)}>
            <FormattedMessage id="measure.undo" defaultMessage="Undo point" />
          </button>
          <button type="button" disabled={measure.points.length === 0} onClick={() => setMeasure(clearMeasure)}>
            <FormattedMessage id="measure.clear" defaultMessage="Clear" />
          </button>
        </div>
      )}
    </div>
  );
}
