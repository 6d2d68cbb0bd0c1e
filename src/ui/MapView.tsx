import { useEffect, useRef } from 'react';
import { AtlasMap } from '../map/atlasMap';
import { useAtlas, type AtlasState } from '../state/store';
import { dataset } from '../state/dataset';
import { LIGHT } from '../style/palette';

declare global {
  interface Window {
    /** The live map, for browser tests and for anyone poking at the atlas from the console. */
    corridorAtlas?: AtlasMap;
    corridorAtlasStore?: { getState: () => AtlasState };
  }
}

/** Mounts the map once and keeps its layers in step with the store. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const atlasRef = useRef<AtlasMap | null>(null);
  const selectedId = useAtlas((state) => state.selectedId);
  const visibleLayers = useAtlas((state) => state.visibleLayers);

  useEffect(() => {
    const { setHover, select, notify } = useAtlas.getState();
    const atlas = new AtlasMap({
      container: containerRef.current!,
      palette: LIGHT,
      baseUrl: document.baseURI,
      onHover: setHover,
      onSelect: select,
      onProblem: notify,
    });
    atlasRef.current = atlas;
    window.corridorAtlas = atlas;
    window.corridorAtlasStore = useAtlas;
    return () => {
      atlas.destroy();
      atlasRef.current = null;
      delete window.corridorAtlas;
    };
  }, []);

  useEffect(() => {
    atlasRef.current?.setCorridors({ features: dataset.features, visibleLayers, selectedId });
  }, [selectedId, visibleLayers]);

  return <div ref={containerRef} className="map" role="region" aria-label="Map of the region" />;
}
