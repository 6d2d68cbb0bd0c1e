/**
 * The thematic layers of the atlas. Every feature in data/features/ belongs to exactly one,
 * and each layer lives in its own file: data/features/<id>.geojson.
 * Order here is drawing order (first = bottom) and legend order.
 */
export const LAYERS = [
  { id: 'places', title: 'Places named in the documents' },
  { id: 'southern-gas-corridor', title: 'Southern Gas Corridor' },
  { id: 'middle-corridor', title: 'Middle Corridor (Trans-Caspian route)' },
  { id: 'tripp', title: 'TRIPP route and the railways either side' },
  { id: 'green-energy-corridor', title: 'Central Asia–Azerbaijan green energy corridor' },
  { id: 'black-sea-cable', title: 'Black Sea submarine cable' },
  { id: 'nakhchivan-turkiye-400kv', title: 'Nakhchivan–Türkiye 400 kV line' },
  { id: 'nakhchivan-330kv', title: '330 kV line to Nakhchivan (the bulletin’s “Zangezur” line)' },
  { id: 'regional-links', title: 'Other links the documents mention (schematic)' },
  { id: 'energy-plants', title: 'Power plants and renewable areas' },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];

export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export function layerTitle(id: LayerId): string {
  return LAYERS.find((layer) => layer.id === id)!.title;
}

/** "Only this layer" in one click; on the layer that is already alone, every layer comes back. */
export function onlyLayer(visible: ReadonlySet<LayerId>, layer: LayerId): Set<LayerId> {
  return visible.size === 1 && visible.has(layer) ? new Set(LAYER_IDS) : new Set([layer]);
}
