import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS, sourceCredit } from './sources.ts';

const onDisk = JSON.parse(readFileSync(new URL('../../../data/sources/sources.json', import.meta.url), 'utf8')) as {
  documents: { id: string; provenance?: string; publisher: string }[];
};

describe('document provenance', () => {
  it('the app shows the same provenance note as data/sources/sources.json, for every document', () => {
    for (const id of SOURCE_IDS) {
      const doc = onDisk.documents.find((d) => d.id === id);
      expect(doc?.provenance).toBe(SOURCES[id].provenance);
    }
  });

  it('says who published each document and whose positions it states', () => {
    expect(SOURCES['charter-2026'].provenance).toMatch(/Trend News Agency.*10 February 2026.*positions/);
    expect(SOURCES['bulletin-2026-02'].provenance).toMatch(/names no publisher.*Government of Azerbaijan's positions/);
    expect(sourceCredit('bulletin-2026-02')).toMatch(/^Azerbaijan Foreign Policy Bulletin \(February 2026\)\. A bulletin/);
  });
});
