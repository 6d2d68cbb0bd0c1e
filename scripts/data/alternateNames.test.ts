import { describe, expect, it } from 'vitest';
import { datasetFromDisk } from '../lib/onDisk.ts';
import { PROJECT_ALTERNATE_NAMES } from './alternateNames.ts';

describe('other names of the projects', () => {
  it('belong to features that exist, and reach the committed layer files', () => {
    const byId = new Map(datasetFromDisk().map((f) => [f.id, f]));
    for (const [id, names] of Object.entries(PROJECT_ALTERNATE_NAMES)) {
      expect(byId.has(id), id).toBe(true);
      expect(byId.get(id)!.properties.alternate_names).toEqual(expect.arrayContaining(names));
    }
  });
});
