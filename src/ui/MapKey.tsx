import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAtlas } from '../state/store';
import { useScene } from '../state/scene';
import { cornerBoxes, describeFrame, leastCoveredBox, samplePoints } from '../model/scene';
import { projectInFrame } from '../model/camera';
import { LegendRows } from './MapLegend';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery';

/** Room kept along the map's edges: the measuring button at the top, the scale bar and credits at the bottom. */
const EDGE = { top: 52, bottom: 26, side: 10 };

/**
 * The key on the map: the layers, line patterns and marks drawn in view, with their swatches (the
 * rows a presentation's legend and an exported picture show), so a newcomer meets no colour
 * unexplained. Open on a desk, in the corner where it hides the fewest routes; folded to a button
 * on a phone, where it would take the map's room. A presentation shows its own legend instead.
 */
export function MapKey() {
  const scene = useScene();
  const frame = useAtlas((state) => state.frame);
  const presenting = useAtlas((state) => state.presentation.on);
  const narrow = useMediaQuery(NARROW_SCREEN);
  // Until the reader folds or opens it, the key follows the screen.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const contents = useMemo(() => (frame ? describeFrame(scene, frame.bounds) : null), [scene, frame]);
  const keyRef = useRef<HTMLElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const open = chosen ?? !narrow;

  useLayoutEffect(() => {
    const element = keyRef.current;
    if (!element || !frame || !contents) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const area = { x: 0, y: EDGE.top, width: frame.width, height: frame.height - EDGE.top - EDGE.bottom };
    // Bottom left, bottom right, top left: the zoom buttons hold the top right.
    const corners = cornerBoxes(area, size, EDGE.side).slice(0, 2).concat(cornerBoxes(area, size, EDGE.side)[3]);
    const points = samplePoints(contents.features).map((lonLat) => projectInFrame(lonLat, frame));
    const current = position ? { x: position.left, y: position.top } : undefined;
    const box = leastCoveredBox(corners, points, { current });
    if (position?.left !== box.x || position.top !== box.y) setPosition({ left: box.x, top: box.y });
  }, [contents, frame, open, position]);

  if (presenting || !contents || contents.legend.layers.length === 0) return null;
  const { legend } = contents;
  return (
    <section
      ref={keyRef}
      className="map-key"
      aria-label="Key to the map"
      data-covers-map
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden' }}
    >
      <button type="button" className="map-key-fold" aria-expanded={open} aria-controls="map-key-rows" onClick={() => setChosen(!open)}>
        {open ? 'Key' : `Key (${legend.layers.length})`}
      </button>
      {open && (
        <div id="map-key-rows">
          <LegendRows rows={legend.layers} />
          {legend.statuses.length > 0 && <LegendRows rows={legend.statuses} className="legend-statuses" />}
          {legend.marks.length > 0 && <LegendRows rows={legend.marks} className="legend-marks" />}
        </div>
      )}
    </section>
  );
}
