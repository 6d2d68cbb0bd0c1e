import { useEffect, useRef } from 'react';
import { MapView } from './MapView.tsx';
import { HoverTooltip } from './HoverTooltip.tsx';
import { Notices } from './Notices.tsx';
import { SidePanel } from './SidePanel.tsx';
import { PickChooser } from './PickChooser.tsx';
import { LazyExportDialog, LazyFeatureTable, LazyPresentationOverlay, LazyViewsDialog, loadOnDemandPartsSoon } from './onDemand.tsx';
import { openSavedViews } from '../state/savedViews.ts';
import { startTour } from '../state/presentation.ts';
import { keyBelongsToFocus } from './keys.ts';
import { useAtlas } from '../state/store.ts';
import { dataProblems, tour } from '../state/atlasData.ts';
import type { WebglSupport } from '../map/webgl.ts';
import type { AtlasMap } from '../map/atlasMap.ts';
import { MapHandleContext } from './mapHandle.ts';
import { MeasureTool } from './MeasureTool.tsx';
import { MapKey } from './MapKey.tsx';
import { YearSlider } from './YearSlider.tsx';
import { UserFeaturePopup } from './UserFeaturePopup.tsx';
import { addUserFiles, restoreUserLayers } from '../state/userData.ts';
import { stopMeasuring } from '../model/geometry/measure.ts';
import { FormattedMessage, RawIntlProvider } from 'react-intl';
import { LanguagePicker } from './LanguagePicker.tsx';
import { EmbedCard, OpenInAtlasLink } from './EmbedCard.tsx';

export function App({ webgl }: { webgl: WebglSupport }) {
  const mapHandle = useRef<AtlasMap | null>(null);
  useEffect(() => {
    dataProblems.forEach((problem) => useAtlas.getState().notify(problem));
    loadOnDemandPartsSoon(webgl.ok);
    // Inside another page the atlas is read-only: none of this browser's own views or layers.
    if (!useAtlas.getState().embed) {
      openSavedViews();
      void restoreUserLayers();
    }
    // Escape closes the innermost thing: the chooser, then the selection.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const { pickChoices, offerChoices, selectedId, select, measure, setMeasure, userPick, pickUserFeature } = useAtlas.getState();
      // The chooser is a dialog of its own: Escape closes it wherever the focus is inside it.
      if (pickChoices) offerChoices(null);
      else if (userPick) pickUserFeature(null);
      else if (measure.on && !keyBelongsToFocus(event)) setMeasure(stopMeasuring);
      else if (selectedId && !keyBelongsToFocus(event)) select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [webgl.ok]);

  const presentation = useAtlas((state) => state.presentation);
  const mapGeneration = useAtlas((state) => state.mapGeneration);
  const intl = useAtlas((state) => state.intl);
  const embed = useAtlas((state) => state.embed);
  // The interface takes its colours from the palette the map draws with (app.css, style/cssTokens.ts).
  const palette = useAtlas((state) => state.palette);
  const classes = ['app', presentation.on && 'presenting', presentation.on && !presentation.scale && 'no-scale', embed && 'embedded'];

  return (
    <RawIntlProvider value={intl}>
    <MapHandleContext.Provider value={mapHandle}>
    <div className={classes.filter(Boolean).join(' ')} data-palette={palette}>
      {webgl.ok && (
        <button type="button" className="skip-link" onClick={() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus()}>
          <FormattedMessage id="header.skipToMap" defaultMessage="Skip to the map" description="The first Tab stop, shown only when focused: moves the keyboard focus to the map" />
        </button>
      )}
      {embed ? (
        <header className="app-header">
          <OpenInAtlasLink className="embed-open" />
          <LanguagePicker />
        </header>
      ) : (
        <header className="app-header">
          <h1>
            <FormattedMessage id="header.title" defaultMessage="Corridor Atlas" description="The atlas's name, in the header" />
          </h1>
          <p className="tagline">
            <FormattedMessage
              id="header.tagline"
              defaultMessage="South Caucasus and Caspian connectivity projects, tied to the passages that describe them"
              description="Under the atlas's name: what it is"
            />
          </p>
          <LanguagePicker />
          <div className="header-actions">
            <button type="button" className="header-button" onClick={startTour} disabled={!tour}>
              <FormattedMessage id="header.tour" defaultMessage="Guided tour" />
            </button>
            <LazyViewsDialog />
            <LazyExportDialog mapDrawable={webgl.ok} />
          </div>
        </header>
      )}
      <main className="app-main">
        {!embed && <SidePanel />}
        <div
          className="map-area"
          onDragOver={(event) => {
            if (embed || !event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            void mapHandle.current?.prepareForUserData();
          }}
          onDrop={(event) => {
            if (embed || event.dataTransfer.files.length === 0) return;
            event.preventDefault();
            useAtlas.getState().setPanel('find');
            void addUserFiles([...event.dataTransfer.files]);
          }}
        >
          {webgl.ok ? (
            <>
              <MapView key={mapGeneration} />
              <HoverTooltip />
              <PickChooser />
              <UserFeaturePopup />
              {/* Inside another page the frame is small: the map, its key and the passages, no tools. */}
              {!embed && <MeasureTool />}
              <MapKey />
              {!embed && <YearSlider />}
              {embed && <EmbedCard />}
            </>
          ) : (
            <div className="no-webgl" role="alert">
              <h2>
                <FormattedMessage id="map.noWebgl" defaultMessage="The map cannot be drawn in this browser" />
              </h2>
              <p>
                <FormattedMessage
                  id="map.noWebgl.why"
                  defaultMessage="This browser cannot draw the map: WebGL 2 is turned off or not supported. Try an up-to-date Firefox, Chrome, Edge or Safari, or turn on hardware acceleration in the browser settings."
                />
              </p>
              {webgl.error && <p lang="en">{webgl.error}</p>}
            </div>
          )}
          {/* Always there once its code is: its sorting and comparing survive closing it. */}
          {!embed && <LazyFeatureTable />}
          {/* Without a map, a tour or presentation still runs as text, and can always be left. */}
          {presentation.on && <LazyPresentationOverlay />}
          <Notices />
        </div>
      </main>
    </div>
    </MapHandleContext.Provider>
    </RawIntlProvider>
  );
}
