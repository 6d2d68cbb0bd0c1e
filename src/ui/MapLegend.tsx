import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAtlas } from '../state/store';
import { useScene } from '../state/scene';
import { cornerBoxes, describeFrame, leastCoveredBox, samplePoints, type LegendRow } from '../model/scene';
import { projectInFrame } from '../model/camera';
import { Swatch } from './Swatch';

/** Room kept free along the map's edges: presentation controls at the bottom, the title at the top. */
const EDGE_MARGIN = { top: 72, bottom: 72, side: 20 };

/**
 * The legend over the map in presentation mode: the rows of what is drawn inside the frame (the
 * same rows as an exported picture's), in the corner where it hides the least of the routes.
 */
export function MapLegend() {
  const scene = useScene();
  const frame = useAtlas((state) => state.frame);
  const legendRef = useRef<HTMLElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const contents = useMemo(() => (frame ? describeFrame(scene, frame.bounds) : null), [scene, frame]);

  useLayoutEffect(() => {
    const element = legendRef.current;
    if (!element || !frame || !contents) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const area = { x: 0, y: EDGE_MARGIN.top, width: frame.width, height: frame.height - EDGE_MARGIN.top - EDGE_MARGIN.bottom };
    const points = samplePoints(contents.features).map((lonLat) => projectInFrame(lonLat, frame));
    const box = leastCoveredBox(cornerBoxes(area, size, EDGE_MARGIN.side), points);
    setPosition((previous) => (previous?.left === box.x && previous.top === box.y ? previous : { left: box.x, top: box.y }));
  }, [contents, frame]);

  if (!contents || contents.legend.layers.length === 0) return null;
  const { legend } = contents;
  return (
    <aside
      ref={legendRef}
      className="map-legend"
      aria-label="Legend"
      style={position ? { left: position.left, top: position.top, bottom: 'auto' } : { visibility: 'hidden' }}
    >
      <Rows rows={legend.layers} />
      {legend.statuses.length > 0 && <Rows rows={legend.statuses} className="legend-statuses" />}
      {legend.marks.length > 0 && <Rows rows={legend.marks} className="legend-marks" />}
    </aside>
  );
}

function Rows({ rows, className }: { rows: LegendRow[]; className?: string }) {
  return (
    <ul className={className}>
      {rows.map((row) => (
        <li key={row.label}>
          <Swatch swatch={row.swatch} />
          {row.label}
        </li>
      ))}
    </ul>
  );
}
