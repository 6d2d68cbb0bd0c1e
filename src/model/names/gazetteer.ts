/**
 * The gazetteer: every name the map shows (countries, seas, rivers, regions, towns, the atlas's
 * features) in each language of the region, each form with its source and whose usage it is
 * (data/gazetteer.json). Pure: the functions take the gazetteer as a value, so the English map
 * needs none of it and a language's names can be loaded when that language is chosen.
 */

export const GAZETTEER_LANGS = ['en', 'az', 'hy', 'ru'] as const;
export type GazetteerLang = (typeof GAZETTEER_LANGS)[number];

/**
 * What a form is. The first `official`/`conventional`/`usage`/`fallback` row of a language is the
 * name shown; `short` is what the map prints beside a feature's mark; `historic` and `alternate`
 * are found by search but never shown as the atlas's own.
 */
export const GAZETTEER_FORMS = ['official', 'conventional', 'usage', 'short', 'historic', 'alternate', 'fallback'] as const;
export type GazetteerForm = (typeof GAZETTEER_FORMS)[number];

export interface GazetteerRow {
  lang: GazetteerLang;
  name: string;
  form: GazetteerForm;
  /** An id of `sources`. */
  source: string;
  /** Where in the source: an article title, a CLDR code, a Natural Earth name, a feature id. */
  ref?: string;
  /** Whose usage the form is, or why it is shown. */
  note?: string;
}

export interface GazetteerEntry {
  /** `country/…`, `sea/…`, `river/…`, `region/…`, `place/…` (by the basemap's English name) or `feature/<id>`. */
  key: string;
  /**
   * Set where the two sides name a place differently: both forms are shown in every language,
   * the `official` one first, then the `usage` one (the string says whose each is).
   */
  contested?: string;
  rows: GazetteerRow[];
}

export interface GazetteerSource {
  title: string;
  url: string;
}

export interface GazetteerFile {
  languages: readonly GazetteerLang[];
  sources: Record<string, GazetteerSource>;
  entries: GazetteerEntry[];
}

export interface Gazetteer {
  file: GazetteerFile;
  byKey: ReadonlyMap<string, GazetteerEntry>;
}

const SHOWN: ReadonlySet<GazetteerForm> = new Set(['official', 'conventional', 'usage', 'fallback']);

export function makeGazetteer(file: GazetteerFile): Gazetteer {
  return { file, byKey: new Map(file.entries.map((entry) => [entry.key, entry])) };
}

/** The key of a basemap name: its kind (capitals and towns are both places) and its English text. */
export function basemapKey(kind: string, text: string): string {
  return `${kind === 'capital' || kind === 'city' ? 'place' : kind}/${text}`;
}

export const featureKey = (id: string): string => `feature/${id}`;

const rowsIn = (entry: GazetteerEntry, lang: GazetteerLang) => entry.rows.filter((row) => row.lang === lang);

/**
 * The name shown in a language, or undefined where the gazetteer has no row for it (the caller
 * keeps its English text). A contested name shows both forms, "Xankəndi / Stepanakert": the
 * official form first, the same order in every language, so maps in two languages agree.
 */
export function nameIn(gazetteer: Gazetteer, key: string, lang: GazetteerLang): string | undefined {
  const entry = gazetteer.byKey.get(key);
  if (!entry) return undefined;
  const rows = rowsIn(entry, lang);
  if (entry.contested) {
    const official = rows.find((row) => row.form === 'official');
    const other = rows.find((row) => row.form === 'usage');
    if (official && other) return `${official.name} / ${other.name}`;
  }
  return rows.find((row) => SHOWN.has(row.form))?.name;
}

/** What the map prints beside a feature's mark: its short form, else its name without asides in brackets. */
export function mapNameIn(gazetteer: Gazetteer, key: string, lang: GazetteerLang): string | undefined {
  const short = gazetteer.byKey.get(key)?.rows.find((row) => row.lang === lang && row.form === 'short');
  return short?.name ?? nameIn(gazetteer, key, lang)?.replace(/ \([^)]*\)/g, '').trim();
}

/** Every form of a name in every language, for search: shown, short, historic and other spellings. */
export function allNames(gazetteer: Gazetteer, key: string): string[] {
  const entry = gazetteer.byKey.get(key);
  return entry ? [...new Set(entry.rows.map((row) => row.name))] : [];
}

/** A translator for one language: a key's name there, or `english` where it has none. */
export function namesIn(gazetteer: Gazetteer | null, lang: GazetteerLang): (key: string, english: string) => string {
  if (!gazetteer || lang === 'en') return (_key, english) => english;
  return (key, english) => nameIn(gazetteer, key, lang) ?? english;
}

/** A feature's name in a language (its English name where the gazetteer has none), for panels, titles and tables. */
export function featureNameIn(gazetteer: Gazetteer | null, lang: GazetteerLang): (feature: { id: string; properties: { name: string } }) => string {
  if (!gazetteer || lang === 'en') return (feature) => feature.properties.name;
  return (feature) => nameIn(gazetteer, featureKey(feature.id), lang) ?? feature.properties.name;
}
