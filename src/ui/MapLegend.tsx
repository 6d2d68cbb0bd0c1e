import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { useScene } from '../state/scene.ts';
import { cornerBoxes, describeFrame, leastCoveredBox, samplePoints, type LegendRow } from '../model/scene/scene.ts';
import type { Bounds, Rect } from '../model/geometry/coordinates.ts';
import { projectInFrame, type MapFrame } from '../model/view/camera.ts';
import { Swatch } from './Swatch.tsx';
import { featureById } from '../state/atlasData.ts';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery.ts';
import './MapLegend.css';

/** Room kept free along the map's edges: presentation controls at the bottom, the title at the top. */
const EDGE_MARGIN = { top: 72, bottom: 72, side: 20 };

/**
 * The legend over the map in presentation mode: the rows of what is drawn inside the frame (the
 * same rows as an exported picture's; at a step that frames features, of their layers only), in the corner where it hides the least of the routes. On a
 * phone it starts folded to a button: open, it would take half the screen from the map.
 */
export function MapLegend() {
  const scene = useScene();
  const frame = useAtlas((state) => state.frame);
  const framedSubject = useAtlas((state) => state.framedSubject);
  const legendRef = useRef<HTMLElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const positionRef = useRef(position);
  const steps = useAtlas((state) => state.steps);
  const stepIndex = useAtlas((state) => state.stepIndex);
  // A step's legend keys its own layers: the TRIPP step lists TRIPP, not every corridor that
  // crosses the frame (nine rows, over Türkiye).
  const stepLayers = useMemo(() => {
    const step = steps[stepIndex];
    if (!step || 'hash' in step || !step.featureIds?.length) return null;
    return new Set(step.featureIds.flatMap((id) => featureById.get(id)?.properties.layer ?? []));
  }, [steps, stepIndex]);
  const contents = useMemo(() => {
    if (!frame) return null;
    const shown = stepLayers ? { ...scene, drawn: scene.drawn.filter((feature) => stepLayers.has(feature.properties.layer)), userLayers: [] } : scene;
    return describeFrame(shown, frame.bounds);
  }, [scene, frame, stepLayers]);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const intl = useIntl();
  const [unfolded, setUnfolded] = useState(false);
  const folded = narrow && !unfolded;

  useLayoutEffect(() => {
    const element = legendRef.current;
    if (!element || !frame || !contents) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const area = { x: 0, y: EDGE_MARGIN.top, width: frame.width, height: frame.height - EDGE_MARGIN.top - EDGE_MARGIN.bottom };
    const points = samplePoints(contents.features).map((lonLat) => projectInFrame(lonLat, frame));
    // A step is framed clear of the legend where it stood: the legend may move, but not onto that.
    // Where it grew over the subject in every corner, the step frames once more round it (state/presentation.ts).
    const keepClear = framedSubject ? boxInFrame(framedSubject, frame) : undefined;
    const previous = positionRef.current;
    const current = previous ? { x: previous.left, y: previous.top } : undefined;
    const box = leastCoveredBox(cornerBoxes(area, size, EDGE_MARGIN.side), points, { keepClear, current });
    if (previous?.left !== box.x || previous.top !== box.y) setPosition((positionRef.current = { left: box.x, top: box.y }));
  }, [contents, frame, framedSubject, folded]);

  if (!contents || contents.legend.layers.length === 0) return null;
  const { legend } = contents;
  return (
    <aside
      ref={legendRef}
      className="map-legend"
      aria-label={intl.formatMessage({ id: 'legend.label', defaultMessage: 'Legend' })}
      style={position ? { left: position.left, top: position.top, bottom: 'auto' } : { visibility: 'hidden' }}
    >
      {narrow && (
        <button type="button" className="legend-fold" aria-expanded={!folded} onClick={() => setUnfolded(folded)}>
          {folded
            ? intl.formatMessage({ id: 'legend.unfold', defaultMessage: 'Legend ({layers})', description: '{layers}: how many layers the folded legend lists' }, { layers: legend.layers.length })
            : intl.formatMessage({ id: 'legend.fold', defaultMessage: 'Hide legend' })}
        </button>
      )}
      {!folded && (
        <>
          <LegendRows rows={legend.layers} />
          {legend.statuses.length > 0 && <LegendRows rows={legend.statuses} className="legend-statuses" />}
          {legend.marks.length > 0 && <LegendRows rows={legend.marks} className="legend-marks" />}
          {legend.accuracy.length > 0 && <LegendRows rows={legend.accuracy} className="legend-accuracy" />}
          {legend.selection.length > 0 && <LegendRows rows={legend.selection} className="legend-selection" />}
        </>
      )}
    </aside>
  );
}

/** Legend rows: a swatch and what it stands for (the presentation legend and the map's key). */
export function LegendRows({ rows, className, label }: { rows: LegendRow[]; className?: string; label?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {rows.map((row) => (
        <li key={row.label}>
          <Swatch swatch={row.swatch} />
          {row.label}
        </li>
      ))}
    </ul>
  );
}

/** A longitude/latitude box as a box on the screen. */
function boxInFrame([southWest, northEast]: Bounds, frame: MapFrame): Rect {
  const topLeft = projectInFrame([southWest[0], northEast[1]], frame);
  const bottomRight = projectInFrame([northEast[0], southWest[1]], frame);
  return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
}
