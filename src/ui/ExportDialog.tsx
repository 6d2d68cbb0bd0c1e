/**
 * "Export picture": the current view as a PNG at a slide or print size, with a title, legend,
 * scale bar and sources to choose. The drawing itself is AtlasMap.exportPicture (src/map/exportPicture.ts),
 * the same code the command-line export calls.
 */
import { useContext, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { EXPORT_PRESETS, MAX_PICTURE_TITLE, type ExportPresetId, type PictureSize } from '../map/exportLayout';
import { useAtlas } from '../state/store';
import { currentScene } from '../state/scene';
import { exportThenAndNow } from './thenAndNow';
import { YEAR_LIMITS } from '../model/viewState';
import { describeFrame } from '../model/scene';
import { download } from './download';
import { MapHandleContext } from './mapHandle';

type Progress =
  | { kind: 'idle' }
  | { kind: 'working'; step: string }
  | { kind: 'failed'; message: string; suggestedSize?: PictureSize }
  | { kind: 'saved'; fileName: string; seconds: number };

export function ExportDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const mapHandle = useContext(MapHandleContext);
  const id = useId();
  const [preset, setPreset] = useState<ExportPresetId | 'custom'>('slide-hd');
  const [custom, setCustom] = useState<PictureSize>({ width: 2400, height: 1600 });
  const [withTitle, setWithTitle] = useState(true);
  const [title, setTitle] = useState('');
  /** A title the user typed is kept across openings; until then the picture's own subject is used. */
  const [titleEdited, setTitleEdited] = useState(false);
  const [legend, setLegend] = useState(true);
  const [scaleBar, setScaleBar] = useState(true);
  const [locator, setLocator] = useState(false);
  const [sources, setSources] = useState(true);
  // A second year beside the one the map shows: then and now in one picture.
  const [beside, setBeside] = useState(false);
  const [otherYear, setOtherYear] = useState(2017);
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  const chosen = EXPORT_PRESETS.find((candidate) => candidate.id === preset);
  const size: PictureSize = chosen ? { width: chosen.width, height: chosen.height } : custom;
  const working = progress.kind === 'working';

  function open() {
    const { presentation } = useAtlas.getState();
    // The title says what the view is about: the selection, the step, the corridor in view.
    const atlas = mapHandle.current;
    if (!titleEdited) setTitle(atlas ? describeFrame(currentScene(), atlas.frame().bounds).title : '');
    // A presenter's choices of legend and scale bar carry over to the picture for the slide.
    setLegend(presentation.legend);
    setScaleBar(presentation.scale);
    if (!working) setProgress({ kind: 'idle' });
    dialogRef.current?.showModal();
  }

  async function exportPng() {
    const atlas = mapHandle.current;
    if (!atlas) {
      setProgress({ kind: 'failed', message: 'The map is not drawn yet, so there is nothing to export.' });
      return;
    }
    if (beside && !(otherYear >= YEAR_LIMITS[0] && otherYear <= YEAR_LIMITS[1])) {
      setProgress({ kind: 'failed', message: `The other year must be between ${YEAR_LIMITS[0]} and ${YEAR_LIMITS[1]}.` });
      return;
    }
    setProgress({ kind: 'working', step: 'Preparing…' });
    const options = {
      ...size,
      // Unedited, the picture is titled by what its own (larger) frame shows.
      title: withTitle ? (titleEdited ? title : undefined) : null,
      legend,
      locator,
      scaleBar,
      sources,
      onProgress: (step: string) => setProgress({ kind: 'working', step }),
    };
    const result = beside
      ? await exportThenAndNow(atlas, options, [otherYear, useAtlas.getState().year])
      : await atlas.exportPicture(options, currentScene());
    if (!result.ok) {
      setProgress({ kind: 'failed', message: result.message, suggestedSize: result.suggestedSize });
      return;
    }
    download(result.blob, result.fileName);
    setProgress({ kind: 'saved', fileName: result.fileName, seconds: result.milliseconds / 1000 });
  }

  function applySuggestedSize(suggested: PictureSize) {
    setPreset('custom');
    setCustom(suggested);
    setProgress({ kind: 'idle' });
  }

  const sizeInput = (side: 'width' | 'height') => (
    <label>
      {side === 'width' ? 'Width' : 'Height'} (px)
      <input
        type="number"
        min={200}
        step={1}
        value={size[side]}
        disabled={preset !== 'custom'}
        onChange={(event) => setCustom({ ...custom, [side]: Math.round(Number(event.target.value)) })}
      />
    </label>
  );

  return (
    <>
      <button type="button" className="export-open" onClick={open}>
        <FormattedMessage id="header.export" defaultMessage="Export picture" />
      </button>
      <dialog
        ref={dialogRef}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-heading`}
      >
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void exportPng();
          }}
        >
          <h2 id={`${id}-heading`}>Export picture</h2>
          <label>
            Size
            <select
              value={preset}
              onChange={(event) => {
                // A custom size starts from the size chosen so far.
                if (event.target.value === 'custom') setCustom(size);
                setPreset(event.target.value as ExportPresetId | 'custom');
              }}
            >
              {EXPORT_PRESETS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
              <option value="custom">Custom size</option>
            </select>
          </label>
          <div className="export-size">
            {sizeInput('width')}
            {sizeInput('height')}
          </div>
          <fieldset>
            <legend>On the picture</legend>
            <label className="export-check">
              <input type="checkbox" checked={withTitle} onChange={(event) => setWithTitle(event.target.checked)} />
              Title
            </label>
            <label className="export-title">
              Title text
              <input type="text" value={title} maxLength={MAX_PICTURE_TITLE} disabled={!withTitle} onChange={(event) => {
                  setTitle(event.target.value);
                  setTitleEdited(true);
                }} />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={legend} onChange={(event) => setLegend(event.target.checked)} />
              Legend of what the picture shows
            </label>
            <label className="export-check">
              <input type="checkbox" checked={locator} onChange={(event) => setLocator(event.target.checked)} />
              Locator map (where the view lies in the region)
            </label>
            <label className="export-check">
              <input type="checkbox" checked={scaleBar} onChange={(event) => setScaleBar(event.target.checked)} />
              Scale bar
            </label>
            <label className="export-check">
              <input type="checkbox" checked={sources} onChange={(event) => setSources(event.target.checked)} />
              Sources and basemap credit
            </label>
            <label className="export-check">
              <input type="checkbox" checked={beside} onChange={(event) => setBeside(event.target.checked)} />
              Beside the same view in another year
            </label>
            <label className="export-title">
              The other year (on the left)
              <input type="number" min={YEAR_LIMITS[0]} max={YEAR_LIMITS[1]} step={1} value={otherYear} disabled={!beside} onChange={(event) => setOtherYear(Math.round(Number(event.target.value)))} />
            </label>
          </fieldset>
          <p className="export-note">
            The picture shows at least what the map shows now, drawn afresh at {size.width}×{size.height} pixels.
          </p>
          {progress.kind === 'working' && (
            <p role="status" className="export-progress">
              {progress.step}
            </p>
          )}
          {progress.kind === 'saved' && (
            <p role="status" className="export-progress">
              Saved {progress.fileName} ({progress.seconds.toFixed(1)} s).
            </p>
          )}
          {progress.kind === 'failed' && (
            <div role="alert" className="export-error">
              <p>{progress.message}</p>
              {progress.suggestedSize && (
                <button type="button" onClick={() => applySuggestedSize(progress.suggestedSize!)}>
                  Use {progress.suggestedSize.width}×{progress.suggestedSize.height}
                </button>
              )}
            </div>
          )}
          <div className="export-actions">
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
            <button type="submit" className="primary" disabled={working}>
              {working ? 'Exporting…' : 'Export PNG'}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
