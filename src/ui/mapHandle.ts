import { createContext } from 'react';
import type { AtlasMap } from '../map/atlasMap.ts';

/**
 * The live map, for the parts of the UI that need it directly (the picture export, saving a
 * view's camera, a popup kept at its feature, the warm-up for the user's data), through AtlasMap's
 * own methods; camera moves go through state/cameraPort.ts instead. MapView fills it, App
 * provides it. Null until the map exists.
 */
export interface MapHandle {
  current: AtlasMap | null;
}

export const MapHandleContext = createContext<MapHandle>({ current: null });
