/**
 * "Export picture": the current view as a PNG at a slide or print size, with a title, legend,
 * scale bar and sources to choose. The drawing itself is AtlasMap.exportPicture (src/map/exportPicture.ts),
 * the same code the command-line export calls.
 */
import { useContext, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { EXPORT_PRESETS, MAX_PICTURE_TITLE, type ExportPresetId, type PictureSize } from '../model/exports/exportLayout.ts';
import { useAtlas } from '../state/store.ts';
import { currentScene } from '../state/scene.ts';
import { exportThenAndNow } from './thenAndNow.ts';
import { YEAR_LIMITS } from '../model/view/viewState.ts';
import { describeFrame } from '../model/scene/scene.ts';
import { download } from './download.ts';
import { MapHandleContext } from './mapHandle.ts';
import { exportSlideOf } from './slideFootnotes.ts';
import './ExportDialog.css';

/** PNG is drawn by the map; SVG and PDF are vectors with the passages cited (map/exportSlide.ts). */
type PictureFormat = 'png' | 'svg' | 'pdf';

const FORMAT_LABELS = defineMessages({
  png: { id: 'export.format.png', defaultMessage: 'PNG (picture)' },
  svg: { id: 'export.format.svg', defaultMessage: 'SVG (vectors, layers to edit)' },
  pdf: { id: 'export.format.pdf', defaultMessage: 'PDF (vectors, passages cited on page 2)' },
}) satisfies Record<PictureFormat, unknown>;

const EXPORT_BUTTON = defineMessages({
  png: { id: 'export.png', defaultMessage: 'Export PNG' },
  svg: { id: 'export.svg', defaultMessage: 'Export SVG' },
  pdf: { id: 'export.pdf', defaultMessage: 'Export PDF' },
}) satisfies Record<PictureFormat, unknown>;

const PRESET_LABELS = defineMessages({
  'slide-hd': { id: 'export.preset.slideHd', defaultMessage: 'Slide, Full HD ({width} × {height})' },
  'slide-4k': { id: 'export.preset.slide4k', defaultMessage: 'Slide, 4K ({width} × {height})' },
  'a4-300dpi': { id: 'export.preset.a4', defaultMessage: 'A4 landscape, 300 dpi ({width} × {height})' },
}) satisfies Record<ExportPresetId, unknown>;

type Progress =
  | { kind: 'idle' }
  // The drawing code's words come in the language shown (it formats them with the scene's translate).
  | { kind: 'working'; step: string }
  | { kind: 'failed'; message: string; suggestedSize?: PictureSize }
  | { kind: 'saved'; fileName: string; seconds: number };

/** `mapDrawable`: false where the browser cannot draw the map (no WebGL 2), so there is nothing to draw a picture from. */
export function ExportDialog({ mapDrawable = true }: { mapDrawable?: boolean }) {
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
  const [format, setFormat] = useState<PictureFormat>('png');
  const intl = useIntl();
  const vector = format !== 'png';

  const chosen = EXPORT_PRESETS.find((candidate) => candidate.id === preset);
  const size: PictureSize = chosen ? { width: chosen.width, height: chosen.height } : custom;
  const working = progress.kind === 'working';
  const cannotDraw = intl.formatMessage({
    id: 'export.noWebgl',
    defaultMessage: 'Pictures are drawn by the map, and this browser cannot draw the map (WebGL 2 is turned off or not supported), so no picture can be made here.',
  });

  function open() {
    const { presentation } = useAtlas.getState();
    // The title says what the view is about: the selection, the step, the corridor in view.
    const atlas = mapHandle.current;
    if (!titleEdited) setTitle(atlas ? describeFrame(currentScene(), atlas.shownFrame().bounds).title : '');
    // A presenter's choices of legend and scale bar carry over to the picture for the slide.
    setLegend(presentation.legend);
    setScaleBar(presentation.scale);
    if (!working) setProgress({ kind: 'idle' });
    dialogRef.current?.showModal();
  }

  async function exportPicture() {
    const atlas = mapHandle.current;
    if (!atlas) {
      setProgress({ kind: 'failed', message: mapDrawable ? intl.formatMessage({ id: 'export.noMap', defaultMessage: 'The map is not drawn yet, so there is nothing to export.' }) : cannotDraw });
      return;
    }
    if (vector) {
      setProgress({ kind: 'working', step: intl.formatMessage({ id: 'export.preparing', defaultMessage: 'Preparing…' }) });
      const slide = await exportSlideOf(
        atlas,
        {
          ...size,
          format,
          title: withTitle ? (titleEdited ? title : undefined) : null,
          legend,
          scaleBar,
          sources,
          onProgress: (step: string) => setProgress({ kind: 'working', step }),
        },
        currentScene(),
      );
      if (!slide.ok) {
        setProgress({ kind: 'failed', message: slide.message });
        return;
      }
      download(slide.blob, slide.fileName);
      setProgress({ kind: 'saved', fileName: slide.fileName, seconds: slide.milliseconds / 1000 });
      return;
    }
    if (beside && !(otherYear >= YEAR_LIMITS[0] && otherYear <= YEAR_LIMITS[1])) {
      setProgress({
        kind: 'failed',
        message: intl.formatMessage(
          { id: 'export.otherYear.invalid', defaultMessage: 'The other year must be between {first} and {last}.' },
          { first: String(YEAR_LIMITS[0]), last: String(YEAR_LIMITS[1]) },
        ),
      });
      return;
    }
    setProgress({ kind: 'working', step: intl.formatMessage({ id: 'export.preparing', defaultMessage: 'Preparing…' }) });
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
      {side === 'width'
        ? intl.formatMessage({ id: 'export.width', defaultMessage: 'Width (px)' })
        : intl.formatMessage({ id: 'export.height', defaultMessage: 'Height (px)' })}
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
            void exportPicture();
          }}
        >
          <h2 id={`${id}-heading`}>
            <FormattedMessage id="header.export" defaultMessage="Export picture" />
          </h2>
          {!mapDrawable && (
            <p className="export-unavailable" role="note">
              {cannotDraw}
            </p>
          )}
          <label>
            <FormattedMessage id="export.size" defaultMessage="Size" />
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
                  {intl.formatMessage(PRESET_LABELS[option.id], { width: String(option.width), height: String(option.height) })}
                </option>
              ))}
              <option value="custom">{intl.formatMessage({ id: 'export.customSize', defaultMessage: 'Custom size' })}</option>
            </select>
          </label>
          <div className="export-size">
            {sizeInput('width')}
            {sizeInput('height')}
          </div>
          <label>
            <FormattedMessage id="export.format" defaultMessage="Format" />
            <select value={format} onChange={(event) => setFormat(event.target.value as PictureFormat)}>
              {(['png', 'svg', 'pdf'] as const).map((option) => (
                <option key={option} value={option}>
                  {intl.formatMessage(FORMAT_LABELS[option])}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>
              <FormattedMessage id="export.onPicture" defaultMessage="On the picture" />
            </legend>
            <label className="export-check">
              <input type="checkbox" checked={withTitle} onChange={(event) => setWithTitle(event.target.checked)} />
              <FormattedMessage id="export.title" defaultMessage="Title" />
            </label>
            <label className="export-title">
              <FormattedMessage id="export.titleText" defaultMessage="Title text" />
              <input type="text" value={title} maxLength={MAX_PICTURE_TITLE} disabled={!withTitle} onChange={(event) => {
                  setTitle(event.target.value);
                  setTitleEdited(true);
                }} />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={legend} onChange={(event) => setLegend(event.target.checked)} />
              <FormattedMessage id="export.legend" defaultMessage="Legend of what the picture shows" />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={locator && !vector} disabled={vector} onChange={(event) => setLocator(event.target.checked)} />
              <FormattedMessage id="export.locator" defaultMessage="Locator map (where the view lies in the region)" />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={scaleBar} onChange={(event) => setScaleBar(event.target.checked)} />
              <FormattedMessage id="export.scaleBar" defaultMessage="Scale bar" />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={sources} onChange={(event) => setSources(event.target.checked)} />
              <FormattedMessage id="export.sources" defaultMessage="Sources and basemap credit" />
            </label>
            <label className="export-check">
              <input type="checkbox" checked={beside && !vector} disabled={vector} onChange={(event) => setBeside(event.target.checked)} />
              <FormattedMessage id="export.beside" defaultMessage="Beside the same view in another year" />
            </label>
            <label className="export-title">
              <FormattedMessage id="export.otherYear" defaultMessage="The other year (on the left)" />
              <input type="number" min={YEAR_LIMITS[0]} max={YEAR_LIMITS[1]} step={1} value={otherYear} disabled={!beside || vector} onChange={(event) => setOtherYear(Math.round(Number(event.target.value)))} />
            </label>
          </fieldset>
          <p className="export-note">
            <FormattedMessage
              id="export.note"
              defaultMessage="The picture shows at least what the map shows now, drawn afresh at {width}×{height} pixels."
              values={{ width: String(size.width), height: String(size.height) }}
            />
          </p>
          {vector && (
            <p className="export-note">
              <FormattedMessage
                id="export.vectorNote"
                defaultMessage="An SVG or PDF draws the map as shapes and words, not pixels: each feature a path, the names as text, and the passages that describe the features as numbered footnotes, quoted in English. The locator map and another year are the PNG's only."
              />
            </p>
          )}
          {progress.kind === 'working' && (
            <p role="status" className="export-progress">
              {progress.step}
            </p>
          )}
          {progress.kind === 'saved' && (
            <p role="status" className="export-progress">
              <FormattedMessage
                id="export.saved"
                defaultMessage="Saved {file} ({seconds} s)."
                values={{ file: progress.fileName, seconds: intl.formatNumber(progress.seconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }}
              />
            </p>
          )}
          {progress.kind === 'failed' && (
            <div role="alert" className="export-error">
              <p>{progress.message}</p>
              {progress.suggestedSize && (
                <button type="button" onClick={() => applySuggestedSize(progress.suggestedSize!)}>
                  <FormattedMessage
                    id="export.useSize"
                    defaultMessage="Use {width}×{height}"
                    values={{ width: String(progress.suggestedSize.width), height: String(progress.suggestedSize.height) }}
                  />
                </button>
              )}
            </div>
          )}
          <div className="export-actions">
            <button type="button" onClick={() => dialogRef.current?.close()}>
              <FormattedMessage id="common.close" defaultMessage="Close" />
            </button>
            <button type="submit" className="primary" disabled={working}>
              {working
                ? intl.formatMessage({ id: 'export.exporting', defaultMessage: 'Exporting…' })
                : intl.formatMessage(EXPORT_BUTTON[format])}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
