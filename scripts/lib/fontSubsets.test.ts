/**
 * Glyph coverage: every letter of every name the map can show, in every language, and of the
 * interface's message catalogues, is in a font file the atlas ships, in each style names are
 * drawn in; read from the subset files' own character maps (HarfBuzz), not assumed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fontverter from 'fontverter';
import { Blob, Face as HbFace } from 'harfbuzzjs';
import { buildFontSubsets, FACES, fontStylesheet, inRange, type Face, type FontSubset } from './fontSubsets.ts';
import { projectRoot } from './basemapInputs.ts';
import { regionText } from '../../src/model/scene/labelPlacement.ts';
import type { GazetteerFile } from '../../src/model/names/gazetteer.ts';

const gazetteer = JSON.parse(readFileSync(join(projectRoot, 'data', 'gazetteer.json'), 'utf8')) as GazetteerFile;

/** Every string in a JSON value (a catalogue may be flat or nested, with descriptions beside messages). */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

/** The interface's messages in every language, where the catalogues exist (src/i18n/messages/*.json). */
function catalogueTexts(): string[] {
  const dir = join(projectRoot, 'src', 'i18n', 'messages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => stringsOf(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

let subsets: FontSubset[];
/** For each face, the code points a shipped file both claims (unicode-range) and has a glyph for. */
const drawable = new Map<Face, Set<number>>();

beforeAll(async () => {
  subsets = await buildFontSubsets();
  for (const face of FACES) drawable.set(face, new Set());
  for (const subset of subsets) {
    const sfnt = await fontverter.convert(subset.font, 'sfnt');
    const cmap = new Set(new HbFace(new Blob(sfnt), 0).collectUnicodes());
    for (const point of subset.points) if (cmap.has(point)) drawable.get(subset.face)!.add(point);
  }
}, 60_000);

/** The letters of `texts` that a face cannot draw, with a text that uses each. */
function missing(texts: readonly string[], face: Face): string[] {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const character of text) {
      if (/\s/u.test(character) && character !== '\u2009' && character !== '\u2002') continue;
      if (!drawable.get(face)!.has(character.codePointAt(0)!) && !out.has(character)) out.set(character, text);
    }
  }
  return [...out].map(([character, text]) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()} “${character}” in “${text}”`);
}

describe('glyph coverage of the shipped fonts', () => {
  const names = gazetteer.entries.flatMap((entry) => entry.rows.map((row) => row.name));
  // Region names are drawn spaced out in capitals; whichever kind a name is, check it both ways.
  const drawn = [...names, ...names.map(regionText)];

  it.each(FACES.map((face) => [`${face.weight} ${face.style}`, face] as const))('draws every gazetteer name in every language, %s', (_label, face) => {
    expect(missing(drawn, face)).toEqual([]);
  });

  it('draws every message of the interface’s catalogues', () => {
    for (const face of FACES) expect(missing(catalogueTexts(), face)).toEqual([]);
  });

  it('ships Cyrillic and Armenian, each its own file behind a unicode-range the browser fetches only for those letters', () => {
    const css = fontStylesheet(subsets);
    const armenian = subsets.find((subset) => subset.name === 'noto-sans-armenian-400-normal.woff2')!;
    const range = css.split('@font-face').find((rule) => rule.includes(armenian.name))!.match(/unicode-range: ([^;]+);/)![1];
    expect(inRange(range)('Ք'.codePointAt(0)!)).toBe(true);
    expect(inRange(range)('a'.codePointAt(0)!)).toBe(false);
    expect(subsets.map((subset) => subset.name)).toEqual(expect.arrayContaining(['noto-sans-cyrillic-400-normal.woff2', 'noto-sans-cyrillic-400-italic.woff2', 'noto-sans-armenian-600-normal.woff2']));
  });

  it('would notice a script it does not ship (Georgian)', () => {
    expect(missing(['Georgia: საქართველო'], FACES[0])).toHaveLength(9);
  });
});
