import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useAtlas } from '../state/store.ts';
import { useScene } from '../state/scene.ts';
import { describeFrame } from '../model/scene/scene.ts';
import { LegendRows } from './MapLegend.tsx';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery.ts';
import './MapKey.css';

/**
 * The key on the map: the layers, line patterns and marks drawn in view, with their swatches (the
 * rows a presentation's legend and an exported picture show), so a newcomer meets no colour
 * unexplained. Open on a desk, at the right, where the opening view leaves it room (openingPadding);
 * folded to a button on a phone, where it would take the map's room. A presentation shows its own
 * legend instead.
 */
export function MapKey() {
  const scene = useScene();
  const frame = useAtlas((state) => state.frame);
  const presenting = useAtlas((state) => state.presentation.on);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const intl = useIntl();
  // Until the reader folds or opens it, the key follows the screen.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const legend = useMemo(() => (frame ? describeFrame(scene, frame.bounds).legend : null), [scene, frame]);
  if (presenting || !legend || legend.layers.length === 0) return null;
  const open = chosen ?? !narrow;
  return (
    <section className="map-key"  aria-label={intl.formatMessage({ id: 'key.label', defaultMessage: 'Key to the map' })} data-covers-map>
      <button type="button" className="map-key-fold" aria-expanded={open} aria-controls="map-key-rows" onClick={() => setChosen(!open)}>
        {open
          ? intl.formatMessage({ id: 'key.fold', defaultMessage: 'Key', description: 'Button that folds the key (legend) of the map' })
          : intl.formatMessage({ id: 'key.unfold', defaultMessage: 'Key ({layers})', description: 'Folded key of the map; {layers}: how many layers it lists' }, { layers: legend.layers.length })}
      </button>
      {open && (
        <div id="map-key-rows">
          <LegendRows rows={legend.layers} />
          {legend.statuses.length > 0 && <LegendRows rows={legend.statuses} className="legend-statuses" />}
          {legend.marks.length > 0 && <LegendRows rows={legend.marks} className="legend-marks" />}
          {legend.accuracy.length > 0 && <LegendRows rows={legend.accuracy} className="legend-accuracy" />}
          {legend.selection.length > 0 && <LegendRows rows={legend.selection} className="legend-selection" />}
        </div>
      )}
    </section>
  );
}
