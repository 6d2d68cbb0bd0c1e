/**
 * The thematic layers of the atlas. Every feature in data/features/ belongs to exactly one,
 * and each layer lives in its own file: data/features/<id>.geojson.
 * Order here is drawing order (first = bottom) and legend order.
 */
import { defineMessages, type Message } from '../words/message.ts';

const TITLES = defineMessages({
  places: { id: 'layer.places', defaultMessage: 'Places named in the documents' },
  southernGasCorridor: { id: 'layer.southernGasCorridor', defaultMessage: 'Southern Gas Corridor' },
  middleCorridor: { id: 'layer.middleCorridor', defaultMessage: 'Middle Corridor (Trans-Caspian route)' },
  tripp: {
    id: 'layer.tripp',
    defaultMessage: 'TRIPP route and the railways either side',
    description: 'TRIPP: the Trump Route for International Peace and Prosperity; keep the abbreviation',
  },
  greenEnergyCorridor: { id: 'layer.greenEnergyCorridor', defaultMessage: 'Central Asia–Azerbaijan green energy corridor' },
  blackSeaCable: { id: 'layer.blackSeaCable', defaultMessage: 'Black Sea submarine cable' },
  nakhchivanTurkiye400kv: { id: 'layer.nakhchivanTurkiye400kv', defaultMessage: 'Nakhchivan–Türkiye 400 kV line' },
  nakhchivan330kv: {
    id: 'layer.nakhchivan330kv',
    defaultMessage: '330 kV line to Nakhchivan (the bulletin’s “Zangezur” line)',
    description: '“Zangezur” is the bulletin’s term, not the atlas’s: keep it in quotation marks and attributed to the bulletin',
  },
  regionalLinks: { id: 'layer.regionalLinks', defaultMessage: 'Other links the documents mention (schematic)' },
  energyPlants: { id: 'layer.energyPlants', defaultMessage: 'Power plants and renewable areas' },
});

export const LAYERS = [
  { id: 'places', title: TITLES.places },
  { id: 'southern-gas-corridor', title: TITLES.southernGasCorridor },
  { id: 'middle-corridor', title: TITLES.middleCorridor },
  { id: 'tripp', title: TITLES.tripp },
  { id: 'green-energy-corridor', title: TITLES.greenEnergyCorridor },
  { id: 'black-sea-cable', title: TITLES.blackSeaCable },
  { id: 'nakhchivan-turkiye-400kv', title: TITLES.nakhchivanTurkiye400kv },
  { id: 'nakhchivan-330kv', title: TITLES.nakhchivan330kv },
  { id: 'regional-links', title: TITLES.regionalLinks },
  { id: 'energy-plants', title: TITLES.energyPlants },
] as const;

export type LayerId = (typeof LAYERS)[number]['id'];

export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** A layer's title as the interface shows it, in the language shown. */
export function layerTitleMessage(id: LayerId): Message {
  return LAYERS.find((layer) => layer.id === id)!.title;
}

/** A layer's title in English: for search and the data exports, which are in the documents' language. */
export function layerTitle(id: LayerId): string {
  return layerTitleMessage(id).defaultMessage;
}

/** "Only this layer" in one click; on the layer that is already alone, every layer comes back. */
export function onlyLayer(visible: ReadonlySet<LayerId>, layer: LayerId): Set<LayerId> {
  return visible.size === 1 && visible.has(layer) ? new Set(LAYER_IDS) : new Set([layer]);
}
