/**
 * The catalogues against the code and each other: a message the code uses and a catalogue lacks,
 * or a catalogue entry no code uses, fails here; so does a translation that drops an argument or
 * lacks a plural form its language needs (Russian: one, few, many, other).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGS, LOCALES } from '../model/words/language.ts';
import { CATALOGUE_FOLDER, compileCatalogue } from '../../scripts/lib/compiledMessages.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (lang: string) => JSON.parse(readFileSync(`${CATALOGUE_FOLDER}${lang}.json`, 'utf8')) as Record<string, unknown>;
const english = read('en') as Record<string, { defaultMessage: string; description?: string }>;
const TRANSLATED = LANGS.filter((lang) => lang !== 'en');

/** What `npm run extract-messages` would write: every message the code names. */
function extractedFromCode(): Record<string, { defaultMessage: string; description?: string }> {
  const out = execFileSync(`${ROOT}node_modules/.bin/formatjs`, ['extract', 'src/**/*.{ts,tsx}', '--ignore', 'src/**/*.test.ts'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

/** The argument names and tags a message uses, and its plurals' forms. */
function shape(elements: MessageFormatElement[], into = { names: new Set<string>(), plurals: [] as string[][] }) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.names.add(element.value);
    if (element.type === TYPE.plural) into.plurals.push(Object.keys(element.options));
    if (element.type === TYPE.plural || element.type === TYPE.select) Object.values(element.options).forEach((option) => shape(option.value, into));
    if (element.type === TYPE.tag) shape(element.children, into);
  }
  return into;
}

describe('the catalogues', () => {
  it('English is exactly what the code says: no message missing, none unused, none stale (npm run extract-messages)', () => {
    const code = extractedFromCode();
    const missing = Object.keys(code).filter((id) => !(id in english));
    const unused = Object.keys(english).filter((id) => !(id in code));
    const stale = Object.keys(code).filter((id) => id in english && english[id].defaultMessage !== code[id].defaultMessage);
    expect({ missing, unused, stale }).toEqual({ missing: [], unused: [], stale: [] });
  });

  it('knows every message id written in the code, even one extraction cannot see (a descriptor outside defineMessages)', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src/**/*.ts', 'src/**/*.tsx'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && !file.endsWith('.test.ts'));
    const written = files.flatMap((file) =>
      [...readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/\bid(?::\s*|=)['"]([\w.]+)['"],?\s*defaultMessage/g)].map((match) => `${file}: ${match[1]}`),
    );
    expect(written.length).toBeGreaterThan(150);
    expect(written.filter((entry) => !(entry.split(': ')[1] in english))).toEqual([]);
  });

  it.each(TRANSLATED)('%s has every message English has, and no other', (lang) => {
    const catalogue = read(lang);
    const missing = Object.keys(english).filter((id) => !(id in catalogue));
    const unused = Object.keys(catalogue).filter((id) => !(id in english));
    expect({ missing, unused }).toEqual({ missing: [], unused: [] });
  });

  it.each(TRANSLATED)('%s keeps each message’s arguments and gives every plural the forms its language needs', (lang) => {
    const catalogue = read(lang) as Record<string, string>;
    const categories = new Intl.PluralRules(LOCALES[lang]).resolvedOptions().pluralCategories;
    const faults: string[] = [];
    for (const [id, text] of Object.entries(catalogue)) {
      if (!(id in english)) continue;
      const source = shape(parse(english[id].defaultMessage));
      const translated = shape(parse(text));
      const names = (set: Set<string>) => [...set].sort().join(',');
      if (names(source.names) !== names(translated.names)) faults.push(`${id}: uses {${names(translated.names)}}, English {${names(source.names)}}`);
      for (const forms of translated.plurals) {
        const lacking = categories.filter((category) => !forms.includes(category));
        if (lacking.length > 0) faults.push(`${id}: a plural without ${lacking.join(', ')}`);
      }
    }
    expect(faults).toEqual([]);
  });

  /**
   * The atlas's own words never adopt one side's term: in each language, a contested term stands in
   * quotation marks in a message that says whose term it is, and one form of a contested place name
   * never stands without the other (as model/words/neutralWords.ts holds the English).
   */
  const CONTESTED: Record<(typeof TRANSLATED)[number], { terms: RegExp; attributed: RegExp; pairs: [string, string][] }> = {
    ru: { terms: /Зангезур\p{L}*|Арцах\p{L}*|Западн\p{L}* Азербайджан\p{L}*|освобожд\p{L}* территор\p{L}*/giu, attributed: /бюллетен|хартии|употреблени/iu, pairs: [['Ханкенди', 'Степанакерт']] },
    az: { terms: /Zəngəzur\p{L}*|Artsax\p{L}*|Qərbi Azərbaycan\p{L}*|Dağlıq Qarabağ\p{L}*/giu, attributed: /bülleten|xartiya|istifadə/iu, pairs: [['Xankəndi', 'Stepanakert']] },
    hy: { terms: /Զանգեզուր\p{L}*|Արցախ\p{L}*|Արևմտյան Ադրբեջան\p{L}*/giu, attributed: /տեղեկագր|խարտիա|գործածություն/iu, pairs: [['Խանքենդի', 'Ստեփանակերտ']] },
  };

  /** The tour's words in a language, as id → text beside the catalogue's (data/tours/<tour>.<lang>.json). */
  const tourWords = (lang: string): Record<string, string> => {
    const tour = JSON.parse(readFileSync(`${ROOT}data/tours/region-walkthrough.${lang}.json`, 'utf8')) as { title: string; note?: string; steps: { title: string; text: string }[] };
    const steps = tour.steps.flatMap((step, index) => [[`tour step ${index + 1} title`, step.title], [`tour step ${index + 1}`, step.text]]);
    return Object.fromEntries([['tour title', tour.title], ['tour note', tour.note ?? ''], ...steps]);
  };

  it.each(TRANSLATED)('%s quotes and attributes every contested term, and names a contested place in both forms, in the interface and the tour', (lang) => {
    const { terms, attributed, pairs } = CONTESTED[lang];
    const faults: string[] = [];
    for (const [id, text] of Object.entries({ ...(read(lang) as Record<string, string>), ...tourWords(lang) })) {
      for (const match of text.matchAll(terms)) {
        const quoted = text.lastIndexOf('«', match.index) > text.lastIndexOf('»', match.index);
        if (!quoted || !attributed.test(text)) faults.push(`${id}: “${match[0]}” is not quoted and attributed`);
      }
      for (const [one, other] of pairs) if (text.includes(one) !== text.includes(other)) faults.push(`${id}: ${one} without ${other}, or the reverse`);
    }
    expect(faults).toEqual([]);
    // The check itself: an unquoted, unattributed term is caught.
    expect('Зангезурский коридор'.match(CONTESTED.ru.terms)).not.toBeNull();
  });

  it('cannot be built with a message of bad ICU syntax: the compiler names the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'catalogue-'));
    const file = join(folder, 'ru.json');
    writeFileSync(file, JSON.stringify({ 'year.undated': '{count, plural, one {# план} other {# планов}' }));
    expect(() => compileCatalogue(file, 'simple')).toThrow(file);
    writeFileSync(file, JSON.stringify({ 'year.undated': '{count, plural, one {# план} other {# планов}}' }));
    expect(JSON.parse(compileCatalogue(file, 'simple'))['year.undated'][0].type).toBe(TYPE.plural);
  });
});
