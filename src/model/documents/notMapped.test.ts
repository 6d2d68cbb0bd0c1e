import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceTexts, datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { isSourceId } from './sources.ts';

const notMapped = JSON.parse(readFileSync(new URL('../../../data/not-mapped.json', import.meta.url), 'utf8')) as {
  places: { name: string; source: string; reason: string }[];
};

describe('places the documents name but the map leaves out', () => {
  it('each is named in its document, carries a reason, and is really not on the map', () => {
    const texts = sourceTexts();
    const names = new Set(datasetFromDisk().flatMap((f) => [f.properties.name, ...(f.properties.alternate_names ?? [])]));
    expect(notMapped.places.length).toBeGreaterThan(0);
    for (const place of notMapped.places) {
      expect(isSourceId(place.source)).toBe(true);
      if (isSourceId(place.source)) expect(texts[place.source]).toContain(place.name);
      expect(place.reason.length).toBeGreaterThan(20);
      expect(names.has(place.name)).toBe(false);
    }
  });

  it('Karkijahan, named with Garadaghly in the bulletin, is mapped with sourced coordinates', () => {
    const karkijahan = datasetFromDisk().find((f) => f.id === 'place-karkijahan');
    expect(karkijahan?.properties.geometry_sources[0].url).toMatch(/^https:\/\//);
  });
});
