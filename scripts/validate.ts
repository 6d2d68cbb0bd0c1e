/**
 * Validates data/features/*.geojson against the schema and the source documents.
 * Run: npx tsx scripts/validate.ts   (exit code 1 on any error)
 */
import { existsSync } from 'node:fs';
import type { CoverageExclusion } from '../src/model/documents/coverage.ts';
import type { NeverLinked } from '../src/model/validation/citationRules.ts';
import { formatProblem, validateDataset, type LayerFileInput } from '../src/model/validation/validateDataset.ts';
import { formatGeoTable } from '../src/model/validation/validateGeography.ts';
import { geoReferenceFromDisk } from './lib/geoReference.ts';
import { datasetFromDisk, layerFiles, readProjectFile as read, sourceTexts } from './lib/onDisk.ts';
import { parseTour, tourFileProblems, tourTranslationProblems } from '../src/model/validation/tourSchema.ts';
import { LANGS } from '../src/model/words/language.ts';
import { fallbackCounts, gazetteerProblems } from '../src/model/validation/gazetteerSchema.ts';
import type { GazetteerFile } from '../src/model/names/gazetteer.ts';
import { shownNameKeys } from './lib/shownNames.ts';

const root = new URL('../', import.meta.url);

function parse(path: string): unknown {
  try {
    return JSON.parse(read(path));
  } catch (error) {
    return { parseError: `${path}: ${(error as Error).message}` };
  }
}

const files: LayerFileInput[] = Object.keys(layerFiles()).map((name) => ({
  file: `data/features/${name}`,
  layer: name.replace(/\.geojson$/, ''),
  json: parse(`data/features/${name}`),
}));

const texts = sourceTexts();
const schemaFile = 'data/schema/feature-collection.schema.json';
const exclusionsFile = 'data/coverage-exclusions.json';
const exclusions = existsSync(new URL(exclusionsFile, root))
  ? (JSON.parse(read(exclusionsFile)) as { exclusions: CoverageExclusion[] }).exclusions
  : [];

const neverLinkedFile = 'data/never-linked.json';
const neverLinked = (JSON.parse(read(neverLinkedFile)) as { pairs: NeverLinked[] }).pairs;
const chainsFile = 'data/chains.json';

const started = Date.now();
const geo = geoReferenceFromDisk();
const indexed = Date.now();
const { problems, coverage, geoRows } = validateDataset({
  geo,
  files,
  texts,
  committedSchema: existsSync(new URL(schemaFile, root)) ? parse(schemaFile) : {},
  schemaFile,
  exclusions,
  exclusionsFile,
  neverLinked,
  neverLinkedFile,
  chains: parse(chainsFile),
  chainsFile,
});

// The app reads the built tour by its outline only: its full check is here, before any build.
const tourFile = 'data/tours/region-walkthrough.json';
const featureIds = new Set(datasetFromDisk().map((feature) => feature.id));
for (const message of tourFileProblems(parse(tourFile), texts, featureIds)) problems.push({ severity: 'error', file: tourFile, message });
// The tour in every language of the interface, each step in step with the English (data/tours/<tour>.<lang>.json).
const { tour } = parseTour(parse(tourFile));
for (const lang of tour ? LANGS.filter((lang) => lang !== 'en') : []) {
  const file = tourFile.replace(/\.json$/, `.${lang}.json`);
  const messages = existsSync(new URL(file, root)) ? tourTranslationProblems(tour!, parse(file), lang) : [`the tour has no ${lang} translation`];
  for (const message of messages) problems.push({ severity: 'error', file, message });
}

// Every name the map shows, in every language, each form with its source (data/gazetteer.json).
const gazetteerFile = 'data/gazetteer.json';
const gazetteer = parse(gazetteerFile);
for (const message of gazetteerProblems(gazetteer, shownNameKeys())) problems.push({ severity: 'error', file: gazetteerFile, message });

const checked = Date.now();
for (const problem of problems) console.log(formatProblem(problem));

console.log('\nGeography, per feature (against Natural Earth 1:10m countries, lakes and rivers):');
console.log(formatGeoTable(geoRows));
console.log(`(reference built in ${indexed - started} ms, dataset checked in ${checked - indexed} ms)`);

const features = files.reduce((n, f) => n + ((f.json as { features?: unknown[] }).features?.length ?? 0), 0);
console.log(`\n${files.length} layer files, ${features} features`);
for (const c of coverage) {
  console.log(
    `${c.source}: ${c.cited}/${c.paragraphs} body paragraphs cited, ${c.excluded} excluded as not mappable, ${c.unreviewed.length} neither (an error each)`,
  );
}
if (!('parseError' in (gazetteer as object))) {
  const file = gazetteer as GazetteerFile;
  const fallbacks = Object.entries(fallbackCounts(file)).map(([lang, n]) => `${lang} ${n}`).join(', ');
  console.log(`gazetteer: ${file.entries.length} names in ${file.languages.join(', ')}; shown in English for want of a sourced form: ${fallbacks}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
