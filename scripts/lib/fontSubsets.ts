/**
 * The label and interface font, cut down to the letters the atlas uses: Noto Sans (Latin, Latin
 * Extended, Cyrillic, Cyrillic Extended) and Noto Sans Armenian, both from @fontsource, in the
 * styles names are drawn in (regular, semibold, italic), each subset to every character of the
 * documents, the data (the gazetteer's names in every language included), the basemap's names and
 * the interface's code and message catalogues, plus printable ASCII for whatever a user types.
 * Every subset is a face of the one family "Noto Sans" with its own unicode-range, so the browser
 * fetches a script's file only when a page shows one of its letters. Used by prepare-fonts.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { projectRoot } from './basemapInputs.ts';

export const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 600, style: 'normal' },
  { weight: 400, style: 'italic' },
] as const;
export type Face = (typeof FACES)[number];

interface SubsetSource {
  /** The @fontsource package. */
  pkg: string;
  /** The subset's name in that package. */
  subset: string;
  /** The package's stylesheet and file for a face. */
  css: (face: Face) => string;
  file: (face: Face) => string;
}

const notoSans = (subset: string): SubsetSource => ({
  pkg: '@fontsource/noto-sans',
  subset,
  css: ({ weight, style }) => `${weight}${style === 'italic' ? '-italic' : ''}.css`,
  file: ({ weight, style }) => `noto-sans-${subset}-${weight}-${style}.woff2`,
});

/**
 * In order: a letter goes to the first subset whose range has it. Noto Sans Armenian has no italic:
 * its italic face is the upright one (an Armenian sea or river name stands upright, never in a
 * fallback font or as empty boxes).
 */
export const SUBSET_SOURCES: SubsetSource[] = [
  notoSans('latin'),
  notoSans('latin-ext'),
  notoSans('cyrillic'),
  notoSans('cyrillic-ext'),
  {
    pkg: '@fontsource/noto-sans-armenian',
    subset: 'armenian',
    css: ({ weight }) => `${weight}.css`,
    file: ({ weight }) => `noto-sans-armenian-armenian-${weight}-normal.woff2`,
  },
];

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fonts' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Every character the atlas can show of its own: documents, data, basemap names, interface text. */
export function usedCodePoints(): Set<number> {
  const points = new Set<number>();
  for (let code = 0x20; code <= 0x7e; code++) points.add(code);
  // The thin and en spaces region names are spaced out with (regionText), written as escapes in the code.
  points.add(0x2009).add(0x2002);
  const sources = [
    ...filesUnder(join(projectRoot, 'data'), /\.(txt|json|geojson)$/),
    // The code, and the interface's message catalogues in every language (src/i18n/messages/*.json).
    ...filesUnder(join(projectRoot, 'src'), /\.(ts|tsx|json)$/),
    join(projectRoot, 'public', 'basemap', 'labels.geojson'),
    join(projectRoot, 'index.html'),
  ];
  for (const file of sources.filter((path) => existsSync(path))) {
    for (const character of readFileSync(file, 'utf8')) {
      points.add(character.codePointAt(0)!);
      // Region names are drawn in capitals (model/scene/labelPlacement.ts regionText): ՍՅՈՒՆԻՔ, СЮНИК.
      for (const upper of character.toUpperCase()) points.add(upper.codePointAt(0)!);
    }
  }
  return points;
}

/** The code points of a CSS unicode-range ("U+0100-02BA,U+0304"). */
export function inRange(range: string): (code: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
  });
  return (code) => spans.some(([from, to]) => code >= from && code <= to);
}

/** Code points as a compact unicode-range. */
export function toRange(points: readonly number[]): string {
  const spans: [number, number][] = [];
  for (const point of [...points].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else spans.push([point, point]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return spans.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

export interface FontSubset {
  /** The shipped file's name in src/fonts/. */
  name: string;
  face: Face;
  points: number[];
  font: Uint8Array;
  /**
   * The same subset as plain TrueType, for the PDF export (src/map/slidePdf.ts): fontkit subsets a
   * WOFF2 font's composite glyphs (ə, ş, accented letters) from its transformed glyph table and
   * fails ("Index out of range", measured), but subsets TrueType well.
   */
  truetype: Uint8Array;
}

/** The shipped subsets: each face, each script the atlas uses, cut to the letters it uses. */
export async function buildFontSubsets(used: ReadonlySet<number> = usedCodePoints()): Promise<FontSubset[]> {
  const require = createRequire(import.meta.url);
  const out: FontSubset[] = [];
  for (const face of FACES) {
    const left = new Set(used);
    for (const source of SUBSET_SOURCES) {
      const dir = dirname(require.resolve(`${source.pkg}/package.json`));
      const css = readFileSync(join(dir, source.css(face)), 'utf8');
      const file = source.file(face);
      const range = css.split('@font-face').find((rule) => rule.includes(`/files/${file}`))?.match(/unicode-range:\s*([^;]+);/)?.[1];
      if (!range) throw new Error(`prepare-fonts: no unicode-range for ${file} in ${source.pkg}`);
      // A letter an earlier subset has (Noto Sans Armenian repeats some punctuation) stays there.
      const points = [...left].filter(inRange(range));
      if (points.length === 0) continue;
      for (const point of points) left.delete(point);
      const original = readFileSync(join(dir, 'files', file));
      const letters = String.fromCodePoint(...points);
      const font = await subsetFont(original, letters, { targetFormat: 'woff2' });
      const truetype = await subsetFont(original, letters, { targetFormat: 'sfnt' });
      out.push({ name: `noto-sans-${source.subset}-${face.weight}-${face.style}.woff2`, face, points, font, truetype });
    }
  }
  return out;
}

/** The stylesheet main.tsx imports: one face of "Noto Sans" per subset, with its unicode-range. */
export function fontStylesheet(subsets: readonly FontSubset[]): string {
  const rules = subsets.map(
    ({ name, face, points }) =>
      `@font-face {\n  font-family: 'Noto Sans';\n  font-style: ${face.style};\n  font-weight: ${face.weight};\n  font-display: swap;\n` +
      `  src: url(./${name}) format('woff2');\n  unicode-range: ${toRange(points)};\n}`,
  );
  return `/* Generated by scripts/prepare-fonts.ts: Noto Sans and Noto Sans Armenian (SIL OFL) subset to the atlas's letters. */\n${rules.join('\n')}\n`;
}
