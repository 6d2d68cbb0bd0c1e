import { useContext, useEffect, useRef } from 'react';
import { AtlasMap } from '../map/atlasMap.ts';
import { ownBaseUrl } from '../ownFiles.ts';
import { useAtlas, type AtlasState } from '../state/store.ts';
import { featureById } from '../state/atlasData.ts';
import { currentScene, useScene } from '../state/scene.ts';
import { cameraSettled, setCameraOwner, waitingCamera } from '../state/cameraPort.ts';
import { MapHandleContext } from './mapHandle.ts';
import { coversOver } from './mapCovers.ts';
import { addMeasurePoint } from '../model/geometry/measure.ts';
import { exportThenAndNow } from './thenAndNow.ts';
import { exportSlideOf } from './slideFootnotes.ts';
import type { SlideOptions, SlideResult } from '../map/exportSlide.ts';
import type { ExportOptions, ExportResult } from '../map/exportPicture.ts';
import { defineMessages } from '../model/words/message.ts';
import { langOfLocale } from '../model/words/language.ts';
import './MapView.css';

declare global {
  interface Window {
    /** The live map, for browser tests and for anyone poking at the atlas from the console. */
    corridorAtlas?: AtlasMap;
    corridorAtlasStore?: { getState: () => AtlasState };
    /** The camera's owner: `settled()` resolves once every move asked for has arrived (state/cameraPort.ts). */
    corridorAtlasCamera?: { settled: () => Promise<void> };
    corridorAtlasFeatures?: ReadonlyMap<string, unknown>;
    /** Two years side by side in one picture (see thenAndNow.ts), for the export dialog's twin and `npm run export -- --beside`. */
    corridorAtlasThenAndNow?: (options: ExportOptions, years: readonly [number | null, number | null]) => Promise<ExportResult>;
    /** The view as an SVG or PDF with its footnotes (see slideFootnotes.ts), for `npm run export -- --format svg|pdf`. */
    corridorAtlasSlide?: (options: SlideOptions) => Promise<SlideResult>;
  }
}

const words = defineMessages({
  region: { id: 'map.region', defaultMessage: 'Map of the region' },
  canvas: {
    id: 'map.canvas',
    defaultMessage: 'Map. Arrow keys move it; N and P step through the features in view; Enter opens the one named.',
    description: 'The map canvas\'s accessible name: its keys. N, P and Enter are the keys themselves and stay as they are.',
  },
});

/** Mounts the map once, draws the scene into it, makes it the camera's owner, and reports its moves to the store. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const atlasRef = useContext(MapHandleContext);
  const scene = useScene();
  const measure = useAtlas((state) => state.measure);
  const intl = useAtlas((state) => state.intl);

  useEffect(() => {
    const { setHover, select, offerChoices, mapMoved, notify, setGraphicsLost, camera: reported } = useAtlas.getState();
    const atlas = new AtlasMap({
      container: containerRef.current!,
      scene: currentScene(),
      baseUrl: ownBaseUrl(),
      // A link's camera opens the map there rather than moving it there; a map made anew (the
      // graphics came back) opens where the last one was.
      initialCamera: waitingCamera() ?? reported,
      onHover: setHover,
      onSelect: (id) => select(id),
      onChoose: offerChoices,
      onCameraChange: mapMoved,
      onProblem: notify,
      onGraphicsLost: setGraphicsLost,
      onPickUser: (pick) => useAtlas.getState().pickUserFeature(pick),
      onMeasureClick: (point) => useAtlas.getState().setMeasure((current) => addMeasurePoint(current, point)),
      covers: () => coversOver(containerRef.current!),
    });
    atlasRef.current = atlas;
    setCameraOwner(atlas);
    // For the browser tests, the bench and the command-line export, which drive the page from outside.
    window.corridorAtlas = atlas;
    window.corridorAtlasStore = useAtlas;
    window.corridorAtlasCamera = { settled: cameraSettled };
    window.corridorAtlasFeatures = featureById;
    window.corridorAtlasThenAndNow = (options, years) => exportThenAndNow(atlas, options, years);
    window.corridorAtlasSlide = (options) => exportSlideOf(atlas, options, currentScene());
    return () => {
      setCameraOwner(null);
      atlas.destroy();
      atlasRef.current = null;
      delete window.corridorAtlas;
    };
  }, [atlasRef]);

  useEffect(() => {
    atlasRef.current?.setScene(scene);
  }, [atlasRef, scene]);

  useEffect(() => atlasRef.current?.setMeasure(measure), [atlasRef, measure]);

  // The map's names and its keyboard help follow the language shown.
  useEffect(() => {
    const atlas = atlasRef.current;
    if (!atlas) return;
    atlas.setCanvasLabel(intl.formatMessage(words.canvas));
    void atlas.setLabelLanguage(langOfLocale(intl.locale));
    atlas.setControlWords((message, values) => intl.formatMessage(message, values));
  }, [atlasRef, intl]);

  return <div ref={containerRef} className="map" role="region" aria-label={intl.formatMessage(words.region)} />;
}
