/**
 * "Views": share the view as a link, go to a corridor, keep views of one's own (in this browser,
 * and as a file to carry elsewhere), and start a presentation that steps through them.
 */
import { useContext, useId, useRef, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';
import { useAtlas, type PresentationStep } from '../state/store.ts';
import { wordsOf, type Worded } from '../model/words/message.ts';
import { keepViews, setAsideDownloaded } from '../state/savedViews.ts';
import { corridorSteps, startPresentation, goToStep } from '../state/presentation.ts';
import { formatViewHash, PALETTE_NAMES, parseViewHash, type PaletteName } from '../model/view/viewState.ts';
import { addViews, MAX_VIEWS, MAX_VIEW_NAME, MAX_VIEWS_FILE_CHARS, parseViews, serializeViews, type SavedView } from '../model/view/namedViews.ts';
import { viewOf, applyView } from '../state/urlSync.ts';
import { download } from './download.ts';
import { MapHandleContext } from './mapHandle.ts';
import { addCarriedLayers, carriedUserLayers } from '../state/userData.ts';
import { describeCarried } from '../model/userData/userLayers.ts';
import { carriedLayersFrom, carriedLayersSection } from '../model/userData/carriedLayers.ts';
import { copyText } from './clipboard.ts';
import { embedCode } from '../model/exports/embedCode.ts';
import { citePassage } from '../model/documents/passageCitation.ts';
import { citationIndex, documents, featureById } from '../state/atlasData.ts';
import { featureNameFor } from '../state/messages.ts';
import { langOfLocale } from '../model/words/language.ts';
import { appUrl } from './appUrl.ts';
import { EMBED_WORDS } from './embedWords.ts';
import { stillOfTheView, type Still } from './stillPicture.ts';
import './ViewsDialog.css';

const PALETTE_LABEL = defineMessages({
  light: { id: 'views.palette.light', defaultMessage: 'Light', description: 'The light colours of the map' },
  'high-contrast': { id: 'views.palette.highContrast', defaultMessage: 'High contrast' },
}) satisfies Record<PaletteName, unknown>;

export function ViewsDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const mapHandle = useContext(MapHandleContext);
  const id = useId();
  const savedViews = useAtlas((state) => state.savedViews);
  const userLayers = useAtlas((state) => state.userLayers);
  const viewStorage = useAtlas((state) => state.viewStorage);
  const presentation = useAtlas((state) => state.presentation);
  const palette = useAtlas((state) => state.palette);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [sequence, setSequence] = useState<'corridors' | 'saved'>('corridors');
  const [link, setLink] = useState('');
  const [embed, setEmbed] = useState('');
  /** Whether the embed code carries a still picture, and what became of the last one asked for. */
  const [stillWanted, setStillWanted] = useState(false);
  const [stillNote, setStillNote] = useState('');
  const stillAsks = useRef(0);
  const intl = useIntl();

  /** The embed code for the view as it is now: the map framed as shown, its subject's passage quoted under it. */
  function currentEmbedCode(stillSrc?: string): string {
    const state = useAtlas.getState();
    const view = { ...viewOf(state), camera: state.camera ?? mapHandle.current?.camera() ?? null };
    const feature = state.selectedId ? featureById.get(state.selectedId) : undefined;
    const citations = feature ? (citationIndex.citationsByFeature.get(feature.id) ?? []) : [];
    const passage = state.passage ?? citations.find((citation) => citation.role === 'describes') ?? citations[0] ?? null;
    const subject = feature ? featureNameFor(langOfLocale(intl.locale))(feature) : null;
    const frameTitle = subject ? intl.formatMessage(EMBED_WORDS.frameTitle, { subject }) : intl.formatMessage(EMBED_WORDS.frameTitleRegion);
    return embedCode(appUrl(), view, passage && citePassage(passage, documents, appUrl(), feature?.id), {
      frameTitle,
      openInAtlas: intl.formatMessage(EMBED_WORDS.openInAtlas),
    }, stillSrc ? { src: stillSrc, alt: frameTitle } : undefined).html;
  }

  /** Draws the view as a still for the embed code (a few seconds), or takes it out again. */
  async function wantStill(wanted: boolean) {
    // Only the latest ask is answered: a picture finished after the box was unticked is dropped.
    const ask = ++stillAsks.current;
    setStillWanted(wanted);
    setEmbed(currentEmbedCode());
    setStillNote('');
    const map = mapHandle.current;
    if (!wanted) return;
    if (!map) {
      setStillNote(intl.formatMessage({ id: 'views.embed.still.noMap', defaultMessage: 'The map is not drawn, so there is no picture to add.' }));
      return;
    }
    setStillNote(intl.formatMessage({ id: 'views.embed.still.drawing', defaultMessage: 'Drawing the picture…' }));
    const still = await stillOfTheView(map).catch(
      (error: unknown): Still => ({
        ok: false,
        message: intl.formatMessage(
          { id: 'views.embed.still.failed', defaultMessage: 'The picture could not be made ({reason}).', description: '{reason} is the browser’s own words, in English' },
          { reason: error instanceof Error ? error.message : String(error) },
        ),
      }),
    );
    if (ask !== stillAsks.current) return;
    if (!still.ok) {
      setStillNote(still.message);
      return;
    }
    setEmbed(currentEmbedCode(still.src));
    setStillNote(
      intl.formatMessage(
        { id: 'views.embed.still.added', defaultMessage: 'Picture added: the code is {size} longer.' },
        { size: intl.formatNumber(Math.round(still.bytes / 1024), { style: 'unit', unit: 'kilobyte' }) },
      ),
    );
  }

  function open() {
    setLink(window.location.href);
    setEmbed(currentEmbedCode());
    // A picture of another view must not travel with this one: it is drawn again when asked for.
    stillAsks.current++;
    setStillWanted(false);
    setStillNote('');
    setMessage('');
    dialogRef.current?.showModal();
  }

  /** Stores the views and says what happened; returns whether the browser storage took them. */
  function keep(views: SavedView[], done: string): boolean {
    const result = keepViews(views);
    setMessage(result.ok ? done : wordsOf((words, values) => intl.formatMessage(words, values), result.message));
    return result.ok;
  }

  function saveCurrent() {
    const state = useAtlas.getState();
    if (savedViews.length >= MAX_VIEWS) {
      setMessage(
        intl.formatMessage(
          { id: 'views.full', defaultMessage: 'This browser keeps at most {max, number} views: delete one to save another.' },
          { max: MAX_VIEWS },
        ),
      );
      return;
    }
    const camera = state.camera ?? mapHandle.current?.camera() ?? null;
    const hash = formatViewHash({ ...viewOf(state), camera, presentation: { ...presentation, on: false } });
    const defaultName = intl.formatMessage({ id: 'views.defaultName', defaultMessage: 'View {number}' }, { number: savedViews.length + 1 });
    const added = addViews(savedViews, [{ name: name.trim() || defaultName, hash, savedAt: new Date().toISOString() }]);
    const saved = added.views[added.views.length - 1].name;
    if (keep(added.views, intl.formatMessage({ id: 'views.saved', defaultMessage: 'Saved "{name}" in this browser.' }, { name: saved }))) setName('');
  }

  /** Writes the views, and the user's layers with their GeoJSON read back from the browser storage, to a file. */
  async function exportFile() {
    const { carried, missing } = await carriedUserLayers(userLayers);
    download(new Blob([serializeViews(savedViews, { ...viewStorage.sections, ...carriedLayersSection(carried) })], { type: 'application/json' }), 'corridor-atlas-views.json');
    const names = missing.map((name) => `"${name}"`).join(', ');
    setMessage(
      missing.length > 0
        ? intl.formatMessage(
            {
              id: 'views.layersNotCarried',
              defaultMessage:
                'The browser storage could not give back your {count, plural, one {layer {names}, so this file does not carry it} other {layers {names}, so this file does not carry them}}.',
              description: 'Said in the views dialog after writing a views file; {names} are the user’s own names of their layers, each in quotes',
            },
            { count: missing.length, names },
          )
        : '',
    );
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const say = (text: Worded | string) => wordsOf((words, values) => intl.formatMessage(words, values), text);
    if (file.size > MAX_VIEWS_FILE_CHARS * 4) {
      setMessage(
        intl.formatMessage(
          {
            id: 'views.import.farTooLarge',
            defaultMessage: 'Nothing was imported: this file is far too large to be a views file (at most {limit} million characters).',
          },
          { limit: String(MAX_VIEWS_FILE_CHARS / 1e6) },
        ),
      );
      return;
    }
    const parsed = parseViews(await file.text());
    const { views } = parsed;
    const carried = carriedLayersFrom(parsed.sections);
    const problems = [...parsed.problems, ...carried.problems].map(say);
    if (carried.layers.length > 0) {
      setMessage(
        intl.formatMessage(
          { id: 'views.import.addingLayers', defaultMessage: 'Adding {count, plural, one {# layer} other {# layers}} of your own data…' },
          { count: carried.layers.length },
        ),
      );
      problems.unshift(...describeCarried(await addCarriedLayers(carried.layers)).map(say));
    }
    const nothing = intl.formatMessage({ id: 'views.import.nothing', defaultMessage: 'Nothing was imported.' });
    if (views.length === 0) {
      setMessage([carried.layers.length > 0 ? '' : nothing, ...problems].filter(Boolean).join(' '));
      return;
    }
    const { views: merged, added, leftOut } = addViews(savedViews, views);
    const full =
      leftOut > 0
        ? [
            intl.formatMessage(
              {
                id: 'views.import.leftOut',
                defaultMessage: '{count, plural, one {# view was} other {# views were}} left out: this browser keeps at most {max, number}.',
              },
              { count: leftOut, max: MAX_VIEWS },
            ),
          ]
        : [];
    if (added === 0) setMessage([nothing, ...full, ...problems].join(' '));
    else {
      const imported = intl.formatMessage({ id: 'views.import.done', defaultMessage: 'Imported {count, plural, one {# view} other {# views}}.' }, { count: added });
      keep(merged, [imported, ...full, ...problems].join(' '));
    }
  }

  function downloadSetAside() {
    if (!viewStorage.setAside) return;
    download(new Blob([viewStorage.setAside], { type: 'text/plain' }), 'corridor-atlas-unreadable-views.txt');
    setAsideDownloaded();
  }

  async function copyLink() {
    setMessage(
      (await copyText(link))
        ? intl.formatMessage({ id: 'views.link.copied', defaultMessage: 'The link is copied.' })
        : intl.formatMessage({ id: 'views.link.refused', defaultMessage: 'Copying was refused by the browser: select the link above and copy it.' }),
    );
  }

  async function copyEmbed() {
    setMessage(
      (await copyText(embed))
        ? intl.formatMessage({ id: 'views.embed.copied', defaultMessage: 'The embed code is copied.' })
        : intl.formatMessage({ id: 'views.embed.refused', defaultMessage: 'Copying was refused by the browser: select the embed code above and copy it.' }),
    );
  }

  function present() {
    const steps: PresentationStep[] =
      sequence === 'saved' ? savedViews.map((view) => ({ name: view.name, hash: view.hash })) : corridorSteps();
    dialogRef.current?.close();
    startPresentation(steps);
  }

  return (
    <>
      <button type="button" className="header-button" onClick={open}>
        <FormattedMessage id="header.views" defaultMessage="Views & presenting" />
      </button>
      <dialog ref={dialogRef} className="views-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>
          <FormattedMessage id="header.views" defaultMessage="Views & presenting" />
        </h2>
        <section>
          <h3>
            <FormattedMessage id="views.share" defaultMessage="Share this view" />
          </h3>
          <div className="row">
            <input
              readOnly
              value={link}
              aria-label={intl.formatMessage({ id: 'views.link', defaultMessage: 'Link to this view' })}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" onClick={copyLink}>
              <FormattedMessage id="views.link.copy" defaultMessage="Copy link" />
            </button>
          </div>
        </section>
        <section>
          <h3>
            <FormattedMessage id="views.embed" defaultMessage="Embed on a web page" description="Heading of the embed code: HTML that shows this view inside another page" />
          </h3>
          <p className="hint">
            <FormattedMessage
              id="views.embed.hint"
              defaultMessage="The map of this view, read-only, with its passage as text under it. Where a page allows no frames, the passage and the link to the atlas are still shown."
            />
          </p>
          <div className="row">
            <textarea
              readOnly
              className="embed-code"
              // Code to paste, not words of the interface: no translating tool or spelling check should touch it.
              translate="no"
              spellCheck={false}
              rows={4}
              value={embed}
              aria-label={intl.formatMessage({ id: 'views.embed.code', defaultMessage: 'Embed code for this view' })}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" onClick={copyEmbed}>
              <FormattedMessage id="views.embed.copy" defaultMessage="Copy embed code" />
            </button>
          </div>
          <label className="embed-still">
            <input type="checkbox" checked={stillWanted} onChange={(event) => void wantStill(event.target.checked)} />{' '}
            <FormattedMessage
              id="views.embed.still"
              defaultMessage="Add a picture of the map for pages that allow no frames"
              description="Checkbox: the embed code then carries a still picture of the view, shown where the host page removes the live map"
            />
          </label>
          {stillNote && (
            <p className="hint" role="status">
              {stillNote}
            </p>
          )}
        </section>
        <section>
          <h3>
            <FormattedMessage id="views.corridors" defaultMessage="Corridors" />
          </h3>
          <ul className="preset-list">
            {corridorSteps().map((step, i) => (
              <li key={step.name}>
                <button
                  type="button"
                  onClick={() => {
                    useAtlas.getState().setSteps(corridorSteps(), i);
                    goToStep(i);
                  }}
                >
                  {step.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h3>
            <FormattedMessage id="views.mine" defaultMessage="My views" />
          </h3>
          <div className="row">
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder={intl.formatMessage({ id: 'views.name', defaultMessage: 'Name of this view' })}
              aria-label={intl.formatMessage({ id: 'views.name', defaultMessage: 'Name of this view' })}
              maxLength={MAX_VIEW_NAME}
            />
            <button type="button" onClick={saveCurrent}>
              <FormattedMessage id="views.save" defaultMessage="Save this view" />
            </button>
          </div>
          {savedViews.length === 0 ? (
            <p className="hint">
              <FormattedMessage id="views.none" defaultMessage="No saved views yet. They are kept in this browser." />
            </p>
          ) : (
            <ul className="saved-views">
              {savedViews.map((view) => (
                <li key={view.name}>
                  <button type="button" className="link" onClick={() => applyView(parseViewHash(view.hash).view, { transition: 'fly' })}>
                    {view.name}
                  </button>
                  <button
                    type="button"
                    aria-label={intl.formatMessage({ id: 'views.delete.label', defaultMessage: 'Delete {name}' }, { name: view.name })}
                    onClick={() =>
                      keep(
                        savedViews.filter((v) => v !== view),
                        intl.formatMessage({ id: 'views.deleted', defaultMessage: 'Deleted "{name}".' }, { name: view.name }),
                      )
                    }
                  >
                    <FormattedMessage id="views.delete" defaultMessage="Delete" />
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="row">
            <button
              type="button"
              disabled={savedViews.length === 0 && userLayers.length === 0}
              onClick={exportFile}
            >
              <FormattedMessage id="views.exportFile" defaultMessage="Export to a file" />
            </button>
            <label className="file-button">
              <FormattedMessage id="views.importFile" defaultMessage="Import from a file" />
              <input type="file" accept="application/json,.json" onChange={importFile} />
            </label>
          </div>
          {viewStorage.setAside && (
            <p className="hint">
              <FormattedMessage
                id="views.setAside"
                defaultMessage="Some views kept in this browser storage could not be read; they are set aside, not deleted."
              />{' '}
              <button type="button" className="link" onClick={downloadSetAside}>
                <FormattedMessage id="views.setAside.download" defaultMessage="Download them as they were" />
              </button>
            </p>
          )}
        </section>
        <section>
          <h3>
            <FormattedMessage id="views.present" defaultMessage="Present" description="Heading: presenting the map full screen" />
          </h3>
          <label className="field">
            <FormattedMessage id="export.title" defaultMessage="Title" />
            <input
              value={presentation.title}
              maxLength={120}
              onChange={(event) => useAtlas.getState().setPresentation({ title: event.target.value })}
            />
          </label>
          <div className="row">
            <label>
              <input type="checkbox" checked={presentation.legend} onChange={(event) => useAtlas.getState().setPresentation({ legend: event.target.checked })} />
              <FormattedMessage id="legend.label" defaultMessage="Legend" />
            </label>
            <label>
              <input type="checkbox" checked={presentation.scale} onChange={(event) => useAtlas.getState().setPresentation({ scale: event.target.checked })} />
              <FormattedMessage id="export.scaleBar" defaultMessage="Scale bar" />
            </label>
            <label>
              <FormattedMessage id="views.colours" defaultMessage="Colours" />{' '}
              <select value={palette} onChange={(event) => useAtlas.getState().setPalette(event.target.value as PaletteName)}>
                {PALETTE_NAMES.map((p) => (
                  <option key={p} value={p}>
                    {intl.formatMessage(PALETTE_LABEL[p])}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="row">
            <legend>
              <FormattedMessage id="views.stepThrough" defaultMessage="Step through (arrow keys)" />
            </legend>
            <label>
              <input type="radio" name={`${id}-sequence`} checked={sequence === 'corridors'} onChange={() => setSequence('corridors')} />
              <FormattedMessage id="views.stepThrough.corridors" defaultMessage="the corridors" />
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-sequence`}
                checked={sequence === 'saved'}
                disabled={savedViews.length === 0}
                onChange={() => setSequence('saved')}
              />
              <FormattedMessage id="views.stepThrough.mine" defaultMessage="my views" />
            </label>
          </fieldset>
          <button type="button" className="primary" onClick={present}>
            <FormattedMessage id="views.start" defaultMessage="Start presentation" />
          </button>
        </section>
        {message && (
          <p className="views-message" role="status">
            {message}
          </p>
        )}
        <form method="dialog">
          <button type="submit">
            <FormattedMessage id="common.close" defaultMessage="Close" />
          </button>
        </form>
      </dialog>
    </>
  );
}
