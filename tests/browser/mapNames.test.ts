/**
 * The map's names in the region's other languages, as a reader sees them: Armenian and Cyrillic
 * letters drawn from the shipped fonts (fetched only once the map shows them), in the ink of their
 * kind, and English again after.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browser, closestColorNear, openAtlas, screenshot, waitForMapIdle, type AtlasPage } from './harness.ts';
import { LIGHT } from '../../src/style/palette.ts';
import type { GazetteerLang } from '../../src/model/names/gazetteer.ts';

let atlas: AtlasPage;

beforeAll(async () => {
  atlas = await openAtlas(browser, baseUrl, { width: 1280, height: 800 });
  await atlas.page.evaluate(() => window.corridorAtlas!.moveAsUser({ center: [45.7, 39.2], zoom: 8 }));
  await waitForMapIdle(atlas.page);
});

/** Names the map in `lang` and waits until the names drawn are that language's. */
async function nameIn(page: Page, lang: GazetteerLang, expected: string): Promise<{ name: string; kind: string; x: number; y: number }[]> {
  await page.evaluate((lang) => window.corridorAtlas!.setLabelLanguage(lang), lang);
  await page.waitForFunction((expected) => window.corridorAtlas!.placedLabels().some((label) => label.name === expected), expected);
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const atlas = window.corridorAtlas!;
    return atlas.placedLabels().map((label) => {
      const point = atlas.project(label.position);
      return { name: label.name, kind: label.kind, x: point.x + label.offset[0], y: point.y + label.offset[1] };
    });
  });
}

/**
 * The ranges of the shipped semibold faces of "Noto Sans" the browser has fetched: the countries'
 * style. (The header's language picker names Հայերեն and Русский in their own scripts, so the
 * regular faces of those subsets come with the page; the semibold ones only with names that need them.)
 */
const loadedRanges = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.family.replace(/"/g, '') === 'Noto Sans' && face.status === 'loaded' && face.weight === '600')
      .map((face) => face.unicodeRange),
  );

describe('names in Armenian and Russian', () => {
  it('draws the countries along the Aras in Armenian, from the shipped Armenian font', async () => {
    expect((await loadedRanges(atlas.page)).some((range) => range.includes('U+531'))).toBe(false);
    const names = await nameIn(atlas.page, 'hy', 'Հայաստան');
    const countries = names.filter((name) => name.kind === 'country');
    expect(countries.map((name) => name.name)).toEqual(expect.arrayContaining(['Հայաստան', 'Իրան']));
    expect(names.map((name) => name.name)).toContain('Օրդուբադ');
    // The browser fetched the Armenian subset for these names, and no English name is left.
    expect((await loadedRanges(atlas.page)).some((range) => /U\+5(3|4|5)/.test(range))).toBe(true);
    expect(names.map((name) => name.name)).not.toContain('Armenia');
    const shot = await screenshot(atlas.page);
    const { left, top } = await atlas.page.evaluate(() => window.corridorAtlas!.pageBox().toJSON() as DOMRect);
    for (const name of countries.filter((n) => n.name === 'Հայաստան' || n.name === 'Իրան')) {
      // The letters are really drawn there, in the country-name ink.
      expect(closestColorNear(shot, left + name.x, top + name.y, LIGHT.countryLabel, 12).distance, name.name).toBeLessThan(30);
    }
  });

  it('draws them in Russian, then in English again', async () => {
    const russian = await nameIn(atlas.page, 'ru', 'Армения');
    expect(russian.map((name) => name.name)).toEqual(expect.arrayContaining(['Армения', 'Иран', 'Ордубад']));
    expect((await loadedRanges(atlas.page)).some((range) => range.includes('U+410') || /U\+4[0-4]/.test(range))).toBe(true);
    const english = await nameIn(atlas.page, 'en', 'Armenia');
    expect(english.map((name) => name.name)).toEqual(expect.arrayContaining(['Armenia', 'Iran', 'Ordubad']));
    expect(english.map((name) => name.name)).not.toContain('Армения');
  });

  it('exports a picture named in Armenian, with an Armenian title, every style of the Armenian font loaded first', async () => {
    await nameIn(atlas.page, 'hy', 'Հայաստան');
    const result = await atlas.page.evaluate(async () => {
      const map = window.corridorAtlas!;
      const names = map.exportSnapshot().labels?.anchors.areas.map((area) => area.text) ?? [];
      const picture = await map.exportPicture({ width: 1200, height: 800, title: 'Նախիջևան — Нахичевань' });
      const armenianFaces = [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === 'Noto Sans' && face.status === 'loaded' && /U\+5(3|4|5)/.test(face.unicodeRange))
        .map((face) => `${face.weight} ${face.style}`);
      return { ok: picture.ok, names, armenianFaces };
    });
    expect(result.ok).toBe(true);
    expect(result.names).toEqual(expect.arrayContaining(['Հայաստան', 'Ադրբեջան', 'Կասպից ծով']));
    // Country names in semibold, towns in regular, seas and rivers in italic: each face loaded before any was drawn.
    expect(result.armenianFaces).toEqual(expect.arrayContaining(['400 normal', '600 normal', '400 italic']));
  });
});

/** The countries around Nakhchivan, and the picture's own words, as each language writes them. */
const IN_LANGUAGE = {
  az: { countries: ['Ermənistan', 'Azərbaycan', 'İran'], sources: 'Mənbələr:', basemap: 'Altlıq xəritə: Natural Earth', km: ' km' },
  hy: { countries: ['Հայաստան', 'Ադրբեջան', 'Իրան'], sources: 'Աղբյուրներ՝', basemap: 'Հիմնաքարտեզ՝ Natural Earth', km: ' կմ' },
  ru: { countries: ['Армения', 'Азербайджан', 'Иран'], sources: 'Источники:', basemap: 'Подложка: Natural Earth', km: ' км' },
} as const;

describe('a 4K picture in each of the region’s languages', () => {
  it.each(['az', 'hy', 'ru'] as const)('in %s names the countries, and words its sources and scale, in that language', async (lang) => {
    const expected = IN_LANGUAGE[lang];
    // The language chosen as a reader chooses it: the interface's words, the scene's and the map's names all follow.
    await atlas.page.evaluate((lang) => window.corridorAtlasStore!.getState().setLang(lang), lang);
    await atlas.page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
    await atlas.page.waitForFunction((name) => window.corridorAtlas!.placedLabels().some((label) => label.name === name), expected.countries[0]);
    await waitForMapIdle(atlas.page);
    const result = await atlas.page.evaluate(async () => {
      const picture = await window.corridorAtlas!.exportPicture({ width: 3840, height: 2160 });
      if (!picture.ok) return { ok: false as const, message: picture.message };
      const layout = picture.layout;
      return {
        ok: true as const,
        width: picture.width,
        names: picture.names,
        sources: layout.sources?.lines.map((line) => line.text).join(' ') ?? '',
        scale: layout.scaleBar?.label.text ?? '',
      };
    });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expect(result.width).toBe(3840);
    // What the picture drew on its map: the countries in this language, none in English.
    expect(result.names).toEqual(expect.arrayContaining([...expected.countries]));
    expect(result.names).not.toEqual(expect.arrayContaining(['Armenia']));
    expect(result.names).not.toContain('Azerbaijan');
    // Its foot and scale bar in the same language; the documents' titles stay English, as the documents do.
    expect(result.sources).toContain(expected.sources);
    expect(result.sources).toContain(expected.basemap);
    expect(result.sources).toContain('US–Azerbaijan Strategic Partnership Charter');
    expect(result.sources).not.toMatch(/Sources|Basemap|public domain/);
    expect(result.scale.endsWith(expected.km)).toBe(true);
  }, 120_000);
});
