import { useAtlas } from '../state/store';
import { LAYERS } from '../model/layers';
import { STATUSES } from '../model/feature';
import { STATUS_LABELS } from '../style/symbology';
import { features } from '../state/atlasData';
import { LayerSwatch } from './LayerSwatch';

/** The legend of the visible layers, as they are drawn: for presentations over the map. */
export function MapLegend() {
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const statuses = useAtlas((state) => state.statuses);
  const shown = [...LAYERS].reverse().filter((layer) => visibleLayers.has(layer.id));
  return (
    <aside className="map-legend" aria-label="Legend">
      <ul>
        {shown.map((layer) => (
          <li key={layer.id}>
            <LayerSwatch
              layer={layer.id}
              point={features.filter((f) => f.properties.layer === layer.id).every((f) => f.geometry.type === 'Point')}
            />
            {layer.title}
          </li>
        ))}
      </ul>
      <ul className="legend-statuses">
        {STATUSES.filter((status) => statuses.has(status) && status !== 'under discussion').map((status) => (
          <li key={status}>
            <LayerSwatch layer="places" status={status} />
            {STATUS_LABELS[status]}
          </li>
        ))}
      </ul>
    </aside>
  );
}
