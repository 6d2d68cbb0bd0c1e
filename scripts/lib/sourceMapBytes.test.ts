import { describe, expect, it } from 'vitest';
import { bytesBySource, decodeSegment, packageOf, shortPath } from './sourceMapBytes.ts';

describe('reading a source map for bytes', () => {
  it('decodes base64 VLQ segments, negative numbers and multi-digit ones included', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('CACD')).toEqual([1, 0, 1, -1]);
    expect(decodeSegment('gBAAA')).toEqual([16, 0, 0, 0]);
    expect(() => decodeSegment('A!')).toThrow(/not a source-map digit/);
  });

  it('gives each source the bytes up to the next segment, and counts bytes without a source apart', () => {
    // "let a=1;" from a.js (column 0), "/*x*/" unmapped (column 8), "let b=2;" from b.js (column 13), then line 2 from a.js.
    const code = 'let a=1;/*x*/let b=2;\nc()';
    const map = { sources: ['a.js', 'b.js'], mappings: 'AAAA,Q,KCAA;ADAA' };
    const bytes = bytesBySource(code, map);
    expect(bytes.get('a.js')).toBe('let a=1;'.length + 'c()\n'.length);
    expect(bytes.get('b.js')).toBe('let b=2;\n'.length);
    expect(bytes.get(null)).toBe('/*x*/'.length);
    expect([...bytes.values()].reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(code) + 1);
  });

  it('names the package of a dependency, scoped or not, and the folder of the project’s own code', () => {
    expect(packageOf('../../node_modules/@deck.gl/core/dist/lib/deck.js')).toBe('@deck.gl/core');
    expect(packageOf('../../../work/main/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('maplibre-gl');
    expect(packageOf('../../src/model/scene/scene.ts')).toBe('src/model');
    expect(shortPath('../../../work/main/node_modules/@deck.gl/core/dist/lib/deck.js')).toBe('@deck.gl/core/dist/lib/deck.js');
    expect(shortPath('../../../work/wt/s2-bundle/src/map/atlasMap.ts')).toBe('src/map/atlasMap.ts');
  });
});
