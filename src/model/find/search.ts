/**
 * Finding things: features by name, alternate name, abbreviation and description, and sentences of
 * the documents. Ranked and typo-tolerant (MiniSearch); words are read by searchVocabulary, so
 * dashes, diacritics, transliterations, units and abbreviations fold together.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { AtlasFeature } from '../features/feature.ts';
import { layerTitle } from '../features/layers.ts';
import { SOURCE_IDS, type SourceId } from '../documents/sources.ts';
import { passageContext, sectionAt, sentencesOf, type PassageContext, type ReadableDocument } from '../documents/documentText.ts';
import { featuresCitedWithin, type CitationIndex } from '../documents/citationIndex.ts';
import { canonicalTerm, foldForSearch, indexedTerms, normaliseQuery, termSpans, tokenizeForSearch } from './searchVocabulary.ts';
import { allNames, featureKey, type Gazetteer } from '../names/gazetteer.ts';
import { GAZETTEER } from '../names/gazetteerData.ts';

export { foldForSearch, normaliseQuery } from './searchVocabulary.ts';

/** Other names a feature is known by, where its data gives them. */
export function alternateNames(feature: AtlasFeature): readonly string[] {
  return (feature.properties.alternate_names ?? []).map(({ name }) => name);
}

// Fields hold canonical terms already (indexedTerms); the query goes through the same reading.
const INDEX_OPTIONS = { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term || null };

const QUERY_OPTIONS: SearchOptions = {
  tokenize: tokenizeForSearch,
  processTerm: canonicalTerm,
  // Short words are abbreviations and numbers: a typo in them is another word, not a slip.
  fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
  prefix: (term) => term.length >= 3,
  combineWith: 'AND',
};

export interface FeatureMatch {
  feature: AtlasFeature;
  /** Higher is better. */
  score: number;
}

export interface FeatureSearch {
  index: MiniSearch;
  byId: ReadonlyMap<string, AtlasFeature>;
  /** Every name of each feature, in every language of the gazetteer, as indexed terms. */
  namesOf: ReadonlyMap<string, string[]>;
}

/** A feature's names in every language the gazetteer has (its translated names, the other side's usage). */
function translatedNames(gazetteer: Gazetteer, feature: AtlasFeature): string[] {
  return allNames(gazetteer, featureKey(feature.id)).filter((name) => name !== feature.properties.name);
}

export function makeFeatureSearch(features: readonly AtlasFeature[], gazetteer: Gazetteer = GAZETTEER): FeatureSearch {
  const index = new MiniSearch({
    fields: ['name', 'alternates', 'translations', 'layer', 'summary', 'places'],
    ...INDEX_OPTIONS,
    searchOptions: { ...QUERY_OPTIONS, boost: { name: 4, alternates: 3, translations: 3, layer: 1.5, summary: 1, places: 1 } },
  });
  index.addAll(
    features.map((feature) => ({
      id: feature.id,
      name: indexedTerms(feature.properties.name),
      alternates: indexedTerms(alternateNames(feature).join(' · ')),
      translations: indexedTerms(translatedNames(gazetteer, feature).join(' · ')),
      layer: indexedTerms(layerTitle(feature.properties.layer)),
      summary: indexedTerms(feature.properties.summary),
      places: indexedTerms([...feature.properties.countries, feature.properties.kind].join(' · ')),
    })),
  );
  const namesOf = new Map(
    features.map((feature) => [feature.id, [feature.properties.name, ...alternateNames(feature), ...translatedNames(gazetteer, feature)].map(indexedTerms)]),
  );
  return { index, byId: new Map(features.map((feature) => [feature.id, feature])), namesOf };
}

export function searchFeatures({ index, byId, namesOf }: FeatureSearch, query: string): FeatureMatch[] {
  const q = normaliseQuery(query);
  if (q.length < 2) return [];
  // Every word must match if any feature has them all; otherwise the best partial matches.
  const typed = queryTerms(q);
  let results = index.search(q);
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  return results
    .map((result) => {
      const feature = byId.get(String(result.id))!;
      // A name that starts with what was typed (however it is spelt, in any script) is what the user is after.
      return { feature, score: result.score * (namesOf.get(feature.id)!.some((name) => name.startsWith(typed)) ? 3 : 1) };
    })
    .sort((a, b) => b.score - a.score || a.feature.properties.name.localeCompare(b.feature.properties.name));
}

export interface TextMatch {
  source: SourceId;
  /** The words that matched, as offsets in the original text. */
  start: number;
  end: number;
  context: PassageContext;
  section: string | null;
  /** Features whose cited passages overlap the sentence the match is in. */
  featureIds: string[];
}

/** The documents' sentences in a search index. Headings and the table of contents are not passages. */
export interface SearchableDocuments {
  docs: Record<SourceId, ReadableDocument>;
  index: MiniSearch;
}

interface SentenceEntry {
  id: string;
  source: SourceId;
  start: number;
  end: number;
  text: string;
}

export function makeSearchable(docs: Record<SourceId, ReadableDocument>): SearchableDocuments {
  const index = new MiniSearch<SentenceEntry>({
    fields: ['text'],
    storeFields: ['source', 'start', 'end'],
    ...INDEX_OPTIONS,
    searchOptions: QUERY_OPTIONS,
  });
  for (const source of SOURCE_IDS) {
    const doc = docs[source];
    for (const block of doc.blocks.filter((b) => b.kind === 'paragraph')) {
      for (const sentence of sentencesOf(doc, block)) {
        const text = indexedTerms(doc.text.slice(sentence.start, sentence.end));
        if (text) index.add({ id: `${source}:${sentence.start}`, source, ...sentence, text });
      }
    }
  }
  return { docs, index };
}

export function searchDocuments(searchable: SearchableDocuments, index: CitationIndex, query: string, limit = 50): TextMatch[] {
  const q = normaliseQuery(query);
  if (q.length < 3) return [];
  return searchable.index
    .search(q)
    .slice(0, limit)
    .map((result) => {
      const source = result.source as SourceId;
      const doc = searchable.docs[source];
      const { start, end } = matchedWords(doc.text, result, q);
      const context = passageContext(doc, start, end);
      return {
        source,
        start,
        end,
        context,
        section: sectionAt(doc, start)?.title ?? null,
        featureIds: featuresCitedWithin(index, { source, start: context.start, end: context.end }),
      };
    });
}

const WIDEST_HIGHLIGHT = 160;

/** What to mark in a matched sentence: the query as typed if it stands there, else the words that matched. */
function matchedWords(text: string, result: SearchResult, query: string): { start: number; end: number } {
  const sentenceStart = result.start as number;
  const sentenceEnd = result.end as number;
  // Whitespace in the query matches any run of whitespace in the text (line and page breaks).
  const phrase = new RegExp(query.split(' ').map(escapeRegExp).join('\\s+'));
  const literal = phrase.exec(foldForSearch(text.slice(sentenceStart, sentenceEnd)));
  if (literal) return { start: sentenceStart + literal.index, end: sentenceStart + literal.index + literal[0].length };

  const wanted = new Set(result.terms);
  const spans = termSpans(text, sentenceStart, sentenceEnd).filter((span) => wanted.has(span.term)).sort((a, b) => a.start - b.start);
  if (spans.length === 0) return { start: sentenceStart, end: sentenceEnd };
  // The shortest stretch that holds every matched word, if it is short enough to read as one mark.
  let best = { start: spans[0].start, end: spans[0].end };
  let bestWidth = Infinity;
  for (let i = 0; i < spans.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < spans.length; j++) {
      seen.add(spans[j].term);
      const width = spans[j].end - spans[i].start;
      if (seen.size === wanted.size && width < bestWidth) {
        best = { start: spans[i].start, end: spans[j].end };
        bestWidth = width;
        break;
      }
    }
  }
  return bestWidth <= WIDEST_HIGHLIGHT ? best : { start: spans[0].start, end: spans[0].end };
}

/** The query's canonical terms, as indexedTerms writes a text's. */
function queryTerms(query: string): string {
  return tokenizeForSearch(query)
    .map(canonicalTerm)
    .filter((term) => term !== null)
    .join(' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
