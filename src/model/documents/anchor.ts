/**
 * Citation anchoring: find a verbatim quote (a W3C TextQuoteSelector) in a source text and
 * return character offsets into the original text (JS string indices).
 *
 * Matching is exact except for whitespace: any whitespace run in the quote matches any
 * whitespace run in the text, and the text may break a word after a hyphen ("Khizi-\n\nAbsheron")
 * where the quote has none. The bulletin was converted from a PDF and breaks sentences across
 * page breaks, so a quote typed as one line must still anchor. Nothing else is normalised:
 * ’ is not ', and the bulletin's literal "\$" escapes must be quoted as they stand.
 */
import type { Citation, FeatureProperties } from '../features/feature.ts';
import type { SourceId } from './sources.ts';

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export type AnchorResult =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found' | 'ambiguous'; matches: number };

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/;

/** A regex source for `quote` that tolerates whitespace differences and breaks after hyphens. */
export function quotePattern(quote: string): string {
  let pattern = '';
  const chars = Array.from(quote.trim());
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i];
    if (/\s/.test(char)) {
      while (i + 1 < chars.length && /\s/.test(chars[i + 1])) i += 1;
      pattern += '\\s+';
      continue;
    }
    pattern += REGEX_SPECIAL.test(char) ? `\\${char}` : char;
    if (char === '-' && i + 1 < chars.length && !/\s/.test(chars[i + 1])) pattern += '\\s*';
  }
  return pattern;
}

/** All match spans of `exact` in `text`, overlapping ones included. */
function findAll(text: string, exact: string): { start: number; end: number }[] {
  if (exact.trim() === '') return [];
  const regex = new RegExp(quotePattern(exact), 'g');
  const spans: { start: number; end: number }[] = [];
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    regex.lastIndex = match.index + 1;
  }
  return spans;
}

// Context is compared within a window; whitespace runs can be longer in the text than in the quote.
const contextWindow = (context: string) => context.length * 2 + 40;

function prefixMatches(text: string, start: number, prefix: string): boolean {
  const before = text.slice(Math.max(0, start - contextWindow(prefix)), start);
  return new RegExp(`${quotePattern(prefix)}\\s*$`).test(before);
}

function suffixMatches(text: string, end: number, suffix: string): boolean {
  const after = text.slice(end, end + contextWindow(suffix));
  return new RegExp(`^\\s*${quotePattern(suffix)}`).test(after);
}

/** Anchor one quote in `text`. A quote that is missing or occurs more than once (after prefix/suffix) fails. */
export function anchorQuote(text: string, quote: TextQuote): AnchorResult {
  const candidates = findAll(text, quote.exact).filter(
    ({ start, end }) =>
      (quote.prefix === undefined || prefixMatches(text, start, quote.prefix)) &&
      (quote.suffix === undefined || suffixMatches(text, end, quote.suffix)),
  );
  if (candidates.length === 1) return { ok: true, ...candidates[0] };
  return { ok: false, reason: candidates.length === 0 ? 'not-found' : 'ambiguous', matches: candidates.length };
}

/** How often `exact` occurs in `text` ignoring prefix/suffix: tells whether a prefix or suffix is needed at all. */
export function countOccurrences(text: string, exact: string): number {
  return findAll(text, exact).length;
}

export interface AnchoredCitation {
  /** Where the citation sits in the feature: "citations[2]" or "figures[0].citation". */
  path: string;
  citation: Citation;
  result: AnchorResult;
}

export type SourceTexts = Readonly<Record<SourceId, string>>;

/** Anchor every citation of a feature, including those of its figures. */
export function anchorFeatureCitations(
  properties: Pick<FeatureProperties, 'citations' | 'figures'>,
  texts: SourceTexts,
): AnchoredCitation[] {
  const all: { path: string; citation: Citation }[] = [
    ...properties.citations.map((citation, i) => ({ path: `citations[${i}]`, citation })),
    ...properties.figures.map((figure, i) => ({ path: `figures[${i}].citation`, citation: figure.citation })),
  ];
  return all.map(({ path, citation }) => ({ path, citation, result: anchorQuote(texts[citation.source], citation) }));
}
