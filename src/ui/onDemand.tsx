/**
 * Parts of the app that the first map does not need, loaded on demand: the documents reader,
 * the export and views dialogs, the presentation overlay, search and the table. Each is fetched once the first map
 * is drawn (or at once where no map can be drawn), so it is there before anyone reaches for it;
 * once fetched it renders at once, with no loading step.
 */
import { Suspense, use, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';
import { failedModuleUrl, withRetryMark } from './moduleRetry.ts';
import { PARTS, PartUnavailable, UnavailableDialog, UnavailablePresentation, UnavailableTable } from './PartUnavailable.tsx';

/** Where a part's code is: here, on its way, or not fetched (the server did not answer). */
export type Arrival = 'here' | 'coming' | 'failed';

/**
 * A part whose code is fetched by `preload()`, not by rendering it: until then it suspends (its
 * own Suspense shows `waiting`, or `unavailable` once the fetch failed), afterwards it renders the
 * loaded component. It is one component type throughout, so the arrival of the code never remounts
 * what is on screen (an open dialog stays open, with what the user typed in it).
 */
function onDemand<Module, Props extends object>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
  {
    loadWhenShown = false,
    waiting = null,
    unavailable,
  }: {
    /** Fetch as soon as it is shown (a panel someone opened), not only when preloaded. */
    loadWhenShown?: boolean;
    /** Its place while the code is on its way. */
    waiting?: ReactNode;
    /** Its place once the code could not be fetched: never a blank where the user expects the part. */
    unavailable: ReactNode;
  },
) {
  /** Known synchronously once the code is here, so rendering it never suspends again. */
  let loaded: ComponentType<Props> | null = null;
  let arrive!: (component: ComponentType<Props>) => void;
  const arrived = new Promise<ComponentType<Props>>((resolve) => (arrive = resolve));
  /** The fetch under way or done: true once the code is here, false if it failed. */
  let fetching: Promise<boolean> | null = null;
  /** Whether the last fetch failed, for the part's place to say so (until a later fetch succeeds). */
  let failed = false;
  const failureListeners = new Set<() => void>();
  const setFailed = (value: boolean) => {
    failed = value;
    failureListeners.forEach((listener) => listener());
  };
  /** Where to fetch the code again after a failure, under an address the browser has not seen fail. */
  let retryUrl: string | null = null;
  let retries = 0;
  const preload = () => {
    fetching ??= (retryUrl ? (import(/* @vite-ignore */ retryUrl) as Promise<Module>) : load()).then(
      (module) => {
        loaded = pick(module);
        // Marked as React marks a promise it has read: use() then returns the part at once, never suspending again.
        Object.assign(arrived, { status: 'fulfilled', value: loaded });
        arrive(loaded);
        setFailed(false);
        return true;
      },
      // A failed fetch (the server went away) may be tried again by the next preload.
      (error: unknown) => {
        fetching = null;
        const url = failedModuleUrl(error);
        if (url) retryUrl = withRetryMark(url, ++retries);
        setFailed(true);
        return false;
      },
    );
    return arrived;
  };
  function Loaded(props: Props) {
    // Either way it is the loaded component itself that renders: its state survives the arrival.
    // After a failure, showing it again does not fetch again on every render: Reload does.
    // use() on every render, even once the code is here: where it arrives at once (the atlas in one
    // file), React replays the render that suspended, and that replay must call use() as well.
    const Component = use(loadWhenShown && !failed ? preload() : arrived);
    return <Component {...props} />;
  }
  function Pending() {
    const hasFailed = useSyncExternalStore(
      (listener) => {
        failureListeners.add(listener);
        return () => failureListeners.delete(listener);
      },
      () => failed,
    );
    return hasFailed ? unavailable : waiting;
  }
  /**
   * Whether the keyboard was on the part's waiting place when the code arrived (a Tab right after
   * load): the focus then moves onto the part itself, which takes the place, never to the page's start.
   */
  let focusOnArrival = false;
  function Waiting() {
    const place = useRef<HTMLSpanElement>(null);
    // Runs before the waiting place leaves the page, while it still holds the focus.
    useLayoutEffect(() => () => void (focusOnArrival = place.current?.contains(document.activeElement) ?? false), []);
    return (
      <span className="on-demand" ref={place}>
        <Pending />
      </span>
    );
  }
  function Arrived({ place }: { place: RefObject<HTMLSpanElement | null> }) {
    useLayoutEffect(() => {
      if (!focusOnArrival) return;
      focusOnArrival = false;
      place.current?.querySelector<HTMLElement>('button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus();
    }, [place]);
    return null;
  }
  function OnDemand(props: Props) {
    const place = useRef<HTMLSpanElement>(null);
    return (
      <span className="on-demand" ref={place}>
        <Suspense fallback={<Waiting />}>
          <Loaded {...props} />
          <Arrived place={place} />
        </Suspense>
      </span>
    );
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
// The dialogs' buttons are always in the header, the table's in the Find panel: their code waits for the first map;
// until then the buttons are shown, reachable by Tab, but idle.
const reader = onDemand(() => import('./ReaderPanel.tsx'), (m) => m.ReaderPanel, {
  loadWhenShown: true,
  waiting: (
    <p className="panel-loading">
      <FormattedMessage id="reader.loading" defaultMessage="Loading the documents…" />
    </p>
  ),
  unavailable: <PartUnavailable what={PARTS.reader} />,
});
// Part of the reader's code: the reader's own message says it failed.
const openPassageBar = onDemand(() => import('./ReaderPanel.tsx'), (m) => m.OpenPassageBar, { loadWhenShown: true, unavailable: null });
const exportDialog = onDemand(() => import('./ExportDialog.tsx'), (m) => m.ExportDialog, {
  waiting: (
    // Reachable by Tab while its code is on the way (aria-disabled, not disabled): the dialog's own button takes the focus on arrival.
    <button type="button" className="export-open" aria-disabled="true">
      <FormattedMessage id="header.export" defaultMessage="Export picture" />
    </button>
  ),
  unavailable: <UnavailableDialog label={{ id: 'header.export', defaultMessage: 'Export picture' }} buttonClass="export-open" what={PARTS.export} />,
});
const viewsDialog = onDemand(() => import('./ViewsDialog.tsx'), (m) => m.ViewsDialog, {
  waiting: (
    <button type="button" className="header-button" aria-disabled="true">
      <FormattedMessage id="header.views" defaultMessage="Views & presenting" />
    </button>
  ),
  unavailable: <UnavailableDialog label={PARTS.views} buttonClass="header-button" what={PARTS.views} />,
});
const presentation = onDemand(() => import('./PresentationOverlay.tsx'), (m) => m.PresentationOverlay, {
  loadWhenShown: true,
  unavailable: <UnavailablePresentation />,
});
const featureTable = onDemand(() => import('./FeatureTable.tsx'), (m) => m.FeatureTable, { unavailable: <UnavailableTable /> });
// Its place in the Find panel says itself that it is searching or could not be loaded (useArrival).
const searchResults = onDemand(() => import('./SearchResults.tsx'), (m) => m.SearchResults, { loadWhenShown: true, unavailable: null });

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
