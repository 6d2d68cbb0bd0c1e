/**
 * Generates data/gazetteer.json: a row in en, az, hy and ru for every name the map shows.
 *   countries   the basemap's English name; az, hy, ru from Unicode CLDR territory names (Node's ICU)
 *   towns       the basemap's English name; ru from Natural Earth's name_ru; az, hy, ru from CLDR's
 *               exemplar cities (cldr-exemplar-cities.json) and the hand-written rows (curated.ts)
 *   the rest    hand-written rows, each with its source (curated.ts)
 * A name no source gives in a language gets a `fallback` row: shown as in English, and counted.
 * Run: npx tsx scripts/data/build-gazetteer.ts   (the output is committed)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap } from '../../src/basemap/build.ts';
import { normaliseName } from '../../src/basemap/corrections.ts';
import { basemapKey, featureKey, GAZETTEER_LANGS, type GazetteerEntry, type GazetteerFile, type GazetteerLang, type GazetteerRow } from '../../src/model/names/gazetteer.ts';
import { readBasemapInputs, projectRoot } from '../lib/basemapInputs.ts';
import { datasetFromDisk } from '../lib/onDisk.ts';
import { CONTESTED_AND_ATTRIBUTED, FEATURES, PLACES, WATER_AND_REGIONS, type CuratedEntry } from './gazetteer/curated.ts';

export const GAZETTEER_SOURCES: GazetteerFile['sources'] = {
  'natural-earth': {
    title: 'Natural Earth 1:10m and 1:50m (world-atlas and data/basemap), each name as the atlas’s basemap shows it after src/basemap/corrections.ts',
    url: 'https://www.naturalearthdata.com/',
  },
  'natural-earth-ru': {
    title: 'Natural Earth 1:10m populated places, field name_ru (data/basemap/places.geojson); ref is the place’s Natural Earth name',
    url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/',
  },
  cldr: {
    title: 'Unicode CLDR 48: territory display names (ref “territory XX”) and time-zone exemplar cities (ref “exemplar city Zone/City”)',
    url: 'https://cldr.unicode.org/',
  },
  'wikipedia-az': { title: 'Azerbaijani Wikipedia: the title of the article named in ref', url: 'https://az.wikipedia.org/' },
  'wikipedia-hy': { title: 'Armenian Wikipedia: the title of the article named in ref', url: 'https://hy.wikipedia.org/' },
  'wikipedia-ru': { title: 'Russian Wikipedia: the title of the article named in ref', url: 'https://ru.wikipedia.org/' },
  web: { title: 'A public web page, its address in ref (a stored copy was read)', url: 'https://hmong.ru/wiki/Nakhchivan_(city)' },
  'atlas-data': {
    title: 'The atlas’s feature data (data/features): a feature’s name and its alternate names, each with whose usage it is; ref is the feature id',
    url: 'data/features/README.md',
  },
  'atlas-translation': {
    title:
      'The atlas’s own translation of its descriptive feature names: place names inside follow this gazetteer’s rows, project names (TRIPP, TANAP, TAP, SCP, BTK) keep their established forms; ref is the feature id',
    url: 'docs/ARCHITECTURE.md',
  },
};

/** Natural Earth's abbreviated country names, with the ISO 3166 code CLDR names them by. */
const COUNTRY_CODES: Record<string, string> = {
  'Antigua and Barb.': 'AG', 'Bosnia and Herzegovina': 'BA', 'Br. Indian Ocean Ter.': 'IO', 'British Virgin Is.': 'VG',
  'Cabo Verde': 'CV', 'Cayman Is.': 'KY', 'Central African Rep.': 'CF', Congo: 'CG', 'Cook Is.': 'CK', "Côte d'Ivoire": 'CI',
  'Dem. Rep. Congo': 'CD', 'Dominican Rep.': 'DO', 'Eq. Guinea': 'GQ', 'Faeroe Is.': 'FO', 'Falkland Is.': 'FK',
  'Fr. Polynesia': 'PF', 'Fr. S. Antarctic Lands': 'TF', 'Heard I. and McDonald Is.': 'HM', 'Hong Kong': 'HK', Macao: 'MO',
  'Marshall Is.': 'MH', Myanmar: 'MM', 'N. Mariana Is.': 'MP', Palestine: 'PS', 'Pitcairn Is.': 'PN',
  'S. Geo. and the Is.': 'GS', 'S. Sudan': 'SS', 'Saint Helena': 'SH', 'Saint Lucia': 'LC', 'Solomon Is.': 'SB',
  'St-Barthélemy': 'BL', 'St-Martin': 'MF', 'St. Kitts and Nevis': 'KN', 'St. Pierre and Miquelon': 'PM',
  'St. Vin. and Gren.': 'VC', 'São Tomé and Principe': 'ST', 'Trinidad and Tobago': 'TT', 'Turks and Caicos Is.': 'TC',
  'U.S. Virgin Is.': 'VI', 'United States of America': 'US', 'W. Sahara': 'EH', 'Wallis and Futuna Is.': 'WF', eSwatini: 'SZ',
};
/** CLDR's long name adds a status these names do not need on a map ("Hong Kong SAR China"): its short form. */
const SHORT_FORM = new Set(['HK', 'MO', 'PS']);
const OTHER_LANGS = GAZETTEER_LANGS.filter((lang) => lang !== 'en') as Exclude<GazetteerLang, 'en'>[];

function countryCodes(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name && name !== code) codes.set(name, code);
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_CODES)) codes.set(name, code);
  return codes;
}

function cldrCountry(code: string, lang: GazetteerLang): string | undefined {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none', style: SHORT_FORM.has(code) ? 'short' : 'long' });
  const name = names.of(code);
  return name && name !== code ? name : undefined;
}

interface ExemplarFile {
  cities: Record<string, { zone: string } & Partial<Record<GazetteerLang, string>>>;
}

export function buildGazetteer(): { file: GazetteerFile; fallbacks: Record<GazetteerLang, number> } {
  if (process.versions.cldr !== '48.0') throw new Error(`build-gazetteer: CLDR 48.0 expected (Node’s ICU has ${process.versions.cldr})`);
  const inputs = readBasemapInputs();
  const basemap = buildBasemap(inputs);
  const exemplars = JSON.parse(readFileSync(join(projectRoot, 'scripts/data/gazetteer/cldr-exemplar-cities.json'), 'utf8')) as ExemplarFile;
  const nameRu = new Map(inputs.places.features.map((f) => [normaliseName(f.properties?.name), f.properties as { name?: string; name_ru?: string | null }]));
  const codes = countryCodes();

  const generated = new Map<string, { english: string; rows: GazetteerRow[] }>();
  const add = (key: string, english: string, rows: GazetteerRow[]) => {
    if (!generated.has(key)) generated.set(key, { english, rows });
  };

  for (const area of basemap['label-anchors.json'].areas) {
    const key = basemapKey(area.kind, area.text);
    const rows: GazetteerRow[] = [{ lang: 'en', name: area.text, form: 'conventional', source: 'natural-earth' }];
    const code = area.kind === 'country' ? codes.get(area.text) : undefined;
    if (code) {
      for (const lang of OTHER_LANGS) {
        const name = cldrCountry(code, lang);
        if (name) rows.push({ lang, name, form: 'conventional', source: 'cldr', ref: `territory ${code}` });
      }
    }
    add(key, area.text, rows);
  }
  const places = new Map(inputs.places.features.map((f) => [normaliseName(f.properties?.name_en || f.properties?.name), f]));
  for (const label of basemap['labels.geojson'].features) {
    const { text, kind } = label.properties;
    const rows: GazetteerRow[] = [{ lang: 'en', name: text, form: 'conventional', source: 'natural-earth' }];
    const exemplar = exemplars.cities[text];
    for (const lang of OTHER_LANGS) {
      const name = exemplar?.[lang];
      if (name) rows.push({ lang, name, form: 'conventional', source: 'cldr', ref: `exemplar city ${exemplar.zone}` });
    }
    // Natural Earth keys its places by a native-ish `name`; the label may show a corrected English one.
    const place = places.get(text);
    const ne = place ? nameRu.get(normaliseName(place.properties?.name)) : undefined;
    if (kind !== 'region' && ne?.name_ru) rows.push({ lang: 'ru', name: ne.name_ru, form: 'conventional', source: 'natural-earth-ru', ref: ne.name ?? text });
    add(basemapKey(kind, text), text, rows);
  }
  for (const feature of datasetFromDisk()) {
    add(featureKey(feature.id), feature.properties.name, [{ lang: 'en', name: feature.properties.name, form: 'conventional', source: 'atlas-data', ref: feature.id }]);
  }

  const curated = new Map<string, CuratedEntry>();
  for (const entry of [...CONTESTED_AND_ATTRIBUTED, ...PLACES, ...WATER_AND_REGIONS, ...FEATURES]) {
    if (!generated.has(entry.key)) throw new Error(`build-gazetteer: ${entry.key} is not a name the map shows`);
    if (curated.has(entry.key)) throw new Error(`build-gazetteer: ${entry.key} is written twice`);
    curated.set(entry.key, entry);
  }

  const fallbacks = Object.fromEntries(GAZETTEER_LANGS.map((lang) => [lang, 0])) as Record<GazetteerLang, number>;
  const entries: GazetteerEntry[] = [];
  for (const [key, { english, rows: made }] of [...generated].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hand = curated.get(key);
    const rows: GazetteerRow[] = [];
    for (const lang of GAZETTEER_LANGS) {
      // Hand-written rows first (the first shown one is the display form), then what the generated sources add.
      const mine = (hand?.rows[lang] ?? []).map((row) => ({ lang, ...row }));
      // A contested English name is its two forms, written by hand; the label's joined text is not a name of its own.
      const theirs = hand?.contested && lang === 'en' ? [] : made.filter((row) => row.lang === lang && !mine.some((m) => m.name === row.name));
      const all = lang === 'en' && !hand?.contested ? [...theirs, ...mine] : [...mine, ...theirs];
      if (all.length === 0) {
        fallbacks[lang]++;
        all.push({ lang, name: english, form: 'fallback', source: key.startsWith('feature/') ? 'atlas-data' : 'natural-earth', note: `no sourced ${lang} form yet: shown as in English` });
      }
      rows.push(...all);
    }
    entries.push({ key, ...(hand?.contested ? { contested: hand.contested } : {}), rows });
  }
  return { file: { languages: GAZETTEER_LANGS, sources: GAZETTEER_SOURCES, entries }, fallbacks };
}

/** One row a line, so a change to a name is a one-line change to review. */
export function formatGazetteer(file: GazetteerFile): string {
  const entry = ({ rows, ...head }: GazetteerEntry) => {
    const opening = JSON.stringify(head).slice(0, -1);
    return `  ${opening}, "rows": [\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]}`;
  };
  return (
    `{\n "languages": ${JSON.stringify(file.languages)},\n "sources": ${JSON.stringify(file.sources, null, 2).replace(/\n/g, '\n ')},\n` +
    ` "entries": [\n${file.entries.map(entry).join(',\n')}\n ]\n}\n`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, fallbacks } = buildGazetteer();
  const text = formatGazetteer(file);
  // The layout is for reading; the content must be the same JSON.
  if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(file)) throw new Error('build-gazetteer: formatting changed the content');
  writeFileSync(join(projectRoot, 'data', 'gazetteer.json'), text);
  const rows = file.entries.flatMap((entry) => entry.rows);
  const perLang = GAZETTEER_LANGS.map((lang) => `${lang} ${rows.filter((row) => row.lang === lang).length}`).join(', ');
  console.log(`build-gazetteer: ${file.entries.length} names, ${rows.length} rows (${perLang}); fallbacks ${JSON.stringify(fallbacks)}`);
}
