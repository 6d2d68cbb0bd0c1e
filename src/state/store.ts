/**
 * The app's state, one store. The panels and the link read and write through here; the camera is
 * the map's (state/cameraPort.ts): actions ask it to move, and the store keeps what it reports.
 */
import { create } from 'zustand';
import { LAYER_IDS, onlyLayer, type LayerId } from '../model/features/layers.ts';
import { NO_FILTER, type FeatureFilter } from '../model/find/filter.ts';
import type { SourceId } from '../model/documents/sources.ts';
import type { PassageRef } from '../model/documents/citationIndex.ts';
import { DEFAULT_VIEW, type Panel, type PaletteName, type Presentation } from '../model/view/viewState.ts';
import type { Camera, MapFrame } from '../model/view/camera.ts';
import type { HoverInfo } from '../model/scene/drawable.ts';
import type { SavedView } from '../model/view/namedViews.ts';
import type { Bounds, LonLat } from '../model/geometry/coordinates.ts';
import type { Citation } from '../model/features/feature.ts';
import { revealFeatures } from '../model/find/reveal.ts';
import { citationIndex, featureById } from './atlasData.ts';
import { withNotice, type Notice, type NoticeText } from './notices.ts';
import type { UserLayer } from '../model/userData/userLayers.ts';
import type { ImportPhase } from '../model/userData/importData.ts';
import { NO_MEASURE, type Measure } from '../model/geometry/measure.ts';
import { DEFAULT_LANG, type Lang } from '../model/words/language.ts';
import type { IntlShape } from 'react-intl';
import { ENGLISH } from './messages.ts';
import { moveCamera } from './cameraPort.ts';

/** How the saved views stand in the browser storage (see state/savedViews.ts). */
export interface ViewStorage {
  /** Other sections of the stored views file, carried through every save. */
  sections: Record<string, unknown>;
  /** Stored text that could not be read, kept aside for download. */
  setAside: string | null;
  /** False while saving would overwrite something unread. */
  writable: boolean;
}

/** Several features under one click: the user picks one. */
export interface PickChoices {
  x: number;
  y: number;
  ids: string[];
}

/** What a tour says at a step: a title, a few plain sentences, and a passage of the documents. */
export interface StepCaption {
  /** Which step of the tour it is: its words in the language shown are looked up by it (model/view/tourTranslation.ts). */
  step: number;
  /** The step's English title and words, which the map's names are matched against. */
  title: string;
  text: string;
  passage?: Citation;
  /** The year the step shows (the map's year slider is hidden while presenting); none: the documents' present. */
  year?: number;
}

/** One stop of a presentation: frame some features or an area, or go to a saved view (its link hash). */
export type PresentationStep =
  | {
      name: string;
      featureIds?: string[];
      bounds?: Bounds;
      caption?: StepCaption;
      /** The year the step shows (null: the documents' present); undefined leaves the map's year as it is. */
      year?: number | null;
    }
  | { name: string; hash: string };

/** A file being read, checked and laid out by the import worker. */
export interface ImportStatus {
  fileName: string;
  phase: ImportPhase;
  /** 0 to 1 over all phases. */
  progress: number;
}

/** What the last import (or a change to the user's layers) has to say; errors are refusals. */
export interface ImportMessage {
  kind: 'error' | 'done';
  /** The atlas's words, in the language shown. */
  text: NoticeText;
  /** The file checker's finding after them (where a file is broken, and how). */
  reason?: NoticeText;
  /** The checker's warnings. */
  details: NoticeText[];
}

/** A feature of a user's layer under a click: its properties are shown as text beside it. */
export interface UserPick {
  layerId: string;
  index: number;
  /** Where: beside the click (CSS pixels of the map), or, for one opened from the table, at its middle on the map. */
  at: { x: number; y: number } | { lonLat: LonLat };
}

export interface AtlasState {
  /** Where the map is, as it last reported (null until it has). */
  camera: Camera | null;
  /** What the map shows (bounds and size) after its last move: the legend keys what is in it. */
  frame: MapFrame | null;
  /** The area the map was last asked to frame and framed (null after a move to an exact camera): the legend keeps clear of it. */
  framedSubject: Bounds | null;
  hover: HoverInfo | null;
  selectedId: string | null;
  /** Features lit up from elsewhere, e.g. a passage under the pointer in the reader. */
  emphasizedIds: readonly string[];
  pickChoices: PickChoices | null;
  visibleLayers: ReadonlySet<LayerId>;
  /** Which features the facets keep: the map, legend, lists, table and exports all follow it. */
  filter: FeatureFilter;
  /** The table of features beside the map. */
  tableOpen: boolean;
  panel: Panel;
  reader: SourceId;
  passage: PassageRef | null;
  query: string;
  palette: PaletteName;
  /** The year the map shows; null: the documents' present (see model/features/timeline.ts). */
  year: number | null;
  presentation: Presentation;
  /** Shown inside another page through the embed code (`embed=1`): the map and its passages, read-only. */
  embed: boolean;
  steps: PresentationStep[];
  stepIndex: number;
  savedViews: SavedView[];
  viewStorage: ViewStorage;
  notices: Notice[];
  /** The browser has taken the map's graphics context away; the map is drawn again when it comes back. */
  graphicsLost: boolean;
  /** Counts the maps made: a new one replaces a map whose graphics context was lost and given back. */
  mapGeneration: number;
  userLayers: UserLayer[];
  importStatus: ImportStatus | null;
  importMessage: ImportMessage | null;
  userPick: UserPick | null;
  measure: Measure;
  /** The language chosen for the interface (in the link as `lang=`). */
  lang: Lang;
  /** The interface's words in the language shown: `lang`'s once its catalogue has arrived (state/language.ts). */
  intl: IntlShape;

  /**
   * The map moved (by the user or on request): where it is now, without asking it to move; after
   * a move asked for, what it framed (undefined: unchanged).
   */
  mapMoved: (camera: Camera, frame: MapFrame, framedSubject?: Bounds | null) => void;
  setHover: (hover: HoverInfo | null) => void;
  /** Selects a feature (revealing it if the filters hide it); `focus` also frames it. */
  select: (id: string | null, options?: { focus?: boolean; showDetails?: boolean }) => void;
  /**
   * Frames features (and an area round them), revealing any the filters hide. Resolves true once
   * the map is there. `newPage: false` frames without a page of history of its own (the same view framed again).
   */
  focus: (ids: readonly string[], options?: { bounds?: Bounds; newPage?: boolean }) => Promise<boolean>;
  emphasize: (ids: readonly string[]) => void;
  offerChoices: (choices: PickChoices | null) => void;
  /** Opens a passage in the reader; `select` selects a feature it cites, `focus` frames features, in the same page of history. */
  openPassage: (passage: PassageRef, options?: { select?: string; focus?: readonly string[] }) => void;
  setPanel: (panel: Panel) => void;
  setReader: (reader: SourceId) => void;
  setQuery: (query: string) => void;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  setFilter: (filter: FeatureFilter) => void;
  /** Only this layer; pressed again on the only layer shown, every layer. */
  showOnlyLayer: (layer: LayerId) => void;
  setTableOpen: (open: boolean) => void;
  setPalette: (palette: PaletteName) => void;
  setYear: (year: number | null) => void;
  setPresentation: (changes: Partial<Presentation>) => void;
  setSteps: (steps: PresentationStep[], index?: number) => void;
  setSavedViews: (views: SavedView[]) => void;
  setViewStorage: (changes: Partial<ViewStorage>) => void;
  notify: (message: NoticeText) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
  setGraphicsLost: (lost: boolean) => void;
  /** Takes the next list from a pure updater (src/model/userData/userLayers.ts). */
  setUserLayers: (update: (layers: UserLayer[]) => UserLayer[]) => void;
  setImportStatus: (status: ImportStatus | null) => void;
  setImportMessage: (message: ImportMessage | null) => void;
  pickUserFeature: (pick: UserPick | null) => void;
  /** Takes the next measure from a pure updater (src/model/geometry/measure.ts). */
  setMeasure: (update: (measure: Measure) => Measure) => void;
  setLang: (lang: Lang) => void;
  showLanguage: (intl: IntlShape) => void;
}

let nextNoticeId = 1;

/** The filters, and the notices, once these features are made visible (see model/find/reveal.ts). */
function revealing(state: AtlasState, ids: readonly string[]): Pick<AtlasState, 'visibleLayers' | 'filter' | 'notices'> {
  const { visibleLayers, filter, notice } = revealFeatures(state, ids.flatMap((id) => featureById.get(id) ?? []), citationIndex);
  return { visibleLayers, filter, notices: notice ? withNotice(state.notices, notice, () => nextNoticeId++) : state.notices };
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

export const useAtlas = create<AtlasState>()((set) => ({
  camera: null,
  frame: null,
  framedSubject: null,
  hover: null,
  selectedId: null,
  emphasizedIds: [],
  pickChoices: null,
  visibleLayers: new Set(LAYER_IDS),
  filter: NO_FILTER,
  tableOpen: false,
  panel: DEFAULT_VIEW.panel,
  reader: DEFAULT_VIEW.reader,
  passage: null,
  query: '',
  palette: DEFAULT_VIEW.palette,
  year: DEFAULT_VIEW.year,
  presentation: DEFAULT_VIEW.presentation,
  embed: DEFAULT_VIEW.embed,
  steps: [],
  stepIndex: 0,
  savedViews: [],
  viewStorage: { sections: {}, setAside: null, writable: true },
  notices: [],
  graphicsLost: false,
  mapGeneration: 0,
  userLayers: [],
  importStatus: null,
  importMessage: null,
  userPick: null,
  measure: NO_MEASURE,
  lang: DEFAULT_LANG,
  intl: ENGLISH,

  mapMoved: (camera, frame, framedSubject) => set(framedSubject === undefined ? { camera, frame } : { camera, frame, framedSubject }),
  setHover: (hover) => set({ hover }),
  select: (id, { focus = false, showDetails = true } = {}) => {
    // Asked before the selection is made: the selection and the move to it are one page of history (urlSync.ts).
    if (id && focus) void moveCamera({ target: { features: [id] }, transition: 'fly', newPage: true });
    set((state) => ({
      ...revealing(state, id ? [id] : []),
      selectedId: id,
      pickChoices: null,
      panel: id && showDetails ? 'feature' : state.panel,
    }));
  },
  focus: (ids, { bounds, newPage = true } = {}) => {
    const arrival = moveCamera({ target: { features: ids, bounds }, transition: 'fly', newPage });
    set((state) => revealing(state, ids));
    return arrival;
  },
  emphasize: (emphasizedIds) =>
    set((state) =>
      // Pointing from passage to passage about the same features is no change for the map.
      state.emphasizedIds.length === emphasizedIds.length && state.emphasizedIds.every((id, i) => id === emphasizedIds[i])
        ? state
        : { emphasizedIds },
    ),
  offerChoices: (pickChoices) => set({ pickChoices }),
  openPassage: (passage, { select, focus = [] } = {}) => {
    // Asked before the passage opens, as `select` does: the passage and the move to it are one page of history.
    if (focus.length > 0) void moveCamera({ target: { features: focus }, transition: 'fly', newPage: true });
    set((state) => ({
      ...revealing(state, select ? [select] : []),
      passage,
      reader: passage.source,
      panel: 'read',
      selectedId: select ?? state.selectedId,
    }));
  },
  setPanel: (panel) => set({ panel }),
  setReader: (reader) => set({ reader }),
  setQuery: (query) => set({ query }),
  setLayerVisible: (layer, visible) => set((state) => ({ visibleLayers: toggled(state.visibleLayers, layer, visible) })),
  setFilter: (filter) => set({ filter }),
  showOnlyLayer: (layer) => set((state) => ({ visibleLayers: onlyLayer(state.visibleLayers, layer) })),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setPalette: (palette) => set({ palette }),
  setYear: (year) => set({ year }),
  setPresentation: (changes) => set((state) => ({ presentation: { ...state.presentation, ...changes } })),
  setSteps: (steps, stepIndex = 0) => set({ steps, stepIndex }),
  setSavedViews: (savedViews) => set({ savedViews }),
  setViewStorage: (changes) => set((state) => ({ viewStorage: { ...state.viewStorage, ...changes } })),
  notify: (message) => set((state) => ({ notices: withNotice(state.notices, message, () => nextNoticeId++) })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  dismissAllNotices: () => set({ notices: [] }),
  setGraphicsLost: (graphicsLost) =>
    set((state) => ({ graphicsLost, mapGeneration: state.graphicsLost && !graphicsLost ? state.mapGeneration + 1 : state.mapGeneration })),
  setUserLayers: (update) =>
    set((state) => {
      const userLayers = update(state.userLayers);
      // A pick in a layer that is gone or hidden would show properties of nothing on the map.
      const pick = state.userPick;
      const pickShown = pick && userLayers.some((layer) => layer.id === pick.layerId && layer.visible);
      return { userLayers, userPick: pickShown ? pick : null };
    }),
  setImportStatus: (importStatus) => set({ importStatus }),
  setImportMessage: (importMessage) => set({ importMessage }),
  pickUserFeature: (userPick) => set({ userPick }),
  setMeasure: (update) => set((state) => ({ measure: update(state.measure) })),
  setLang: (lang) => set({ lang }),
  showLanguage: (intl) => set({ intl }),
}));
