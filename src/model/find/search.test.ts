import { describe, expect, it } from 'vitest';
import { makeFeatureSearch, makeSearchable, searchDocuments, searchFeatures } from './search.ts';
import { foldForSearch, gazetteerSpellings, indexedTerms } from './searchVocabulary.ts';
import { GAZETTEER } from '../names/gazetteerData.ts';
import { prepareDocument } from '../documents/documentText.ts';
import type { AtlasFeature } from '../features/feature.ts';
import { citationIndexFromDisk, datasetFromDisk, sourceTexts } from '../../../scripts/lib/onDisk.ts';

const texts = sourceTexts();
const features = datasetFromDisk();
const index = citationIndexFromDisk(features);
const featureSearch = makeFeatureSearch(features);
const searchable = makeSearchable({
  'bulletin-2026-02': prepareDocument(texts['bulletin-2026-02']),
  'charter-2026': prepareDocument(texts['charter-2026']),
});
const found = (query: string) => searchFeatures(featureSearch, query).map((m) => m.feature.id);

describe('folding text for search', () => {
  it('drops case and diacritics, keeping every offset', () => {
    for (const word of ['Iğdır', 'Naxçıvan', 'Gəncə', 'Türkiye', 'Constanța', 'AzərEnerji', 'Baku–Tbilisi–Kars']) {
      expect(foldForSearch(word)).toHaveLength(word.length);
    }
    expect(foldForSearch('Iğdır Naxçıvan Gəncə Türkiye')).toBe('igdir naxcivan gence turkiye');
  });

  it('reads every dash as a hyphen', () => {
    expect(foldForSearch('Baku–Tbilisi—Kars')).toBe(foldForSearch('Baku-Tbilisi-Kars'));
  });

  it('gives the spellings of one place the same term', () => {
    const term = indexedTerms('Nakhchivan');
    expect(indexedTerms('Nakhichevan')).toBe(term);
    expect(indexedTerms('Naxçıvan')).toBe(term);
    expect(indexedTerms('Stepanakert')).toBe(indexedTerms('Khankendi'));
  });

  it('reads units and their symbols alike', () => {
    expect(indexedTerms('330-kilovolt line')).toBe(indexedTerms('330 kV line'));
    expect(indexedTerms('1,300 megawatts')).toBe(indexedTerms('1,300 MW'));
  });

  it('adds an abbreviation where the words it stands for stand', () => {
    expect(indexedTerms('Baku–Tbilisi–Kars railway').split(' ')).toContain('btk');
    expect(indexedTerms('the Trans-Anatolian pipeline').split(' ')).toContain('tanap');
    expect(indexedTerms('the Middle Corridor').split(' ')).toContain('titr');
  });
});

describe('finding features', () => {
  it('finds the Baku–Tbilisi–Kars railway typed with hyphens, and by BTK', () => {
    expect(found('Baku-Tbilisi-Kars')[0]).toBe('mc-baku-tbilisi-kars-railway');
    expect(found('BTK')[0]).toBe('mc-baku-tbilisi-kars-railway');
  });

  it('finds the pipelines by their abbreviations', () => {
    expect(found('SCP')[0]).toBe('sgc-south-caucasus-pipeline');
    expect(found('TANAP')[0]).toBe('sgc-tanap');
    expect(found('TAP')[0]).toBe('sgc-tap');
  });

  it('finds the Middle Corridor by TITR', () => {
    const ids = found('TITR');
    expect(ids).toContain('mc-baku-tbilisi-kars-railway');
    expect(ids.slice(0, 10).every((id) => id.startsWith('mc-'))).toBe(true);
  });

  it('finds the lines by "kilovolt", the voltage written out', () => {
    const ids = found('kilovolt');
    expect(ids).toEqual(expect.arrayContaining(['l330-jabrayil-aghband', 'n400-nakhchivan-agri']));
    expect(found('400 kilovolt')[0]).toMatch(/^n400-/);
  });

  it('finds the plants by "megawatt"', () => {
    expect(found('230 megawatt')).toContain('plant-garadagh-solar');
  });

  it('finds Nakhchivan however it is spelt', () => {
    const expected = found('Nakhchivan');
    expect(expected.slice(0, 4)).toEqual(expect.arrayContaining(['place-nakhchivan', 'place-nakhchivan-autonomous-republic']));
    for (const spelling of ['Nakhichevan', 'Naxçıvan', 'naxcivan']) expect(found(spelling), spelling).toEqual(expected);
  });

  it('finds a place by any of its other names and spellings', () => {
    expect(found('Stepanakert')[0]).toBe('place-khankendi');
    expect(found('Nakhichevan')).toContain('place-nakhchivan');
    expect(found('Naxçıvan')).toContain('place-nakhchivan-autonomous-republic');
    expect(found('Agbend')[0]).toBe('place-aghband');
    expect(found('Cəbrayıl')[0]).toBe('place-jabrayil');
    expect(found('Stepanakert')).not.toContain('place-karabakh');
    expect(found('Krkjan')[0]).toBe('place-karkijahan');
    expect(found('Agbend railway')[0]).toBe('tripp-horadiz-aghband-railway');
  });

  it('forgives a typo', () => {
    expect(found('Garadag Solr')[0]).toBe('plant-garadagh-solar');
    expect(found('Azerbaijn').length).toBeGreaterThan(0);
  });

  it('reads alternate names where a feature has them', () => {
    const feature: AtlasFeature = { ...features[0], id: 'test-feature', properties: { ...features[0].properties, name: 'Nothing alike', alternate_names: [{ name: 'Qwertyuiop', usage: 'spelling' }] } };
    const search = makeFeatureSearch([feature]);
    expect(searchFeatures(search, 'qwertyuiop').map((m) => m.feature.id)).toEqual(['test-feature']);
  });

  it('puts names that start with the query first', () => {
    const [first] = searchFeatures(featureSearch, 'baku');
    expect(first.feature.properties.name.toLowerCase().startsWith('baku')).toBe(true);
  });

  it('finds the Black Sea cable by a word of its name', () => {
    expect(found('submarine')[0]).toBe('bsc-submarine-cable');
  });

  it('ignores too-short queries', () => {
    expect(found('a')).toEqual([]);
  });
});

describe('finding features across languages and scripts', () => {
  const results = (query: string) => searchFeatures(featureSearch, query).map((m) => m.feature.id);

  it('finds the same features for Nakhchivan in English, Azerbaijani, Russian (both forms) and Armenian', () => {
    const english = results('Nakhchivan');
    expect(english[0]).toBe('place-nakhchivan');
    for (const query of ['Naxçıvan', 'Нахчыван', 'Нахичевань', 'Նախիջևան', 'Նախիջեւան', 'нахичевань', 'NAXÇIVAN']) expect(results(query), query).toEqual(english);
  });

  it('finds Khankendi / Stepanakert by either name, in any of the four languages', () => {
    for (const query of ['Khankendi', 'Xankəndi', 'Stepanakert', 'Ханкенди', 'Степанакерт', 'Ստեփանակերտ', 'Խանքենդի']) {
      expect(found(query)[0], query).toBe('place-khankendi');
    }
  });

  it('finds a region by the other side’s usage, attributed in the gazetteer', () => {
    for (const query of ['Qarabağ', 'Արցախ', 'Нагорный Карабах', 'Ղարաբաղ']) expect(found(query)[0], query).toBe('place-karabakh');
  });

  it('finds features by their translated names', () => {
    expect(found('Порт Актау')[0]).toBe('mc-port-aktau');
    expect(found('Հորադիզ–Աղբենդ երկաթուղի')[0]).toBe('tripp-horadiz-aghband-railway');
    expect(found('Cənubi Qafqaz Boru Kəməri')[0]).toBe('sgc-south-caucasus-pipeline');
    expect(found('Баку-Тбилиси-Карс')[0]).toBe('mc-baku-tbilisi-kars-railway');
    expect(found('ЛЭП 330 кВ Сюник')[0]).toBe('l330-syunik-segment');
  });

  it('meets a name in another script only through the gazetteer’s forms, and leaves a word two names share alone', () => {
    const spellings = gazetteerSpellings(GAZETTEER);
    expect(spellings.get('нахчыван')).toBe('nakhchivan');
    expect(spellings.get('նախիջևան')).toBe('nakhchivan');
    expect(spellings.get('araz')).toBe('aras');
    // Днепр is both the river (Dnieper) and the city (Dnipro) in Russian.
    expect(spellings.has('днепр')).toBe(false);
    // Another name is not a spelling: Zangezur is not Syunik, Artsakh not a spelling of Karabakh.
    expect(spellings.has('zangezur')).toBe(false);
    expect(spellings.has('зангезур')).toBe(false);
    expect(spellings.has('արցախ')).toBe(false);
    expect(indexedTerms('Zangezur corridor')).not.toContain('syunik');
    // No run-time transliteration: a Cyrillic spelling the gazetteer does not list stays itself.
    expect(indexedTerms('Нахчiван')).not.toBe(indexedTerms('Nakhchivan'));
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
    const names = matches[0].featureIds.map((id) => features.find((f) => f.id === id)!.properties.name);
    expect(names.some((name) => /Black Sea/i.test(name))).toBe(true);
    expect(matches[0].section).toMatch(/^IV\./);
  });

  it('finds an amount the bulletin writes with a backslash before the dollar', () => {
    const [match] = searchDocuments(searchable, index, 'roughly $8.8 billion');
    expect(match.context.quote).toBe('roughly $8.8 billion');
  });

  it('finds "kilovolt" and "kV" in the same sentences, and marks the words', () => {
    const long = searchDocuments(searchable, index, '330 kilovolt');
    const short = searchDocuments(searchable, index, '330 kV');
    expect(long.length).toBeGreaterThan(0);
    expect(short.map((m) => m.start)).toEqual(long.map((m) => m.start));
    expect(long[0].context.quote).toMatch(/^330-kilovolt$/);
  });

  it('finds the Middle Corridor in the text by TITR, and marks the words', () => {
    const byAbbreviation = searchDocuments(searchable, index, 'TITR');
    expect(new Set(byAbbreviation.map((m) => m.source)).size).toBe(2);
    for (const match of byAbbreviation) expect(match.context.quote).toMatch(/^(Middle Corridor|Trans-Caspian International Transport Route)$/);
  });

  it('finds a hyphenated name typed with a dash', () => {
    const [match] = searchDocuments(searchable, index, 'Khizi–Absheron');
    expect(match.context.quote).toMatch(/^Khizi-\s*Absheron$/);
  });

  it('does not return the table of contents as a passage', () => {
    const matches = searchDocuments(searchable, index, 'Zangezur Power Line Construction Begins');
    const tocEnd = texts['bulletin-2026-02'].indexOf('I. U.S. Vice President');
    expect(matches.every((m) => m.source !== 'bulletin-2026-02' || m.start > tocEnd)).toBe(true);
  });

  it('forgives a typo in the text', () => {
    const quotes = searchDocuments(searchable, index, 'Garadagh Solr').map((m) => m.context.quote);
    expect(quotes).toContain('Garadagh Solar');
  });

  it('searches both documents', () => {
    const sources = new Set(searchDocuments(searchable, index, 'Middle Corridor').map((m) => m.source));
    expect([...sources].sort()).toEqual(['bulletin-2026-02', 'charter-2026']);
  });
});
