/**
 * The gazetteer's contract (zod, checked by `npm run validate` and the tests, never shipped) and the
 * checks a reader of the map relies on: every name the map shows has a shown form in every
 * language, every form names its source, and a contested name has both sides' forms in every
 * language, each saying whose it is.
 */
import { z } from '../features/schemaRuntime.ts';
import { GAZETTEER_FORMS, GAZETTEER_LANGS, type GazetteerFile, type GazetteerLang } from '../names/gazetteer.ts';

const RowSchema = z.strictObject({
  lang: z.enum(GAZETTEER_LANGS),
  name: z.string().trim().min(1),
  form: z.enum(GAZETTEER_FORMS),
  source: z.string().min(1),
  ref: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const GazetteerFileSchema = z.strictObject({
  languages: z.array(z.enum(GAZETTEER_LANGS)).min(1),
  sources: z.record(z.string(), z.strictObject({ title: z.string().min(1), url: z.string().min(1) })),
  entries: z.array(
    z.strictObject({
      key: z.string().regex(/^(country|sea|river|region|place|feature)\/.+/),
      contested: z.string().min(1).optional(),
      rows: z.array(RowSchema).min(1),
    }),
  ),
});

const SHOWN = new Set(['official', 'conventional', 'usage', 'fallback']);

/** What is wrong with a gazetteer file, for the names the map shows (`shownKeys`). */
export function gazetteerProblems(json: unknown, shownKeys: Iterable<string>, languages: readonly GazetteerLang[] = GAZETTEER_LANGS): string[] {
  const parsed = GazetteerFileSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const file = parsed.data as GazetteerFile;
  const problems: string[] = [];
  const byKey = new Map<string, (typeof file.entries)[number]>();
  for (const entry of file.entries) {
    if (byKey.has(entry.key)) problems.push(`${entry.key}: listed twice`);
    byKey.set(entry.key, entry);
    for (const row of entry.rows) {
      if (!file.sources[row.source]) problems.push(`${entry.key} (${row.lang} “${row.name}”): source “${row.source}” is not in sources`);
    }
    if (entry.contested) {
      for (const lang of languages) {
        const rows = entry.rows.filter((row) => row.lang === lang);
        const official = rows.find((row) => row.form === 'official');
        const usage = rows.find((row) => row.form === 'usage');
        if (!official || !usage || official.name === usage.name) {
          problems.push(`${entry.key}: contested, so ${lang} needs both an official and a usage form`);
        } else if (!official.note || !usage.note) {
          problems.push(`${entry.key}: ${lang} forms of a contested name must each say whose usage they are`);
        }
      }
    }
  }
  const shown = new Set(shownKeys);
  for (const key of shown) {
    const entry = byKey.get(key);
    if (!entry) {
      problems.push(`${key}: the map shows this name but the gazetteer has no entry`);
      continue;
    }
    for (const lang of languages) {
      if (!entry.rows.some((row) => row.lang === lang && SHOWN.has(row.form))) problems.push(`${key}: no ${lang} name to show`);
    }
  }
  for (const key of byKey.keys()) if (!shown.has(key)) problems.push(`${key}: not a name the map shows (renamed or removed?)`);
  return problems;
}

/** How many names each language shows in English for want of a sourced form. */
export function fallbackCounts(file: GazetteerFile): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(file.languages.map((lang) => [lang, 0]));
  for (const entry of file.entries) for (const row of entry.rows) if (row.form === 'fallback') counts[row.lang]++;
  return counts;
}
