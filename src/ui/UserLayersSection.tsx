/**
 * "Your data" in the layer list: add a GeoJSON or CSV file (or drop it on the map), watch it being
 * read, see why a file was refused, and rename, recolour, hide or remove the layers it made, or
 * colour them and label their points by a property.
 */
import { wordedKey, wordsOf, type Worded } from '../model/words/message.ts';
import { useContext, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { MapHandleContext } from './mapHandle.ts';
import { useAtlas } from '../state/store.ts';
import { addUserFiles, recolorLayer, removeLayer, renameLayer, restyleLayer, showLayer } from '../state/userData.ts';
import { colorOfHex, hexOfColor, MAX_LAYER_NAME, type UserLayer } from '../model/userData/userLayers.ts';
import type { ImportPhase } from '../model/userData/importData.ts';
import { layerProperties, MAX_LABELLED_POINTS, styleableProperties } from '../model/userData/userLayerStyle.ts';
import './UserLayersSection.css';

const PHASE_LABEL = defineMessages({
  reading: { id: 'userData.phase.reading', defaultMessage: 'Reading “{file}”…' },
  checking: { id: 'userData.phase.checking', defaultMessage: 'Checking “{file}”…' },
  preparing: { id: 'userData.phase.preparing', defaultMessage: 'Preparing the drawing of “{file}”…' },
}) satisfies Record<ImportPhase, unknown>;
export const ACCEPTED_FILES = '.geojson,.json,.csv,application/geo+json,application/json,text/csv';

/** Worded text in the language shown; a plain string is English (a warning kept by an earlier version) and says so. */
function Said({ text }: { text: Worded | string }) {
  const intl = useIntl();
  const words = wordsOf((message, values) => intl.formatMessage(message, values), text);
  return typeof text === 'string' ? <span lang="en">{words}</span> : <>{words}</>;
}

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
          {/* Everything in the language shown, what the file checker found too; the file's own names and numbers stay as they are. */}
          <p>
            <Said text={message.text} />
            {message.reason && (
              <>
                {' '}
                <Said text={message.reason} />
              </>
            )}
          </p>
          {message.details.length > 0 && (
            <ul className="import-warnings" aria-label={intl.formatMessage({ id: 'userData.warnings', defaultMessage: 'Warnings' })}>
              {message.details.map((detail) => (
                <li key={wordedKey(detail)}>
                  <Said text={detail} />
                </li>
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
      <LayerStyleControls layer={layer} />
      {layer.warnings.length > 0 && (
        <details className="user-layer-warnings">
          <summary>
            <FormattedMessage
              id="userData.layerWarnings"
              defaultMessage="{count, plural, one {# warning} other {# warnings}}"
              values={{ count: layer.warnings.length }}
            />
          </summary>
          <ul>
            {layer.warnings.map((warning) => (
              <li key={wordedKey(warning)}>
                <Said text={warning} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * Colour a layer by one of its properties, and label its points by one. The properties are read
 * (the layer's properties text parsed) only once someone opens this: a large layer costs nothing till then.
 */
function LayerStyleControls({ layer }: { layer: UserLayer }) {
  const [open, setOpen] = useState(Boolean(layer.style?.colorBy || layer.style?.labelBy));
  const intl = useIntl();
  // Read once per layer, not on every render of the list (a layer may hold 100,000 features).
  const properties = useMemo(() => (open ? styleableProperties(layerProperties(layer.features)) : []), [open, layer.features]);
  const points = layer.features.points.featureIds.length;
  const named = { layer: layer.name };
  return (
    <details className="user-layer-style" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <FormattedMessage id="userData.style" defaultMessage="Colour and labels by a property" />
      </summary>
      {open && properties.length === 0 && (
        <p className="hint">
          <FormattedMessage id="userData.style.none" defaultMessage="This layer's features have no properties to colour or label them by." />
        </p>
      )}
      {open && properties.length > 0 && (
        <>
          <label>
            <FormattedMessage id="userData.colorBy" defaultMessage="Colour by" />{' '}
            <select
              value={layer.style?.colorBy ?? ''}
              aria-label={intl.formatMessage({ id: 'userData.colorBy.label', defaultMessage: 'Colour {layer} by' }, named)}
              onChange={(event) => void restyleLayer(layer.id, { colorBy: event.target.value || undefined })}>
              <option value="">{intl.formatMessage({ id: 'userData.colorBy.one', defaultMessage: 'one colour' })}</option>
              {properties.map(({ key, kind }) => (
                <option key={key} value={key}>
                  {kind === 'number' ? intl.formatMessage({ id: 'userData.property.number', defaultMessage: '{key} (numbers)' }, { key }) : key}
                </option>
              ))}
            </select>
          </label>
          {points > 0 && (
            <label>
              <FormattedMessage id="userData.labelBy" defaultMessage="Label points by" />{' '}
              <select
                value={layer.style?.labelBy ?? ''}
                disabled={points > MAX_LABELLED_POINTS}
                aria-label={intl.formatMessage({ id: 'userData.labelBy.label', defaultMessage: 'Label the points of {layer} by' }, named)}
                onChange={(event) => void restyleLayer(layer.id, { labelBy: event.target.value || undefined })}>
                <option value="">{intl.formatMessage({ id: 'userData.labelBy.none', defaultMessage: 'no labels' })}</option>
                {properties.map(({ key }) => (
                  <option key={key} value={key}>
                    {key}
                  </option>
                ))}
              </select>
            </label>
          )}
          {points > MAX_LABELLED_POINTS && (
            <p className="hint">
              <FormattedMessage
                id="userData.labelBy.tooMany"
                defaultMessage="Labels are for layers of at most {max, number} points: this one has {count, number}."
                values={{ max: MAX_LABELLED_POINTS, count: points }}
              />
            </p>
          )}
        </>
      )}
    </details>
  );
}
