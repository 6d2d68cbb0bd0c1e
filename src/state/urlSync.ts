/**
 * Keeps the link in the address bar in step with the view, both ways: a reload or a shared link
 * lands on the same thing, and a link that names something missing says so and shows the rest.
 */
import { formatViewHash, parseViewHash, type ViewState } from '../model/view/viewState.ts';
import { LAYER_IDS } from '../model/features/layers.ts';
import { useAtlas, type AtlasState } from './store.ts';
import { citationIndex, featureById, features, texts } from './atlasData.ts';
import { revealFeatures } from '../model/find/reveal.ts';
import { withKnownCountries } from '../model/find/filter.ts';
import { historyMove } from '../model/view/history.ts';
import { openingBounds } from '../model/view/camera.ts';
import { pageOpeningLang } from './language.ts';
import { moveCamera, onCameraRequest, type CameraTarget } from './cameraPort.ts';
import type { Transition } from '../model/view/camera.ts';
import { defineMessages, worded } from '../model/words/message.ts';

/** Worded, not formatted: at start the link is read before its language's words have arrived. */
const WORDS = defineMessages({
  missingFeature: {
    id: 'link.missingFeature',
    defaultMessage: 'The link asks for a feature "{feature}" that is not in the atlas; showing the default view.',
    description: 'Notice; {feature} is the id the link names, as written',
  },
  passageBeyondEnd: {
    id: 'link.passageBeyondEnd',
    defaultMessage: 'The link points at a passage beyond the end of its document; no passage is opened.',
    description: 'Notice about a link to a passage of one of the two documents',
  },
});

/** The parts of the store that make up the view in the link. */
const VIEW_FIELDS = ['camera', 'visibleLayers', 'filter', 'selectedId', 'passage', 'reader', 'panel', 'palette', 'presentation', 'year', 'lang', 'embed'] as const;

export function viewOf(state: AtlasState): ViewState {
  return {
    camera: state.camera,
    layers: LAYER_IDS.filter((id) => state.visibleLayers.has(id)),
    filter: state.filter,
    feature: state.selectedId,
    passage: state.passage,
    reader: state.reader,
    panel: state.panel,
    palette: state.palette,
    presentation: state.presentation,
    year: state.year,
    lang: state.lang,
    embed: state.embed,
  };
}

/**
 * Puts a view into the store, after checking what it names against the data, and sends the map to
 * its camera. A view that fixes no camera frames its selection, or else the whole region (except
 * when the page opens: the map starts on the region already); that framing is a page of history of
 * its own unless the view is the page itself (`opening`, or Back and Forward: `restoring`).
 */
export function applyView(
  view: ViewState,
  { transition = 'jump', opening = false, restoring = false }: { transition?: Transition; opening?: boolean; restoring?: boolean } = {},
): void {
  const { notify } = useAtlas.getState();
  let feature = view.feature;
  if (feature && !featureById.has(feature)) {
    notify(worded(WORDS.missingFeature, { feature }));
    feature = null;
  }
  let passage = view.passage;
  if (passage && passage.end > texts[passage.source].length) {
    notify(worded(WORDS.passageBeyondEnd));
    passage = null;
  }
  const countries = withKnownCountries(view.filter, features);
  if (countries.notice) notify(countries.notice);
  // A link that selects a feature its own filters hide shows the feature anyway, and says so.
  const filters = revealFeatures({ visibleLayers: new Set(view.layers), filter: countries.filter }, feature ? [featureById.get(feature)!] : [], citationIndex);
  if (filters.notice) notify(filters.notice);
  const target: CameraTarget | null = view.camera
    ? { camera: view.camera }
    : feature
      ? { features: [feature] }
      : opening
        ? null
        : { features: [], bounds: openingBounds(window.innerWidth) };
  // Asked before the view is set, so that the view and the move to it are one page of history.
  if (target) {
    // A framing is a short flight, whatever the view's transition: it is no camera the user saw before.
    const framing = !('camera' in target);
    void moveCamera({ target, transition: framing ? 'fly' : transition, newPage: framing && !opening && !restoring });
  }
  useAtlas.setState({
    visibleLayers: filters.visibleLayers,
    filter: filters.filter,
    selectedId: feature,
    passage,
    reader: passage?.source ?? view.reader,
    panel: feature || passage ? view.panel : view.panel === 'feature' ? 'find' : view.panel,
    palette: view.palette,
    presentation: view.presentation,
    year: view.year,
    // A link that does not name a language keeps the one the reader has (at opening: chose last time).
    lang: opening ? pageOpeningLang(view.lang) : (view.lang ?? useAtlas.getState().lang),
    // The page is embedded or not from its opening link on: a view applied later does not change that.
    embed: opening ? view.embed : useAtlas.getState().embed,
  });
}

function applyHash(hash: string, { opening = false, restoring = false } = {}): void {
  const { view, problems } = parseViewHash(hash);
  problems.forEach((problem) => useAtlas.getState().notify(problem));
  applyView(view, { opening, restoring });
}

/**
 * Reads the link once at start, then writes every change back: a view the user made is a new page
 * of history (Back returns to the one before, inside the app), a pan or a zoom rewrites the
 * current page (see model/view/history.ts).
 */
export function startUrlSync(): () => void {
  applyHash(window.location.hash, { opening: true });
  let writtenView = viewOf(useAtlas.getState());
  let written = formatViewHash(writtenView);
  // The request that sent the map somewhere as a view of its own (a corridor, a step, a search
  // result), until a page is written for it or it arrives: arriving where the link already
  // showed needs no page, and the next pan is none.
  let pageWanted: object | null = null;
  const stopHearing = onCameraRequest((request, arrival) => {
    if (!request.newPage) return;
    pageWanted = request;
    void arrival.then(() => {
      if (pageWanted === request) pageWanted = null;
    });
  });
  let restoring = false;
  const unsubscribe = useAtlas.subscribe((state, previous) => {
    if (VIEW_FIELDS.every((field) => state[field] === previous[field])) return;
    // The address bar already shows the page Back or Forward returned to; written now, it would carry
    // the camera of the page left (the map has not moved yet). Its arrival rewrites the page.
    if (restoring) return;
    const view = viewOf(state);
    const hash = formatViewHash(view);
    if (hash === written) return;
    const move = historyMove(writtenView, view, pageWanted !== null);
    if (move === 'push') pageWanted = null;
    written = hash;
    writtenView = view;
    const url = hash || window.location.pathname + window.location.search;
    if (move === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  // Back, Forward, or a link edited by hand: the page's view comes back.
  const onAddressChange = () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    restoring = true;
    try {
      applyHash(window.location.hash, { restoring: true });
    } finally {
      restoring = false;
    }
    writtenView = viewOf(useAtlas.getState());
  };
  window.addEventListener('popstate', onAddressChange);
  window.addEventListener('hashchange', onAddressChange);
  return () => {
    stopHearing();
    unsubscribe();
    window.removeEventListener('popstate', onAddressChange);
    window.removeEventListener('hashchange', onAddressChange);
  };
}
