import { describe, expect, it } from 'vitest';
import { countryName, hasCountryName } from './countryNames.ts';
import { inEnglish } from '../words/message.ts';
import { datasetFromDisk } from '../../../scripts/lib/onDisk.ts';

describe('country names', () => {
  it('are named by the catalogues, and in English as the data writes them', () => {
    expect(countryName('Türkiye', inEnglish)).toBe('Türkiye');
    expect(countryName('Armenia', (message) => `[${message.id}]`)).toBe('[country.AM]');
  });

  it('cover every country the data names: none is left in English in another language', () => {
    const countries = new Set(datasetFromDisk().flatMap((feature) => feature.properties.countries));
    expect([...countries].filter((country) => !hasCountryName(country))).toEqual([]);
  });
});
