import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../features/layers.ts';
import { SOURCES, SOURCE_IDS } from '../documents/sources.ts';
import { unattributedAlternateNames, unattributedTerms } from './neutralWords.ts';
import type { AlternateName } from '../features/featureVocabulary.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string) => readdirSync(new URL(dir, root));
/** Every file under a folder and its folders (model/ is grouped by domain), as paths inside it. */
const listAll = (dir: string) => readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' });

const NEVER_SHOWN = new Set(['searchVocabulary.ts', 'renamedIds.ts']);

/** The string literals and JSX text of a source file: what it can show a reader. */
function shownStrings(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const literals = [...withoutComments.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0].slice(1, -1));
  const jsxText = [...withoutComments.matchAll(/>([^<>{}]*[A-Za-z][^<>{}]*)</g)].map((m) => m[1]);
  return [...literals, ...jsxText];
}

/** Every string the atlas says in its own voice, with where it comes from. The documents' quotes are left out. */
function appStrings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const file of list('data/features/').filter((f) => f.endsWith('.geojson'))) {
    const { features } = JSON.parse(read(`data/features/${file}`)) as { features: { id: string; properties: Record<string, unknown> }[] };
    for (const { id, properties } of features) {
      for (const key of ['name', 'summary', 'status_note', 'length_note', 'name_note'] as const) {
        if (typeof properties[key] === 'string') out.push({ where: `${file} ${id}.${key}`, text: properties[key] });
      }
      for (const source of properties.geometry_sources as { note?: string }[]) {
        if (source.note) out.push({ where: `${file} ${id} geometry source note`, text: source.note });
      }
      // What an outside source says, in the atlas's words (its title is the source's own).
      for (const [i, source] of ((properties.status_sources ?? []) as { says: string }[]).entries()) {
        out.push({ where: `${file} ${id}.status_sources[${i}].says`, text: source.says });
      }
      for (const [i, event] of ((properties.status_events ?? []) as { source?: { says: string } }[]).entries()) {
        if (event.source) out.push({ where: `${file} ${id}.status_events[${i}].source.says`, text: event.source.says });
      }
    }
  }
  // The tours in English; their other languages' words are held to the same rule in each language (src/i18n/catalogues.test.ts).
  for (const file of list('data/tours/').filter((name) => !/\.[a-z]{2,3}\.json$/.test(name))) {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string' && !/\.(exact|prefix|suffix|source)$/.test(path)) out.push({ where: `data/tours/${file}${path}`, text: value });
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(JSON.parse(read(`data/tours/${file}`)), '');
  }
  for (const layer of LAYERS) out.push({ where: `layer ${layer.id}`, text: layer.title.defaultMessage });
  for (const id of SOURCE_IDS) out.push({ where: `source ${id}`, text: SOURCES[id].provenance });
  for (const dir of ['src/ui/', 'src/map/', 'src/style/', 'src/model/', 'src/state/']) {
    // searchVocabulary holds the spellings search folds together (zangazur → zangezur), renamedIds the
    // old ids that links may still carry: read, never shown.
    for (const file of listAll(dir).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && !NEVER_SHOWN.has(basename(f)))) {
      for (const text of shownStrings(read(`${dir}${file}`))) out.push({ where: `${dir}${file}`, text });
    }
  }
  for (const text of shownStrings(read('src/basemap/corrections.ts'))) out.push({ where: 'src/basemap/corrections.ts', text });
  return out;
}

describe('neutral words in the atlas’s own voice', () => {
  it('finds an unattributed contested term, and lets an attributed one pass', () => {
    expect(unattributedTerms('The line runs through the Zangezur corridor.').map((u) => u.term)).toEqual(['Zangezur']);
    expect(unattributedTerms('The segment through Syunik (Armenia), which the bulletin calls the Zangezur corridor.')).toEqual([]);
    expect(unattributedTerms('Resettlement of the liberated territories.')[0].term).toBe('liberated');
    expect(unattributedTerms('The main town, Stepanakert.')[0].term).toBe('Stepanakert');
    expect(unattributedTerms('Khankendi / Stepanakert')).toEqual([]);
  });

  it('judges each sentence by itself: attribution or a dual name in one sentence covers no other', () => {
    const twoSentences = unattributedTerms('The bulletin calls the route the Zangezur corridor. Trains would use the Zangezur corridor by 2028.');
    expect(twoSentences.map((u) => u.sentence)).toEqual(['Trains would use the Zangezur corridor by 2028.']);
    const apart = unattributedTerms('The airport serves Khankendi / Stepanakert. Stepanakert lies in the valley.');
    expect(apart.map((u) => u.term)).toEqual(['Stepanakert']);
  });

  it('knows the terms regional readers found in the atlas’s voice, in any case', () => {
    expect(unattributedTerms('Hydropower projects in western Azerbaijan.')[0].term).toBe('western Azerbaijan');
    expect(unattributedTerms('Projects in Western Azerbaijan.')[0].term).toBe('Western Azerbaijan');
    expect(unattributedTerms('The line would end its isolation. Wait: ending its isolation.').map((u) => u.term)).toEqual(['ending its isolation']);
    expect(unattributedTerms('TRIPP and the rail chain it would close').map((u) => u.term)).toEqual(['rail chain it would close']);
    expect(unattributedTerms('The route would cross Syunik, joining the two parts of Azerbaijan.')[0].term).toBe('joining the two parts of Azerbaijan');
    expect(unattributedTerms('the ZANGEZUR line')[0].term).toBe('ZANGEZUR');
    expect(unattributedTerms('From north-western Azerbaijan (Gazakh) through northern Armenia.')).toEqual([]);
  });

  it('holds alternate names that are one side’s terms to a usage saying whose they are', () => {
    const names: AlternateName[] = [
      { name: 'Zangezur corridor', usage: 'spelling' },
      { name: 'Artsakh', usage: 'international' },
      { name: 'Zangezur power line', usage: 'bulletin' },
      { name: 'Artsakh', usage: 'armenian' },
      { name: 'Meghri route', usage: 'international' },
    ];
    expect(unattributedAlternateNames(names)).toEqual(names.slice(0, 2));
  });

  it('every alternate name in the data that is a contested term says whose usage it is', () => {
    const offending: string[] = [];
    for (const file of list('data/features/').filter((f) => f.endsWith('.geojson'))) {
      const { features } = JSON.parse(read(`data/features/${file}`)) as { features: { id: string; properties: { alternate_names?: AlternateName[] } }[] };
      for (const { id, properties } of features) {
        for (const { name, usage } of unattributedAlternateNames(properties.alternate_names ?? [])) offending.push(`${id}: "${name}" (${usage})`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('reads the strings of the pure model too, where notices and titles are written', () => {
    expect(appStrings().some(({ where }) => where.startsWith('src/model/'))).toBe(true);
  });

  it('no summary, tour text, layer title, source note or UI string uses a contested term without attribution', () => {
    const strings = appStrings();
    expect(strings.length).toBeGreaterThan(200);
    const offending = strings.flatMap(({ where, text }) => unattributedTerms(text).map((u) => `${where}: "${u.term}" in "${u.sentence}" (${u.why})`));
    expect(offending).toEqual([]);
  });
});
