/**
 * The user's own layers in a views file: a section of their own ("userLayers"), beside the views,
 * each with its name, colour and GeoJSON. Their GeoJSON is checked again when they are added.
 */
import { defineMessages, worded, type Worded } from '../words/message.ts';
import { VerbatimJson } from './verbatimJson.ts';

export const USER_LAYERS_SECTION = 'userLayers';
const MAX_NAME = 60;

export interface CarriedLayer {
  name: string;
  color: [number, number, number];
  /** The layer's GeoJSON, as text. */
  source: string;
}

export function carriedLayersSection(layers: readonly CarriedLayer[]): Record<string, unknown> {
  if (layers.length === 0) return {};
  // The GeoJSON was checked when it was added: it goes into the file as its text, not parsed and printed again.
  return { [USER_LAYERS_SECTION]: layers.map(({ name, color, source }) => ({ name, color, geojson: new VerbatimJson(source) })) };
}

const WORDS = defineMessages({
  unreadable: { id: 'viewsFile.layersUnreadable', defaultMessage: 'The layers of your own data in this file could not be read.', description: 'Importing a views file' },
  skipped: { id: 'viewsFile.layerSkipped', defaultMessage: 'Layer {number} has no name or no GeoJSON; it was skipped.', description: 'Importing a views file; {number} counts from 1' },
});

/** The layers a views file carries; one without a name or GeoJSON is skipped, and said so. */
export function carriedLayersFrom(sections: Record<string, unknown>): { layers: CarriedLayer[]; problems: Worded[] } {
  const value = sections[USER_LAYERS_SECTION];
  if (value === undefined) return { layers: [], problems: [] };
  if (!Array.isArray(value)) return { layers: [], problems: [worded(WORDS.unreadable)] };
  const problems: Worded[] = [];
  const layers = value.flatMap((entry, i): CarriedLayer[] => {
    const layer = entry as { name?: unknown; color?: unknown; geojson?: unknown } | null;
    if (typeof layer?.name !== 'string' || layer.geojson === undefined) {
      problems.push(worded(WORDS.skipped, { number: i + 1 }));
      return [];
    }
    const color = layer.color;
    const validColor = Array.isArray(color) && color.length === 3 && color.every((c) => Number.isInteger(c) && c >= 0 && c <= 255);
    return [
      {
        name: layer.name.trim().slice(0, MAX_NAME) || `Layer ${i + 1}`,
        color: validColor ? (color as [number, number, number]) : [20, 20, 20],
        source: JSON.stringify(layer.geojson),
      },
    ];
  });
  return { layers, problems };
}
