/**
 * The app's state. Actions stay thin: anything with logic in it lives in src/model and is
 * tested there.
 */
import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../model/layers';
import type { HoverInfo } from '../map/atlasMap';

export interface Notice {
  id: number;
  message: string;
}

export interface AtlasState {
  hover: HoverInfo | null;
  selectedId: string | null;
  visibleLayers: ReadonlySet<LayerId>;
  notices: Notice[];
  setHover: (hover: HoverInfo | null) => void;
  select: (id: string | null) => void;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  notify: (message: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const useAtlas = create<AtlasState>()((set) => ({
  hover: null,
  selectedId: null,
  visibleLayers: new Set(LAYER_IDS),
  notices: [],
  setHover: (hover) => set({ hover }),
  select: (selectedId) => set({ selectedId }),
  setLayerVisible: (layer, visible) =>
    set((state) => {
      const visibleLayers = new Set(state.visibleLayers);
      if (visible) visibleLayers.add(layer);
      else visibleLayers.delete(layer);
      return { visibleLayers };
    }),
  notify: (message) =>
    set((state) =>
      // The same problem reported twice is one notice.
      state.notices.some((notice) => notice.message === message)
        ? state
        : { notices: [...state.notices, { id: nextNoticeId++, message }] },
    ),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
