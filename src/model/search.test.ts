import { describe, expect, it } from 'vitest';
import { foldForSearch, makeSearchable, searchDocuments, searchFeatures } from './search';
import { prepareDocument } from './documentText';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../scripts/lib/onDisk';

const texts = sourceTexts();
const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const searchable = makeSearchable({
  'bulletin-2026-02': prepareDocument(texts['bulletin-2026-02']),
  'charter-2026': prepareDocument(texts['charter-2026']),
});

describe('folding text for search', () => {
  it('drops case and diacritics, keeping every offset', () => {
    for (const word of ['Iğdır', 'Naxçıvan', 'Gəncə', 'Türkiye', 'Constanța', 'AzərEnerji']) {
      expect(foldForSearch(word)).toHaveLength(word.length);
    }
    expect(foldForSearch('Iğdır Naxçıvan Gəncə Türkiye')).toBe('igdir naxcivan gence turkiye');
  });
});

describe('finding features', () => {
  it('finds a place by any of its other names and spellings', () => {
    const find = (query: string) => searchFeatures(features, query).map((m) => m.feature.id);
    expect(find('Stepanakert')[0]).toBe('place-khankendi');
    expect(find('Nakhichevan')).toContain('place-nakhchivan');
    expect(find('Naxçıvan')).toContain('place-nakhchivan-autonomous-republic');
    expect(find('Agbend')[0]).toBe('place-aghband');
    expect(find('Cəbrayıl')[0]).toBe('place-jabrayil');
  });

  it('finds the Black Sea cable by a word of its name', () => {
    const names = searchFeatures(features, 'submarine').map((m) => m.feature.properties.name);
    expect(names.some((name) => /Black Sea/i.test(name))).toBe(true);
  });

  it('puts names that start with the query first', () => {
    const matches = searchFeatures(features, 'baku');
    expect(matches[0].rank).toBe(0);
    expect(matches[0].feature.properties.name.toLowerCase().startsWith('baku')).toBe(true);
  });

  it('ignores diacritics and too-short queries', () => {
    expect(searchFeatures(features, 'igdir').length).toBeGreaterThan(0);
    expect(searchFeatures(features, 'a')).toEqual([]);
  });
});

describe('finding text in the documents', () => {
  it('finds a phrase across the PDF’s page break and shows its sentence', () => {
    const [match] = searchDocuments(searchable, index, 'the country plays a key role');
    expect(match.source).toBe('bulletin-2026-02');
    expect(match.context.quote).toBe('the country plays a key role');
    expect(match.context.before).toMatch(/^For Washington|^Situated along/);
  });

  it('ties a match to the features cited in its sentence', () => {
    const matches = searchDocuments(searchable, index, '1,155-kilometer submarine cable');
    expect(matches).toHaveLength(1);
    const names = matches[0].featureIds.map((id) => features.find((f) => f.id === id)!.properties.name);
    expect(names.some((name) => /Black Sea/i.test(name))).toBe(true);
    expect(matches[0].section).toMatch(/^IV\./);
  });

  it('finds an amount the bulletin writes with a backslash before the dollar', () => {
    const [match] = searchDocuments(searchable, index, 'roughly $8.8 billion');
    expect(match.context.quote).toBe('roughly $8.8 billion');
  });

  it('searches both documents', () => {
    const sources = new Set(searchDocuments(searchable, index, 'Middle Corridor').map((m) => m.source));
    expect([...sources].sort()).toEqual(['bulletin-2026-02', 'charter-2026']);
  });
});
