/**
 * Keeps the link in the address bar in step with the view, both ways: a reload or a shared link
 * lands on the same thing, and a link that names something missing says so and shows the rest.
 */
import { formatViewHash, parseViewHash, type ViewState } from '../model/viewState';
import { LAYER_IDS } from '../model/layers';
import { useAtlas, type AtlasState } from './store';
import { featureById, texts } from './atlasData';
import { INITIAL_BOUNDS } from '../model/camera';

/** The parts of the store that make up the view in the link. */
const VIEW_FIELDS = ['camera', 'visibleLayers', 'filter', 'selectedId', 'passage', 'reader', 'panel', 'palette', 'presentation'] as const;

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
  };
}

/**
 * Puts a view into the store, after checking what it names against the data. A view that fixes
 * no camera frames its selection, or else the whole region (except when the page opens: the map
 * starts on the region already).
 */
export function applyView(
  view: ViewState,
  { transition = 'jump', opening = false }: { transition?: 'jump' | 'fly'; opening?: boolean } = {},
): void {
  const { notify } = useAtlas.getState();
  let feature = view.feature;
  if (feature && !featureById.has(feature)) {
    notify(`The link asks for a feature "${feature}" that is not in the atlas; showing the default view.`);
    feature = null;
  }
  let passage = view.passage;
  if (passage && passage.end > texts[passage.source].length) {
    notify('The link points at a passage beyond the end of its document; no passage is opened.');
    passage = null;
  }
  useAtlas.setState({
    camera: view.camera,
    cameraTransition: transition,
    visibleLayers: new Set(view.layers),
    filter: view.filter,
    selectedId: feature,
    passage,
    reader: passage?.source ?? view.reader,
    panel: feature || passage ? view.panel : view.panel === 'feature' ? 'find' : view.panel,
    palette: view.palette,
    presentation: view.presentation,
    focusRequest: view.camera
      ? null
      : feature
        ? { ids: [feature], seq: Date.now() }
        : opening
          ? null
          : { ids: [], bounds: INITIAL_BOUNDS, seq: Date.now() },
  });
}

function applyHash(hash: string, opening = false): void {
  const { view, problems } = parseViewHash(hash);
  problems.forEach((problem) => useAtlas.getState().notify(problem));
  applyView(view, { opening });
}

/** Reads the link once at start, then writes every change back (without adding history entries). */
export function startUrlSync(): () => void {
  applyHash(window.location.hash, true);
  let written = formatViewHash(viewOf(useAtlas.getState()));
  const unsubscribe = useAtlas.subscribe((state, previous) => {
    if (VIEW_FIELDS.every((field) => state[field] === previous[field])) return;
    const hash = formatViewHash(viewOf(state));
    if (hash === written) return;
    written = hash;
    history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  });
  const onHashChange = () => {
    if (window.location.hash !== written) applyHash(window.location.hash);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
