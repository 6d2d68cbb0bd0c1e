/**
 * Parts of the app that the first map does not need, loaded on demand: the documents reader,
 * the export and views dialogs, the presentation overlay, search and the table. Each is fetched once the first map
 * is drawn (or at once where no map can be drawn), so it is there before anyone reaches for it;
 * once fetched it renders at once, with no loading step.
 */
import { use, useEffect, useState, type ComponentType } from 'react';

/**
 * A part whose code is fetched by `preload()`, not by rendering it: until then it suspends (its
 * Suspense shows the fallback), afterwards it renders the loaded component. It is one component
 * type throughout, so the arrival of the code never remounts what is on screen (an open dialog
 * stays open, with what the user typed in it).
 */
/** Where a part's code is: here, on its way, or not fetched (the server did not answer). */
export type Arrival = 'here' | 'coming' | 'failed';

function onDemand<Module, Props extends object>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
  /** Fetch as soon as it is shown (a panel someone opened), not only when preloaded. */
  { loadWhenShown = false } = {},
) {
  /** Known synchronously once the code is here, so rendering it never suspends again. */
  let loaded: ComponentType<Props> | null = null;
  let arrive!: (component: ComponentType<Props>) => void;
  const arrived = new Promise<ComponentType<Props>>((resolve) => (arrive = resolve));
  /** The fetch under way or done: true once the code is here, false if it failed. */
  let fetching: Promise<boolean> | null = null;
  const preload = () => {
    fetching ??= load().then(
      (module) => {
        arrive((loaded = pick(module)));
        return true;
      },
      // A failed fetch (the server went away) may be tried again by the next preload.
      () => {
        fetching = null;
        return false;
      },
    );
    return arrived;
  };
  function OnDemand(props: Props) {
    // Either way it is the loaded component itself that renders: its state survives the arrival.
    const Component = loaded ?? use(loadWhenShown ? preload() : arrived);
    return <Component {...props} />;
  }
  /**
   * Whether the code is here, still coming, or could not be fetched (fetched once `wanted`, and
   * again the next time it is wanted after a failure): for a place that shows its own waiting line
   * and the part the moment it arrives, without Suspense, whose reveal React holds back a moment.
   */
  function useArrival(wanted: boolean): Arrival {
    const [arrival, setArrival] = useState<Arrival>(() => (loaded ? 'here' : 'coming'));
    useEffect(() => {
      if (!wanted || loaded) return;
      let current = true;
      preload();
      void fetching?.then((ok) => current && setArrival(ok ? 'here' : 'failed'));
      return () => {
        current = false;
        setArrival(loaded ? 'here' : 'coming');
      };
    }, [wanted]);
    return loaded ? 'here' : arrival;
  }
  return { Component: OnDemand, preload, useArrival };
}

// The reader, its passage bar, the presentation and search results are shown only when asked for: fetch them then.
// The dialogs' buttons are always in the header, the table's in the Find panel: their code waits for the first map.
const reader = onDemand(() => import('./ReaderPanel'), (m) => m.ReaderPanel, { loadWhenShown: true });
const openPassageBar = onDemand(() => import('./ReaderPanel'), (m) => m.OpenPassageBar, { loadWhenShown: true });
const exportDialog = onDemand(() => import('./ExportDialog'), (m) => m.ExportDialog);
const viewsDialog = onDemand(() => import('./ViewsDialog'), (m) => m.ViewsDialog);
const presentation = onDemand(() => import('./PresentationOverlay'), (m) => m.PresentationOverlay, { loadWhenShown: true });
const featureTable = onDemand(() => import('./FeatureTable'), (m) => m.FeatureTable);
const searchResults = onDemand(() => import('./SearchResults'), (m) => m.SearchResults, { loadWhenShown: true });

export const LazyReaderPanel = reader.Component;
export const LazyOpenPassageBar = openPassageBar.Component;
export const LazyExportDialog = exportDialog.Component;
export const LazyViewsDialog = viewsDialog.Component;
export const LazyPresentationOverlay = presentation.Component;
export const LazySearchResults = searchResults.Component;
export const LazyFeatureTable = featureTable.Component;
/** Whether the search code is here: until then the Find panel says it is searching, or that it could not be fetched. */
export const useSearchArrival = searchResults.useArrival;

/** Resolves when the bench's mark for the first complete map is set (see AtlasMap). */
function firstMapDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('atlas-first-idle').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark', buffered: true });
  });
}

const USER_ARRIVES = ['pointerover', 'keydown', 'focusin'] as const;

/**
 * Fetches every on-demand part after the first map (immediately when there is no map to wait for),
 * or as soon as someone points at or tabs into the page, whichever comes first.
 */
export function loadOnDemandPartsSoon(mapWillDraw: boolean): void {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    for (const event of USER_ARRIVES) document.removeEventListener(event, load, true);
    for (const part of [reader, openPassageBar, exportDialog, viewsDialog, presentation, searchResults, featureTable]) void part.preload();
  };
  for (const event of USER_ARRIVES) document.addEventListener(event, load, true);
  void (mapWillDraw ? firstMapDrawn() : Promise.resolve()).then(load);
}
