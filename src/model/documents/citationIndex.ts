/**
 * Both directions between features and passages: for a feature, the passages that describe it;
 * for a passage, the features it is cited by. Built once from the dataset and the texts.
 * A quote that no longer matches its document is reported and left out; nothing else is lost.
 */
import { anchorFeatureCitations, type SourceTexts } from './anchor.ts';
import type { AtlasFeature, CitationRole, Figure } from '../features/feature.ts';
import { SOURCE_IDS, SOURCES, isSourceId, type SourceId } from './sources.ts';
import { readingPieces } from './documentText.ts';

export interface PassageRef {
  source: SourceId;
  start: number;
  end: number;
}

export interface CitedPassage extends PassageRef {
  key: string;
  featureIds: string[];
}

export interface FeatureCitation extends PassageRef {
  key: string;
  /** Whether the passage describes the feature or is context for it (a figure's passage describes it). */
  role: CitationRole;
  /** The figures of the feature that this passage states. */
  figures: Figure[];
}

export interface CitationIndex {
  passagesBySource: Record<SourceId, CitedPassage[]>;
  passageByKey: Map<string, CitedPassage>;
  citationsByFeature: Map<string, FeatureCitation[]>;
  problems: string[];
}

export function passageKey({ source, start, end }: PassageRef): string {
  return `${source}:${start}-${end}`;
}

/** Reads "bulletin-2026-02:1234-1300" back; null for anything else. */
export function parsePassageKey(key: string): PassageRef | null {
  const match = /^([a-z0-9-]+):(\d{1,7})-(\d{1,7})$/.exec(key);
  if (!match || !isSourceId(match[1])) return null;
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { source: match[1], start, end } : null;
}

export function buildCitationIndex(features: readonly AtlasFeature[], texts: SourceTexts): CitationIndex {
  const passageByKey = new Map<string, CitedPassage>();
  const citationsByFeature = new Map<string, FeatureCitation[]>();
  const problems: string[] = [];

  for (const feature of features) {
    const own = new Map<string, FeatureCitation>();
    for (const { path, citation, result } of anchorFeatureCitations(feature.properties, texts)) {
      if (!result.ok) {
        const why = result.reason === 'ambiguous' ? `matches ${result.matches} places` : 'is not in it';
        problems.push(
          `“${feature.properties.name}”: a quote from the ${SOURCES[citation.source].short_title} ${why} any more, so it is not shown: “${citation.exact.slice(0, 80)}”`,
        );
        continue;
      }
      const ref = { source: citation.source, start: result.start, end: result.end };
      const key = passageKey(ref);
      const figureIndex = /^figures\[(\d+)\]/.exec(path);
      const citationIndex = /^citations\[(\d+)\]/.exec(path);
      // A figure's passage states it, so it describes the feature.
      const role: CitationRole = citationIndex ? feature.properties.citations[Number(citationIndex[1])].role : 'describes';
      const entry = own.get(key) ?? { ...ref, key, role, figures: [] };
      if (role === 'describes') entry.role = 'describes';
      if (figureIndex) entry.figures.push(feature.properties.figures[Number(figureIndex[1])]);
      own.set(key, entry);
    }
    const cited = foldNestedPassages([...own.values()]).sort(byDocumentOrder);
    citationsByFeature.set(feature.id, cited);
    for (const { key, source, start, end } of cited) {
      const passage = passageByKey.get(key) ?? { source, start, end, key, featureIds: [] };
      passage.featureIds.push(feature.id);
      passageByKey.set(key, passage);
    }
  }

  const passagesBySource = Object.fromEntries(SOURCE_IDS.map((source) => [source, [] as CitedPassage[]])) as Record<
    SourceId,
    CitedPassage[]
  >;
  for (const passage of passageByKey.values()) passagesBySource[passage.source].push(passage);
  for (const source of SOURCE_IDS) passagesBySource[source].sort(byDocumentOrder);
  return { passagesBySource, passageByKey, citationsByFeature, problems };
}

/**
 * One entry per passage the reader sees: a figure's words cited inside a sentence the feature cites
 * whole are that sentence's, so the sentence is listed once and states the figure.
 */
export function foldNestedPassages(citations: readonly FeatureCitation[]): FeatureCitation[] {
  const container = (inner: FeatureCitation) =>
    citations.find(
      (outer) => outer !== inner && outer.source === inner.source && outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start,
    );
  const kept = citations.filter((citation) => !container(citation)).map((citation) => ({ ...citation, figures: [...citation.figures] }));
  for (const inner of citations) {
    const outer = container(inner);
    if (!outer) continue;
    const target = kept.find((citation) => citation.source === outer.source && citation.start <= inner.start && citation.end >= inner.end)!;
    target.figures.push(...inner.figures);
    if (inner.role === 'describes') target.role = 'describes';
  }
  return kept;
}

const sourceOrder = (source: SourceId) => SOURCE_IDS.indexOf(source);

function byDocumentOrder(a: PassageRef, b: PassageRef): number {
  return sourceOrder(a.source) - sourceOrder(b.source) || a.start - b.start || a.end - b.end;
}

/** Features cited by any passage that overlaps a span of a document. */
export function featuresCitedWithin(index: CitationIndex, span: PassageRef): string[] {
  const ids = new Set<string>();
  for (const passage of index.passagesBySource[span.source]) {
    if (passage.start < span.end && passage.end > span.start) passage.featureIds.forEach((id) => ids.add(id));
  }
  return [...ids];
}

export interface MarkedRun {
  /** The text as it reads. */
  text: string;
  /** Keys of the cited passages this run belongs to (none: plain text). */
  keys: string[];
}

/**
 * A block of text cut into runs by the passages that cover it, for drawing highlights.
 * Adjacent text covered by the same passages is one run.
 */
export function markPassages(
  text: string,
  start: number,
  end: number,
  passages: readonly { key: string; start: number; end: number }[],
): MarkedRun[] {
  const relevant = passages.filter((p) => p.start < end && p.end > start);
  const cuts = new Set(relevant.flatMap((p) => [p.start, p.end]));
  const runs: MarkedRun[] = [];
  for (const piece of readingPieces(text, start, end)) {
    // A plain word may be cut by a passage boundary; rendered mark-up ("\$", "**") is not.
    const splittable = piece.display === text.slice(piece.start, piece.end);
    const inner = splittable ? [...cuts].filter((cut) => cut > piece.start && cut < piece.end).sort((a, b) => a - b) : [];
    const bounds = [piece.start, ...inner, piece.end];
    for (let i = 0; i < bounds.length - 1; i++) {
      const from = bounds[i];
      const display = splittable ? text.slice(from, bounds[i + 1]) : piece.display;
      const keys = relevant.filter((p) => p.start <= from && p.end > from).map((p) => p.key);
      const last = runs.at(-1);
      if (last && sameKeys(last.keys, keys)) last.text += display;
      else runs.push({ text: display, keys });
    }
  }
  if (runs.length > 0) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  return runs.filter((run) => run.text !== '');
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
