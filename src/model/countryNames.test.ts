import { describe, expect, it } from 'vitest';
import { countryName } from './countryNames';
import { datasetFromDisk } from '../../scripts/lib/onDisk';

describe('country names in the reader’s language', () => {
  it('names the countries of the data in Russian, Armenian and Azerbaijani', () => {
    expect(countryName('Armenia', 'ru')).toBe('Армения');
    expect(countryName('Azerbaijan', 'hy')).toBe('Ադրբեջան');
    expect(countryName('Georgia', 'az')).toBe('Gürcüstan');
  });

  it('keeps the data’s English name in English', () => {
    expect(countryName('Türkiye', 'en')).toBe('Türkiye');
  });

  it('knows every country the data names: none is left in English', () => {
    const countries = new Set(datasetFromDisk().flatMap((feature) => feature.properties.countries));
    const untranslated = [...countries].filter((country) => countryName(country, 'ru') === country);
    expect(untranslated).toEqual([]);
  });
});
