import { describe, expect, it } from 'vitest';
import { countryName, fixLakeName, fixRiverName, normaliseName } from './corrections.ts';
import { maxDecimals, roundGeometry, simplifyLine } from './prepare.ts';
import { poleOfInaccessibility } from './labels.ts';

describe('corrections', () => {
  it('renames and merges countries', () => {
    expect(countryName('Turkey')).toBe('Türkiye');
    expect(countryName('N. Cyprus')).toBe('Cyprus');
    expect(countryName('Baikonur')).toBe('Kazakhstan');
    expect(countryName('Azerbaijan')).toBe('Azerbaijan');
  });
  it('fixes mangled names', () => {
    expect(fixRiverName('Kiz?lirmak')).toBe('Kızılırmak');
    expect(fixRiverName('Byk Menderes')).toBe('Büyük Menderes');
    expect(fixRiverName('Syr  Darya')).toBe('Syr Darya');
    expect(fixLakeName('Siletitengiz Kli')).toBe('Siletitengiz Köli');
    expect(fixLakeName('Mingevir Reservoir')).toBe('Mingachevir Reservoir');
    expect(normaliseName('NORTH ATLANTIC OCEAN')).toBe('North Atlantic Ocean');
    expect(normaliseName(undefined)).toBe('');
  });
});

describe('geometry helpers', () => {
  it('rounds, removes duplicates and drops collapsed rings', () => {
    const g = roundGeometry({ type: 'LineString', coordinates: [[1.23456, 2.00001], [1.23461, 2.00004], [2.5, 3.5]] }, 3);
    expect(g).toEqual({ type: 'LineString', coordinates: [[1.235, 2], [2.5, 3.5]] });
    expect(roundGeometry({ type: 'Polygon', coordinates: [[[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0]]] }, 2)).toBeNull();
    expect(maxDecimals({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: g! }] })).toBe(3);
  });
  it('simplifies lines keeping the ends', () => {
    expect(simplifyLine([[0, 0], [1, 0.001], [2, 0], [3, 1]], 0.01)).toEqual([[0, 0], [2, 0], [3, 1]]);
  });
  it('puts the pole of inaccessibility inside a concave polygon', () => {
    // A "U": the bbox centre (1.5, 1.5) is outside.
    const u = [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]];
    const [x, y] = poleOfInaccessibility(u, 0.01);
    expect(y < 1 || x < 1 || x > 2).toBe(true);
  });
});
