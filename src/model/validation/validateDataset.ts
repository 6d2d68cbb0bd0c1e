/**
 * Validation of the dataset: the layer files, their citations against the source texts,
 * geometry sanity, stated vs drawn lengths, and citation coverage. Pure: the caller reads files.
 */
import { length as turfLength } from '@turf/turf';
import type { Feature as GeoJsonFeature } from 'geojson';
import { anchorFeatureCitations, anchorQuote, countOccurrences, type SourceTexts } from '../documents/anchor.ts';
import { sourceCoverage, type CoverageExclusion, type SourceCoverage } from '../documents/coverage.ts';
import { neverLinkedFindings, qualifierLeftOut, type NeverLinked } from './citationRules.ts';
import { FeatureCollectionSchema, featureCollectionJsonSchema, type WrittenFeature } from '../features/feature.ts';
import type { GeoIndex } from './geoIndex.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { statusEventFindings, statusEvidenceFindings } from './statusEvidence.ts';
import { checkFeatureGeography, type GeoRow } from './validateGeography.ts';
import { ChainsFileSchema, checkChains, checkLineEnds, type Chain } from './validateChains.ts';
import { SOURCE_IDS } from '../documents/sources.ts';

export interface LayerFileInput {
  /** Path for messages, e.g. "data/features/tripp.geojson". */
  file: string;
  /** The layer id the file name claims, e.g. "tripp". */
  layer: string;
  json: unknown;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  featureId?: string;
  message: string;
}

export interface DatasetInput {
  files: LayerFileInput[];
  texts: SourceTexts;
  /** Parsed data/schema/feature-collection.schema.json; checked to be up to date when given. */
  committedSchema?: unknown;
  schemaFile?: string;
  exclusions?: CoverageExclusion[];
  exclusionsFile?: string;
  /** The reference geography; when given, every feature is checked against it. */
  geo?: GeoIndex;
  /** Passages that must never be cited for a feature (data/never-linked.json). */
  neverLinked?: NeverLinked[];
  neverLinkedFile?: string;
  /** Parsed data/chains.json: which features meet (checked when given; with `geo`, also where lines may end). */
  chains?: unknown;
  chainsFile?: string;
}

export interface DatasetReport {
  problems: Problem[];
  coverage: SourceCoverage[];
  /** One row per feature of the geographic check (empty without `geo`). */
  geoRows: GeoRow[];
}

/** Drawn and stated lengths may differ by this share before a length_note is required. */
export const LENGTH_TOLERANCE = 0.15;

export function formatProblem(problem: Problem): string {
  const where = problem.featureId ? `${problem.file} [${problem.featureId}]` : problem.file;
  return `${problem.severity}: ${where}: ${problem.message}`;
}

function featureIdAt(json: unknown, index: unknown): string | undefined {
  if (typeof index !== 'number') return undefined;
  const features = (json as { features?: unknown })?.features;
  const id = Array.isArray(features) ? (features[index] as { id?: unknown })?.id : undefined;
  return typeof id === 'string' ? id : `features[${index}]`;
}

function schemaProblems(input: LayerFileInput): { problems: Problem[]; features?: WrittenFeature[] } {
  const parsed = FeatureCollectionSchema.safeParse(input.json);
  if (parsed.success) return { problems: [], features: parsed.data.features };
  return {
    problems: parsed.error.issues.map((issue) => {
      const [top, index, ...rest] = issue.path;
      const featureId = top === 'features' ? featureIdAt(input.json, index) : undefined;
      const at = (featureId ? rest : issue.path).join('.');
      return { severity: 'error', file: input.file, featureId, message: `${at ? `${at}: ` : ''}${issue.message}` };
    }),
  };
}

const positionsOf = (feature: WrittenFeature): number[][][] => {
  const g = feature.geometry;
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
  }
};

function geometryProblems(file: string, feature: WrittenFeature): Problem[] {
  const problems: Problem[] = [];
  const problem = (message: string) => problems.push({ severity: 'error', file, featureId: feature.id, message });
  const g = feature.geometry;
  for (const part of positionsOf(feature)) {
    const distinct = new Set(part.map(([lon, lat]) => `${lon},${lat}`));
    if (g.type !== 'Point' && distinct.size < 2) problem(`degenerate ${g.type}: a part has fewer than 2 distinct positions`);
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      const [first, last] = [part[0], part[part.length - 1]];
      if (first[0] !== last[0] || first[1] !== last[1]) problem('polygon ring is not closed');
    }
  }
  return problems;
}

function lengthProblems(file: string, feature: WrittenFeature): Problem[] {
  const { geometry, properties } = feature;
  if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return [];
  const drawn = turfLength(feature as GeoJsonFeature, { units: 'kilometers' });
  return properties.figures
    .filter((figure) => figure.quantity === 'length')
    .flatMap((figure): Problem[] => {
      if (figure.unit !== 'km') {
        return [{ severity: 'error', file, featureId: feature.id, message: `length figure "${figure.label}" must be in km, not ${figure.unit}` }];
      }
      const off = (drawn - figure.value) / figure.value;
      if (Math.abs(off) <= LENGTH_TOLERANCE || properties.length_note) return [];
      return [
        {
          severity: 'error',
          file,
          featureId: feature.id,
          message: `drawn length ${drawn.toFixed(1)} km differs from the stated ${figure.value} km ("${figure.label}") by ${(off * 100).toFixed(0)}% (more than ${LENGTH_TOLERANCE * 100}%) and there is no length_note`,
        },
      ];
    });
}

function citationProblems(file: string, feature: WrittenFeature, texts: SourceTexts): Problem[] {
  return anchorFeatureCitations(feature.properties, texts).flatMap(({ path, citation, result }): Problem[] => {
    const quote = shortQuote(citation.exact);
    if (!result.ok) {
      const why = result.reason === 'not-found' ? 'is not found' : `occurs ${result.matches} times (add a prefix or suffix)`;
      return [{ severity: 'error', file, featureId: feature.id, message: `${path}: quote "${quote}" in ${citation.source} ${why}` }];
    }
    const qualifier = qualifierLeftOut(texts[citation.source], result.end);
    if (qualifier) {
      return [{ severity: 'error', file, featureId: feature.id, message: `${path}: quote "${quote}" stops before its sentence's qualifier "${qualifier.slice(0, 60)}": quote the sentence on to its end` }];
    }
    const needsContext = countOccurrences(texts[citation.source], citation.exact) > 1;
    if ((citation.prefix || citation.suffix) && !needsContext) {
      return [{ severity: 'warning', file, featureId: feature.id, message: `${path}: quote "${quote}" is unique; drop its prefix/suffix` }];
    }
    return [];
  });
}

/** The declared chains (when given) and, against the reference geography, where every line ends. */
function chainProblems(input: DatasetInput, checked: { file: string; feature: WrittenFeature }[]): Problem[] {
  const chainsFile = input.chainsFile ?? 'data/chains.json';
  let chains: Chain[] = [];
  const problems: Problem[] = [];
  if (input.chains !== undefined) {
    const parsed = ChainsFileSchema.safeParse(input.chains);
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => ({ severity: 'error', file: chainsFile, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` }));
    }
    chains = parsed.data.chains;
    const features = checked.map((c) => c.feature);
    for (const f of checkChains(features, chains, input.texts)) {
      problems.push({ severity: 'error', file: chainsFile, featureId: f.featureId, message: `chain "${f.chainId}": ${f.message}` });
    }
  }
  if (input.geo) {
    const fileOf = new Map(checked.map((c) => [c.feature.id, c.file]));
    for (const f of checkLineEnds(input.geo, checked.map((c) => c.feature), chains)) {
      problems.push({ severity: 'error', file: fileOf.get(f.featureId ?? '') ?? chainsFile, featureId: f.featureId, message: f.message });
    }
  }
  return problems;
}

/** Every date of the status note and the status itself rest on a status source or a cited passage. */
function statusProblems(file: string, feature: WrittenFeature): Problem[] {
  const { status, status_note, status_sources, citations } = feature.properties;
  const passages = citations.map((citation) => ({ text: citation.exact, describes: citation.role === 'describes' }));
  return statusEvidenceFindings({ status, status_note, status_sources, passages }).map((message) => ({ severity: 'error', file, featureId: feature.id, message }));
}

const shortQuote = (exact: string) => (exact.length > 60 ? `${exact.slice(0, 60)}…` : exact);

/**
 * A feature's status through time: the rules of statusEventFindings (each date and status in its
 * evidence's words, oldest first, the status at the documents' present), and every passage an event
 * cites anchored in its document as the feature's citations are and one of the feature's own
 * describing passages, so the reader can mark it.
 */
function statusEventProblems(file: string, feature: WrittenFeature, texts: SourceTexts): Problem[] {
  const { status, status_events, citations } = feature.properties;
  const problem = (severity: Problem['severity'], message: string): Problem => ({ severity, file, featureId: feature.id, message });
  const problems = statusEventFindings(status, status_events).map((message) => problem('error', message));
  (status_events ?? []).forEach(({ citation }, i) => {
    if (!citation) return;
    const path = `status_events[${i}].citation`;
    const quote = shortQuote(citation.exact);
    const result = anchorQuote(texts[citation.source], citation);
    if (!result.ok) {
      const why = result.reason === 'not-found' ? 'is not found' : `occurs ${result.matches} times (add a prefix or suffix)`;
      problems.push(problem('error', `${path}: quote "${quote}" in ${citation.source} ${why}`));
    } else if ((citation.prefix || citation.suffix) && countOccurrences(texts[citation.source], citation.exact) === 1) {
      problems.push(problem('warning', `${path}: quote "${quote}" is unique; drop its prefix/suffix`));
    }
    const describes = citations.some((cited) => cited.role === 'describes' && cited.source === citation.source && cited.exact === citation.exact);
    if (!describes) {
      problems.push(problem('error', `${path}: quote "${quote}" is not one of the passages the feature cites as describing it: cite it with role "describes", or give the event an outside source`));
    }
  });
  return problems;
}

export function validateDataset(input: DatasetInput): DatasetReport {
  const problems: Problem[] = [];
  const seenIds = new Map<string, string>();
  const geoRows: GeoRow[] = [];
  const citedSpans = new Map<string, { start: number; end: number }[]>(SOURCE_IDS.map((id) => [id, []]));
  const checked: { file: string; feature: WrittenFeature }[] = [];

  for (const layer of LAYER_IDS) {
    if (!input.files.some((f) => f.layer === layer)) {
      problems.push({ severity: 'error', file: `data/features/${layer}.geojson`, message: 'layer file is missing' });
    }
  }

  for (const fileInput of input.files) {
    const { file } = fileInput;
    if (!(LAYER_IDS as readonly string[]).includes(fileInput.layer)) {
      problems.push({ severity: 'error', file, message: `"${fileInput.layer}" is not a layer id in src/model/features/layers.ts` });
    }
    const { problems: schemaIssues, features } = schemaProblems(fileInput);
    problems.push(...schemaIssues);
    if (!features) continue;
    if (features.length === 0) problems.push({ severity: 'error', file, message: 'layer has no features' });

    for (const feature of features) {
      const other = seenIds.get(feature.id);
      if (other) problems.push({ severity: 'error', file, featureId: feature.id, message: `duplicate id (also in ${other})` });
      seenIds.set(feature.id, file);
      checked.push({ file, feature });
      if (feature.properties.layer !== fileInput.layer) {
        problems.push({ severity: 'error', file, featureId: feature.id, message: `layer is "${feature.properties.layer}" but the file is for "${fileInput.layer}"` });
      }
      problems.push(...geometryProblems(file, feature), ...lengthProblems(file, feature), ...citationProblems(file, feature, input.texts));
      problems.push(...statusProblems(file, feature), ...statusEventProblems(file, feature, input.texts));
      if (input.geo) {
        const { findings, row } = checkFeatureGeography(input.geo, feature);
        geoRows.push(row);
        problems.push(...findings.map((f): Problem => ({ severity: 'error', file, featureId: f.featureId, message: f.message })));
      }
      for (const { citation, result } of anchorFeatureCitations(feature.properties, input.texts)) {
        if (result.ok) citedSpans.get(citation.source)!.push(result);
      }
    }
  }

  const allFeatures = input.files.flatMap((fileInput) => schemaProblems(fileInput).features ?? []);
  const neverLinkedFile = input.neverLinkedFile ?? 'data/never-linked.json';
  for (const finding of neverLinkedFindings(allFeatures, input.texts, input.neverLinked ?? [])) {
    problems.push({ severity: 'error', file: neverLinkedFile, featureId: finding.featureId, message: finding.message });
  }
  problems.push(...chainProblems(input, checked));

  if (input.committedSchema !== undefined) {
    const expected = JSON.stringify(featureCollectionJsonSchema());
    if (JSON.stringify(input.committedSchema) !== expected) {
      problems.push({
        severity: 'error',
        file: input.schemaFile ?? 'data/schema/feature-collection.schema.json',
        message: 'out of date with src/model/features/feature.ts: run npx tsx scripts/data/build-schema.ts',
      });
    }
  }

  const exclusions = input.exclusions ?? [];
  const coverage = SOURCE_IDS.map((source) => sourceCoverage(source, input.texts[source], citedSpans.get(source)!, exclusions));
  const exclusionsFile = input.exclusionsFile ?? 'data/coverage-exclusions.json';
  for (const report of coverage) {
    for (const e of report.unmatchedExclusions) {
      problems.push({ severity: 'error', file: exclusionsFile, message: `"${e.starts_with}" (${e.source}) does not start exactly one paragraph` });
    }
    for (const e of report.citedExclusions) {
      problems.push({ severity: 'warning', file: exclusionsFile, message: `"${e.starts_with}" (${e.source}) is cited by a feature; the exclusion is stale` });
    }
    for (const start of report.unreviewed) {
      problems.push({
        severity: 'error',
        file: `data/sources (${report.source})`,
        message: `paragraph is neither cited by a feature nor excluded in ${exclusionsFile} with its reason: "${start}"`,
      });
    }
  }
  return { problems, coverage, geoRows };
}
