/**
 * Finding things: features by name, and text in the documents. Matching ignores case and
 * diacritics, so "Iğdır" is found by "igdir" and "Naxçıvan" by "naxcivan".
 */
import type { AtlasFeature } from './feature.ts';
import { SOURCE_IDS, type SourceId } from './sources.ts';
import { passageContext, sectionAt, type PassageContext, type ReadableDocument } from './documentText.ts';
import { featuresCitedWithin, type CitationIndex } from './citationIndex.ts';

/** Letters that NFD does not decompose into a base letter and a mark. */
const FOLD: Record<string, string> = {
  ı: 'i', ə: 'e', Ə: 'e', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', '’': "'", '‘': "'",
  // The bulletin's mark-up (a backslash before "$", "**") reads as nothing: fold it to space so "$8.8" is found.
  '\\': ' ', '*': ' ',
};

/** Lower case, no diacritics, one character out for each character in (so offsets carry over). */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text) {
    const mapped = FOLD[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Keep one UTF-16 unit per unit in: offsets in the folded text are offsets in the original.
    folded += mapped.length === char.length ? mapped : char.length === 1 ? (mapped[0] ?? ' ') : char;
  }
  return folded;
}

export function normaliseQuery(query: string): string {
  return foldForSearch(query.trim().replace(/\s+/g, ' '));
}

export interface FeatureMatch {
  feature: AtlasFeature;
  /** Lower is better: 0 name starts with the query, 1 a word of the name does, 2 elsewhere in the name, 3 summary or countries. */
  rank: number;
}

export function searchFeatures(features: readonly AtlasFeature[], query: string): FeatureMatch[] {
  const q = normaliseQuery(query);
  if (q.length < 2) return [];
  const matches: FeatureMatch[] = [];
  for (const feature of features) {
    // Alternate names rank as names: a reader typing "Stepanakert" or "Naxçıvan" finds the place.
    const name = foldForSearch([feature.properties.name, ...(feature.properties.alternate_names ?? [])].join(' / '));
    const rest = foldForSearch([feature.properties.summary, ...feature.properties.countries, feature.properties.kind].join(' '));
    const rank = name.startsWith(q) ? 0 : new RegExp(`\\b${escapeRegExp(q)}`).test(name) ? 1 : name.includes(q) ? 2 : rest.includes(q) ? 3 : -1;
    if (rank >= 0) matches.push({ feature, rank });
  }
  return matches.sort((a, b) => a.rank - b.rank || a.feature.properties.name.localeCompare(b.feature.properties.name));
}

export interface TextMatch {
  source: SourceId;
  start: number;
  end: number;
  context: PassageContext;
  section: string | null;
  /** Features whose cited passages overlap the sentence the match is in. */
  featureIds: string[];
}

/** Each document folded once, so a search is one pass of indexOf over plain text. */
export interface SearchableDocuments {
  docs: Record<SourceId, ReadableDocument>;
  folded: Record<SourceId, string>;
}

export function makeSearchable(docs: Record<SourceId, ReadableDocument>): SearchableDocuments {
  const folded = Object.fromEntries(SOURCE_IDS.map((id) => [id, foldForSearch(docs[id].text)])) as Record<SourceId, string>;
  return { docs, folded };
}

export function searchDocuments(
  searchable: SearchableDocuments,
  index: CitationIndex,
  query: string,
  limit = 50,
): TextMatch[] {
  const q = normaliseQuery(query);
  if (q.length < 3) return [];
  // Whitespace in the query matches any run of whitespace in the text (line and page breaks).
  const pattern = new RegExp(q.split(' ').map(escapeRegExp).join('\\s+'), 'g');
  const matches: TextMatch[] = [];
  for (const source of SOURCE_IDS) {
    const doc = searchable.docs[source];
    for (const match of searchable.folded[source].matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const context = passageContext(doc, start, end);
      matches.push({
        source,
        start,
        end,
        context,
        section: sectionAt(doc, start)?.title ?? null,
        featureIds: featuresCitedWithin(index, { source, start: context.start, end: context.end }),
      });
      if (matches.length >= limit) return matches;
    }
  }
  return matches;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
