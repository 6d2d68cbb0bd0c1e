/**
 * "Your data" in the layer list: add a GeoJSON or CSV file (or drop it on the map), watch it being
 * read, see why a file was refused, and rename, recolour, hide or remove the layers it made.
 */
import { useContext, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MapHandleContext } from './mapHandle';
import './userData.css';
import { useAtlas } from '../state/store';
import { addUserFiles, recolorLayer, removeLayer, renameLayer, showLayer } from '../state/userData';
import { colorOfHex, hexOfColor, MAX_LAYER_NAME, type UserLayer } from '../model/userLayers';
import type { ImportPhase } from '../model/importData';

const PHASE_LABEL: Record<ImportPhase, string> = { reading: 'Reading', checking: 'Checking', preparing: 'Preparing the drawing of' };
export const ACCEPTED_FILES = '.geojson,.json,.csv,application/geo+json,application/json,text/csv';

export function UserLayersSection() {
  const mapHandle = useContext(MapHandleContext);
  const layers = useAtlas((state) => state.userLayers);
  const status = useAtlas((state) => state.importStatus);
  const message = useAtlas((state) => state.importMessage);
  const messageRef = useRef<HTMLDivElement>(null);
  // A file dropped on the map is answered down here, under the filters: the panel scrolls to say so.
  // Only the panel scrolls (element.scrollIntoView would also scroll the page, moving the map under the pointer).
  useEffect(() => {
    const element = messageRef.current;
    const panel = element?.closest('.tab-panel');
    if (!element || !panel) return;
    const [box, frame] = [element.getBoundingClientRect(), panel.getBoundingClientRect()];
    if (box.top < frame.top || box.bottom > frame.bottom) panel.scrollTop += box.top - frame.top - 16;
  }, [message]);

  const prepareMap = () => void mapHandle.current?.prepareForUserData();

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void addUserFiles(files);
  }

  return (
    <section className="user-layers" aria-label="Your data">
      <h3>Your data</h3>
      <div className="row">
        {/* Reaching for the button is time enough for the map to prepare to draw what comes. */}
        <label className="file-button" onPointerEnter={prepareMap} onFocus={prepareMap}>
          Add GeoJSON or CSV…
          <input type="file" accept={ACCEPTED_FILES} multiple onChange={choose} data-testid="user-file" />
        </label>
        <span className="hint">or drop a file on the map</span>
      </div>
      {status && (
        <label className="import-progress">
          {PHASE_LABEL[status.phase]} “{status.fileName}”…
          <progress max={1} value={status.progress} aria-label={`Importing ${status.fileName}`} />
        </label>
      )}
      {message && (
        <div ref={messageRef} className={`import-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
          {message.details.length > 0 && (
            <ul className="import-warnings" aria-label="Warnings">
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => useAtlas.getState().setImportMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      {layers.length > 0 && (
        <ul className="layers user-layer-list">
          {[...layers].reverse().map((layer) => (
            <UserLayerEntry key={layer.id} layer={layer} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UserLayerEntry({ layer }: { layer: UserLayer }) {
  const [name, setName] = useState(layer.name);
  const [editedFrom, setEditedFrom] = useState(layer.name);
  // A name changed elsewhere (a views file, another tab's storage) replaces what is in the box.
  if (editedFrom !== layer.name) {
    setEditedFrom(layer.name);
    setName(layer.name);
  }
  const commit = () => {
    if (name !== layer.name) void renameLayer(layer.id, name);
  };
  return (
    <li className="layer user-layer" data-layer-id={layer.id}>
      <div className="layer-row">
        <input type="checkbox" checked={layer.visible} aria-label={`Show ${layer.name}`} onChange={(event) => void showLayer(layer.id, event.target.checked)} />
        <input
          type="color"
          className="user-layer-color"
          value={hexOfColor(layer.color)}
          aria-label={`Colour of ${layer.name}`}
          onChange={(event) => {
            const color = colorOfHex(event.target.value);
            if (color) void recolorLayer(layer.id, color);
          }}
        />
        <input
          className="user-layer-name"
          value={name}
          maxLength={MAX_LAYER_NAME}
          aria-label={`Name of the layer ${layer.name}`}
          onChange={(event) => setName(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setName(layer.name);
          }}
        />
        <span className="count">({layer.featureCount.toLocaleString('en-GB')})</span>
        <button type="button" className="remove-layer" aria-label={`Remove ${layer.name}`} onClick={() => void removeLayer(layer.id)}>
          ×
        </button>
      </div>
      {layer.warnings.length > 0 && (
        <details className="user-layer-warnings">
          <summary>
            {layer.warnings.length} warning{layer.warnings.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {layer.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
