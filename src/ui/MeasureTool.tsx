/** Measure a distance along the ground: a toggle, then clicks on the map; Escape or "Done" ends it. */
import { useAtlas } from '../state/store';
import { clearMeasure, formatKm, measuredKm, startMeasuring, stopMeasuring, undoMeasurePoint } from '../model/measure';

export function MeasureTool() {
  const measure = useAtlas((state) => state.measure);
  const setMeasure = useAtlas((state) => state.setMeasure);
  return (
    <div className="measure-tool">
      <button type="button" aria-pressed={measure.on} onClick={() => setMeasure(measure.on ? stopMeasuring : startMeasuring)}>
        {measure.on ? 'Done measuring' : 'Measure distance'}
      </button>
      {measure.on && (
        <div className="measure-readout" role="status">
          {measure.points.length < 2 ? (
            <span>Click points on the map to measure along the ground.</span>
          ) : (
            <span>
              <strong className="measure-km">{formatKm(measuredKm(measure.points))}</strong> along {measure.points.length - 1} leg
              {measure.points.length > 2 ? 's' : ''}
            </span>
          )}
          <button type="button" disabled={measure.points.length === 0} onClick={() => setMeasure(undoMeasurePoint)}>
            Undo point
          </button>
          <button type="button" disabled={measure.points.length === 0} onClick={() => setMeasure(clearMeasure)}>
            Clear
          </button>
        </div>
      )}
    </div>
  );
}
