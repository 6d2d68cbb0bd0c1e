import { useMemo } from 'react';
import { useAtlas } from '../state/store';
import { features } from '../state/atlasData';
import { passesStatusFilter } from '../model/feature';
import { legendEntries, type LegendSwatch } from '../map/exportLayout';
import { toCss } from '../style/palette';

/**
 * The legend of the visible layers over the map, for presentations. It is built by the same
 * function as the exported picture's legend, so the two always agree.
 */
export function MapLegend() {
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const statuses = useAtlas((state) => state.statuses);
  const legend = useMemo(
    () => legendEntries(features.filter((f) => passesStatusFilter(f.properties.status, statuses)), visibleLayers, 1),
    [visibleLayers, statuses],
  );
  return (
    <aside className="map-legend" aria-label="Legend">
      <ul>
        {legend.layers.map((entry) => (
          <li key={entry.label}>
            <Swatch swatch={entry.swatch} />
            {entry.label}
          </li>
        ))}
      </ul>
      {legend.statuses.length > 0 && (
        <ul className="legend-statuses">
          {legend.statuses.map((entry) => (
            <li key={entry.label}>
              <Swatch swatch={entry.swatch} />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg className="swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {swatch.kind === 'point' ? (
        <circle cx="14" cy="7" r={Math.min(swatch.radius, 6)} fill={toCss(swatch.color)} stroke="#fff" strokeWidth="1.5" />
      ) : (
        <line
          x1="2"
          y1="7"
          x2="26"
          y2="7"
          stroke={toCss(swatch.color)}
          strokeWidth={Math.min(swatch.width, 4)}
          strokeLinecap="round"
          strokeDasharray={swatch.dash ? swatch.dash.map((d) => d * Math.min(swatch.width, 4)).join(' ') : undefined}
        />
      )}
    </svg>
  );
}
