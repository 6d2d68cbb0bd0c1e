import { useEffect, useMemo, useRef } from 'react';
import { AtlasMap } from '../map/atlasMap';
import { useAtlas, type AtlasState } from '../state/store';
import { featureById, features } from '../state/atlasData';
import { passesStatusFilter } from '../model/feature';
import { forProjector, PALETTES } from '../style/palette';
import { sameCamera } from '../model/camera';

declare global {
  interface Window {
    /** The live map, for browser tests and for anyone poking at the atlas from the console. */
    corridorAtlas?: AtlasMap;
    corridorAtlasStore?: { getState: () => AtlasState };
    corridorAtlasFeatures?: ReadonlyMap<string, unknown>;
  }
}

/** Mounts the map once and keeps it in step with the store, both ways. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const atlasRef = useRef<AtlasMap | null>(null);
  const selectedId = useAtlas((state) => state.selectedId);
  const emphasizedIds = useAtlas((state) => state.emphasizedIds);
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const statuses = useAtlas((state) => state.statuses);
  const focusRequest = useAtlas((state) => state.focusRequest);
  const camera = useAtlas((state) => state.camera);
  const cameraTransition = useAtlas((state) => state.cameraTransition);
  const paletteName = useAtlas((state) => state.palette);
  const presenting = useAtlas((state) => state.presentation.on);

  const shown = useMemo(() => features.filter((feature) => passesStatusFilter(feature.properties.status, statuses)), [statuses]);

  useEffect(() => {
    const { setHover, select, offerChoices, setCamera, notify, camera: initialCamera, palette } = useAtlas.getState();
    const atlas = new AtlasMap({
      container: containerRef.current!,
      palette: PALETTES[palette],
      baseUrl: document.baseURI,
      initialCamera,
      onHover: setHover,
      onSelect: (id) => select(id),
      onChoose: offerChoices,
      onCameraChange: setCamera,
      onProblem: notify,
    });
    atlasRef.current = atlas;
    window.corridorAtlas = atlas;
    window.corridorAtlasStore = useAtlas;
    window.corridorAtlasFeatures = featureById;
    return () => {
      atlas.destroy();
      atlasRef.current = null;
      delete window.corridorAtlas;
    };
  }, []);

  useEffect(() => {
    atlasRef.current?.setCorridors({ features: shown, visibleLayers, selectedId, emphasizedIds });
  }, [shown, selectedId, visibleLayers, emphasizedIds]);

  useEffect(() => {
    if (!focusRequest) return;
    const atlas = atlasRef.current;
    if (!atlas) return;
    const width = atlas.map.getContainer().clientWidth;
    // The tour's caption takes up to 40% of the map on the right (see .tour-caption).
    const keepClear = focusRequest.besideCaption ? { right: Math.min(480, width * 0.4) + 24 } : {};
    if (focusRequest.bounds) atlas.fitBounds(focusRequest.bounds, keepClear);
    else atlas.fitFeatures(focusRequest.ids.flatMap((id) => featureById.get(id) ?? []), keepClear);
  }, [focusRequest]);

  // A camera set from outside (a link, a presentation step) moves the map; the map's own moves do not loop.
  useEffect(() => {
    const atlas = atlasRef.current;
    if (!atlas || !camera || sameCamera(camera, atlas.camera())) return;
    if (cameraTransition === 'fly') atlas.map.flyTo({ ...camera, duration: 2500, essential: true });
    else atlas.map.jumpTo(camera);
  }, [camera, cameraTransition]);

  // Projectors want bigger names and thicker lines than a desk screen.
  useEffect(() => {
    const palette = PALETTES[paletteName];
    atlasRef.current?.setPalette(presenting ? forProjector(palette) : palette);
  }, [paletteName, presenting]);

  return <div ref={containerRef} className="map" role="region" aria-label="Map of the region" />;
}
