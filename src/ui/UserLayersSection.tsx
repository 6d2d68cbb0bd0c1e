/**
 * "Your data" in the layer list: add a GeoJSON or CSV file (or drop it on the map), watch it being
 * read, see why a file was refused, and rename, recolour, hide or remove the layers it made.
 */
import { wordsOf } from '../model/message';
import { useContext, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/message';
import { MapHandleContext } from './mapHandle';
import './userData.css';
import { useAtlas } from '../state/store';
import { addUserFiles, recolorLayer, removeLayer, renameLayer, showLayer } from '../state/userData';
import { colorOfHex, hexOfColor, MAX_LAYER_NAME, type UserLayer } from '../model/userLayers';
import type { ImportPhase } from '../model/importData';

const PHASE_LABEL = defineMessages({
  reading: { id: 'userData.phase.reading', defaultMessage: 'Reading “{file}”…' },
  checking: { id: 'userData.phase.checking', defaultMessage: 'Checking “{file}”…' },
  preparing: { id: 'userData.phase.preparing', defaultMessage: 'Preparing the drawing of “{file}”…' },
}) satisfies Record<ImportPhase, unknown>;
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
  const intl = useIntl();
  const yourData = intl.formatMessage({ id: 'userData.title', defaultMessage: 'Your data', description: 'The user’s own layers, added from files' });

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    void addUserFiles(files);
  }

  return (
    <section className="user-layers" aria-label={yourData}>
      <h3>{yourData}</h3>
      <div className="row">
        {/* Reaching for the button is time enough for the map to prepare to draw what comes. */}
        <label className="file-button" onPointerEnter={prepareMap} onFocus={prepareMap}>
          <FormattedMessage id="userData.add" defaultMessage="Add GeoJSON or CSV…" />
          <input type="file" accept={ACCEPTED_FILES} multiple onChange={choose} data-testid="user-file" />
        </label>
        <span className="hint">
          <FormattedMessage id="userData.drop" defaultMessage="or drop a file on the map" />
        </span>
      </div>
      {status && (
        <label className="import-progress">
          {intl.formatMessage(PHASE_LABEL[status.phase], { file: status.fileName })}
          <progress
            max={1}
            value={status.progress}
            aria-label={intl.formatMessage({ id: 'userData.importing', defaultMessage: 'Importing {file}' }, { file: status.fileName })}
          />
        </label>
      )}
      {message && (
        <div ref={messageRef} className={`import-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {/* The atlas's words in the language shown; what the file checker found stays English, and says so. */}
          <p>
            {wordsOf((words, values) => intl.formatMessage(words, values), message.text)}
            {message.reason && (
              <>
                {' '}
                <span lang="en">{message.reason}</span>
              </>
            )}
          </p>
          {message.details.length > 0 && (
            <ul className="import-warnings" lang="en" aria-label={intl.formatMessage({ id: 'userData.warnings', defaultMessage: 'Warnings' })}>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => useAtlas.getState().setImportMessage(null)}>
            <FormattedMessage id="userData.dismiss" defaultMessage="Dismiss" />
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
  const intl = useIntl();
  const named = { layer: layer.name };
  return (
    <li className="layer user-layer" data-layer-id={layer.id}>
      <div className="layer-row">
        <input type="checkbox" checked={layer.visible} aria-label={intl.formatMessage({ id: 'find.layer.show', defaultMessage: 'Show {layer}' }, named)} onChange={(event) => void showLayer(layer.id, event.target.checked)} />
        <input
          type="color"
          className="user-layer-color"
          value={hexOfColor(layer.color)}
          aria-label={intl.formatMessage({ id: 'userData.colour', defaultMessage: 'Colour of {layer}' }, named)}
          onChange={(event) => {
            const color = colorOfHex(event.target.value);
            if (color) void recolorLayer(layer.id, color);
          }}
        />
        <input
          className="user-layer-name"
          value={name}
          maxLength={MAX_LAYER_NAME}
          aria-label={intl.formatMessage({ id: 'userData.name', defaultMessage: 'Name of the layer {layer}' }, named)}
          onChange={(event) => setName(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setName(layer.name);
          }}
        />
        <span className="count">({intl.formatNumber(layer.featureCount)})</span>
        <button
          type="button"
          className="remove-layer"
          aria-label={intl.formatMessage({ id: 'userData.remove', defaultMessage: 'Remove {layer}' }, named)}
          onClick={() => void removeLayer(layer.id)}>
          ×
        </button>
      </div>
      {layer.warnings.length > 0 && (
        <details className="user-layer-warnings">
          <summary>
            <FormattedMessage
              id="userData.layerWarnings"
              defaultMessage="{count, plural, one {# warning} other {# warnings}}"
              values={{ count: layer.warnings.length }}
            />
          </summary>
          <ul lang="en">
            {layer.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
