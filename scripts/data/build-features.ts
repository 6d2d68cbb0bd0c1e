/**
 * Generates data/features/<layer-id>.geojson from the waypoint tables in scripts/data/.
 * Run: npx tsx scripts/data/build-features.ts   (the output files are committed)
 */
import { writeFileSync } from 'node:fs';
import { LAYERS, type LayerId } from '../../src/model/features/layers.ts';
import { FeatureCollectionSchema, type AlternateName, type AtlasFeatureCollection } from '../../src/model/features/feature.ts';
import type { Draft } from './draft.ts';
import { middleCorridor, tripp } from './transport.ts';
import { blackSeaCable, energyPlants, greenEnergyCorridor, nakhchivanTurkiye400, southernGasCorridor, line330ToNakhchivan } from './energy.ts';
import { places } from './places.ts';
import { regionalLinks } from './regionalLinks.ts';
import { PROJECT_ALTERNATE_NAMES } from './alternateNames.ts';

const TABLES: Record<LayerId, Draft[]> = {
  places,
  'southern-gas-corridor': southernGasCorridor,
  'middle-corridor': middleCorridor,
  tripp,
  'green-energy-corridor': greenEnergyCorridor,
  'black-sea-cable': blackSeaCable,
  'nakhchivan-turkiye-400kv': nakhchivanTurkiye400,
  'nakhchivan-330kv': line330ToNakhchivan,
  'regional-links': regionalLinks,
  'energy-plants': energyPlants,
};

export function layerCollection(layer: LayerId, drafts: Draft[]): AtlasFeatureCollection {
  return FeatureCollectionSchema.parse({
    type: 'FeatureCollection',
    features: drafts.map((draft) => ({
      type: 'Feature',
      id: draft.id,
      properties: withAlternateNames(
        { layer, ...draft.properties, citations: draft.properties.citations.map((citation) => ({ ...citation, role: 'role' in citation ? citation.role : 'describes' })) },
        PROJECT_ALTERNATE_NAMES[draft.id],
      ),
      geometry: draft.geometry,
    })),
  });
}

/** The feature's other names, kept right after its name so the committed files read naturally. */
function withAlternateNames<P extends { name: string; alternate_names?: AlternateName[] }>(properties: P, extra: AlternateName[] | undefined): P {
  if (!extra) return properties;
  const { name, ...rest } = properties;
  return { name, alternate_names: [...(properties.alternate_names ?? []), ...extra], ...rest } as P;
}

/** One feature per line keeps diffs of the committed files readable. */
export function formatCollection(collection: AtlasFeatureCollection): string {
  const features = collection.features.map((feature) => `    ${JSON.stringify(feature)}`).join(',\n');
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${features}\n  ]\n}\n`;
}

for (const { id } of LAYERS) {
  const file = new URL(`../../data/features/${id}.geojson`, import.meta.url);
  const collection = layerCollection(id, TABLES[id]);
  writeFileSync(file, formatCollection(collection));
  console.log(`${id}: ${collection.features.length} features`);
}
