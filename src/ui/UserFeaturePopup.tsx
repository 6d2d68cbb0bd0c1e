import { useIntl } from 'react-intl';
/** A clicked feature of the user's own data: its properties, always as plain text, never as markup. */
import { useContext } from 'react';
import { useAtlas } from '../state/store.ts';
import { userFeatureProperties } from '../map/userLayerLayers.ts';
import { MapHandleContext } from './mapHandle.ts';
import './UserFeaturePopup.css';

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function UserFeaturePopup() {
  const pick = useAtlas((state) => state.userPick);
  const intl = useIntl();
  const layer = useAtlas((state) => state.userLayers.find((candidate) => candidate.id === pick?.layerId));
  // A popup at a place on the map follows it when the map has moved there.
  useAtlas((state) => state.camera);
  const atlas = useContext(MapHandleContext).current;
  if (!pick || !layer) return null;
  const { x, y } = 'lonLat' in pick.at ? (atlas?.project(pick.at.lonLat) ?? { x: 0, y: 0 }) : pick.at;
  const properties = Object.entries(userFeatureProperties(layer, pick.index)).slice(0, 50);
  return (
    <div className="user-feature-popup" role="dialog" aria-label={`Feature of ${layer.name}`} style={{ left: x + 12, top: y + 12 }}>
      <div className="user-feature-head">
        <strong>{layer.features.names[pick.index]}</strong>
        <span className="hint"> · {layer.name} (your data)</span>
        <button type="button" aria-label={intl.formatMessage({ id: 'common.close', defaultMessage: 'Close' })} onClick={() => useAtlas.getState().pickUserFeature(null)}>
          ×
        </button>
      </div>
      {properties.length === 0 ? (
        <p className="hint">{intl.formatMessage({ id: 'userData.noProperties', defaultMessage: 'No properties.' })}</p>
      ) : (
        <table>
          <tbody>
            {properties.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{asText(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
