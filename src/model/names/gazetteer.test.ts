import { beforeAll, describe, expect, it } from 'vitest';
import gazetteerJson from '../../../data/gazetteer.json';
import { allNames, makeGazetteer, mapNameIn, nameIn, namesIn, type GazetteerFile } from './gazetteer.ts';
import { fallbackCounts, gazetteerProblems } from '../validation/gazetteerSchema.ts';
import { shownNameKeys } from '../../../scripts/lib/shownNames.ts';

const file = gazetteerJson as GazetteerFile;
const gazetteer = makeGazetteer(file);
let shown: Set<string>;

beforeAll(() => {
  shown = shownNameKeys();
}, 60_000);

const copy = (): GazetteerFile => structuredClone(file);

describe('the gazetteer file', () => {
  it('has a name to show in en, az, hy and ru for every name the map shows, each form with its source', () => {
    expect(gazetteerProblems(file, shown)).toEqual([]);
    expect(shown.size).toBeGreaterThan(500);
  });

  it('shows few names in English for want of a source, and none of the region’s', () => {
    const counts = fallbackCounts(file);
    expect(counts.ru).toBeLessThanOrEqual(1);
    for (const lang of ['az', 'hy'] as const) expect(counts[lang]).toBeLessThan(60);
    for (const key of ['country/Armenia', 'country/Azerbaijan', 'country/Georgia', 'region/Syunik', 'river/Aras', 'river/Kura', 'sea/Caspian Sea', 'place/Gyumri', 'place/Ganja', 'place/Kars']) {
      const entry = gazetteer.byKey.get(key)!;
      expect(entry.rows.filter((row) => row.form === 'fallback'), key).toEqual([]);
    }
  });

  it('refuses a shown name missing a language, a row without a known source, and a contested name with one side only', () => {
    const noArmenian = copy();
    const aras = noArmenian.entries.find((entry) => entry.key === 'river/Aras')!;
    aras.rows = aras.rows.filter((row) => row.lang !== 'hy');
    expect(gazetteerProblems(noArmenian, shown)).toContain('river/Aras: no hy name to show');

    const unsourced = copy();
    unsourced.entries.find((entry) => entry.key === 'country/Armenia')!.rows[1].source = 'my-memory';
    expect(gazetteerProblems(unsourced, shown).join('\n')).toMatch(/country\/Armenia .*source “my-memory” is not in sources/);

    const oneSided = copy();
    const khankendi = oneSided.entries.find((entry) => entry.key === 'place/Khankendi / Stepanakert')!;
    khankendi.rows = khankendi.rows.filter((row) => !(row.lang === 'ru' && row.form === 'usage'));
    expect(gazetteerProblems(oneSided, shown)).toContain('place/Khankendi / Stepanakert: contested, so ru needs both an official and a usage form');

    const missing = copy();
    missing.entries = missing.entries.filter((entry) => entry.key !== 'feature/tripp-syunik-route');
    expect(gazetteerProblems(missing, shown)).toContain('feature/tripp-syunik-route: the map shows this name but the gazetteer has no entry');
  });
});

describe('names in a language', () => {
  it('shows a contested name with both forms in every language, the Azerbaijani official one first', () => {
    const key = 'place/Khankendi / Stepanakert';
    expect(nameIn(gazetteer, key, 'en')).toBe('Khankendi / Stepanakert');
    expect(nameIn(gazetteer, key, 'az')).toBe('Xankəndi / Stepanakert');
    expect(nameIn(gazetteer, key, 'hy')).toBe('Խանքենդի / Ստեփանակերտ');
    expect(nameIn(gazetteer, key, 'ru')).toBe('Ханкенди / Степанакерт');
    expect(nameIn(gazetteer, 'feature/place-khankendi', 'hy')).toBe('Խանքենդի / Ստեփանակերտ');
  });

  it('names countries, towns and rivers in each language’s own form and script', () => {
    expect(nameIn(gazetteer, 'country/Azerbaijan', 'hy')).toBe('Ադրբեջան');
    expect(nameIn(gazetteer, 'country/Armenia', 'az')).toBe('Ermənistan');
    expect(nameIn(gazetteer, 'country/Türkiye', 'ru')).toBe('Турция');
    expect(nameIn(gazetteer, 'place/Baku', 'az')).toBe('Bakı');
    expect(nameIn(gazetteer, 'river/Aras', 'az')).toBe('Araz');
    expect(nameIn(gazetteer, 'river/Aras', 'hy')).toBe('Արաքս');
    expect(nameIn(gazetteer, 'place/Nakhchivan', 'ru')).toBe('Нахичевань');
    expect(nameIn(gazetteer, 'region/Syunik', 'az')).toBe('Sünik');
  });

  it('keeps a project’s established name and abbreviation in every language', () => {
    for (const lang of ['az', 'hy', 'ru'] as const) {
      expect(nameIn(gazetteer, 'feature/sgc-tanap', lang)).toContain('(TANAP)');
      expect(nameIn(gazetteer, 'feature/tripp-syunik-route', lang)).toContain('TRIPP');
    }
    expect(nameIn(gazetteer, 'feature/l330-jabrayil-aghband', 'ru')).toBe('ЛЭП 330 кВ в Нахичевань: участок Джебраил–Агбенд');
  });

  it('prints a port by its town and a place without its bracketed aside', () => {
    expect(mapNameIn(gazetteer, 'feature/mc-port-baku-alat', 'hy')).toBe('Ալաթ');
    expect(mapNameIn(gazetteer, 'feature/place-nakhchivan', 'az')).toBe('Naxçıvan');
    expect(mapNameIn(gazetteer, 'feature/place-nakhchivan', 'ru')).toBe('Нахичевань');
  });

  it('leaves English, and any key it does not know, as given', () => {
    const ru = namesIn(gazetteer, 'ru');
    expect(ru('place/Nowhere', 'Nowhere')).toBe('Nowhere');
    expect(namesIn(gazetteer, 'en')('country/Armenia', 'Armenia')).toBe('Armenia');
    expect(namesIn(null, 'hy')('country/Armenia', 'Armenia')).toBe('Armenia');
  });

  it('gives search every form of a name, in every script, with the other side’s usage', () => {
    const forms = allNames(gazetteer, 'feature/place-nakhchivan');
    for (const form of ['Nakhchivan (city)', 'Naxçıvan', 'Нахичевань', 'Нахчыван', 'Նախիջևան']) expect(forms).toContain(form);
    expect(allNames(gazetteer, 'feature/place-khojaly')).toContain('Իվանյան');
    expect(allNames(gazetteer, 'region/Karabakh')).toEqual(expect.arrayContaining(['Artsakh', 'Արցախ', 'Qarabağ', 'Нагорный Карабах']));
  });
});

describe('the gazetteer the app loads', () => {
  it('answers by key and language alone', async () => {
    const { nameIn: boundNameIn, allNames: boundAllNames, mapName } = await import('./gazetteerData.ts');
    expect(boundNameIn('place/Khankendi / Stepanakert', 'ru')).toBe('Ханкенди / Степанакерт');
    expect(mapName('feature/mc-port-aktau', 'az')).toBe('Aktau');
    expect(boundAllNames('place/Nakhchivan')).toEqual(expect.arrayContaining(['Nakhchivan', 'Naxçıvan', 'Нахичевань', 'Нахчыван', 'Նախիջևան']));
  });
});
