import { describe, expect, it } from 'vitest';
import { readAtlasDataFile } from './atlasDataFile.ts';
import { atlasDataFromDisk } from '../../../scripts/lib/onDisk.ts';

describe('the data file the app fetches', () => {
  it('carries every layer file, both documents byte for byte, the exclusions and the tour', () => {
    const built = JSON.parse(JSON.stringify(atlasDataFromDisk()));
    const read = readAtlasDataFile(built);
    if (!('data' in read)) throw new Error(read.problem);
    expect(Object.keys(read.data.layers)).toContain('middle-corridor.geojson');
    expect(read.data.texts).toEqual(atlasDataFromDisk().texts);
    expect(read.data.exclusions.length).toBeGreaterThan(0);
    expect((read.data.tour as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
  });

  it('is refused, with the reason, when it is not the atlas data', () => {
    expect(readAtlasDataFile('<html>')).toEqual({ problem: 'is not a JSON object' });
    expect(readAtlasDataFile({ layers: {}, texts: { 'charter-2026': '' }, exclusions: [] })).toEqual({ problem: 'lacks the text of a document' });
  });
});
