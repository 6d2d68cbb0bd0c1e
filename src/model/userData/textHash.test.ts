import { describe, expect, it } from 'vitest';
import { textHash } from './textHash.ts';

describe('the fingerprint that tells a layer already on the map', () => {
  it('is the same for the same text and differs when one character differs, moves or is added', () => {
    const text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Depot"},"geometry":{"type":"Point","coordinates":[45.1,40.2]}}]}';
    expect(textHash(text)).toBe(textHash(text.slice()));
    const variants = [text.replace('45.1', '45.2'), text.replace('Depot', 'depot'), `${text} `, text.replace('45.1,40.2', '40.2,45.1'), ''];
    const hashes = new Set([textHash(text), ...variants.map(textHash)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('tells apart thousands of similar layers', () => {
    const hashes = new Set(Array.from({ length: 20_000 }, (_, i) => textHash(`{"n":${i}}`)));
    expect(hashes.size).toBe(20_000);
  });
});
