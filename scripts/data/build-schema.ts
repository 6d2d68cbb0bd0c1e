/** Writes data/schema/feature-collection.schema.json from the zod schema in src/model/features/feature.ts. */
import { writeFileSync } from 'node:fs';
import { featureCollectionJsonSchema } from '../../src/model/features/feature.ts';

const file = new URL('../../data/schema/feature-collection.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(featureCollectionJsonSchema(), null, 2)}\n`);
console.log('wrote data/schema/feature-collection.schema.json');
