/**
 * Citation coverage: every body paragraph of each document is either cited by some feature or
 * excluded with its reason (data/coverage-exclusions.json). A paragraph that is neither has not
 * been reviewed, and the validator fails on it: no keyword guess decides what may stay uncited.
 */
import type { SourceId } from './sources.ts';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export interface CoverageExclusion {
  source: SourceId;
  /** A short verbatim quote of the paragraph's start. */
  starts_with: string;
  reason: string;
}

/** Text with every whitespace run as one space, trimmed: how paragraphs are compared. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Paragraphs of a text, separated by blank lines. The bulletin was converted from a PDF and a page
 * break leaves a blank line mid-sentence, so a block is joined to the next when it ends with a
 * hyphen or comma, or the next begins with a lower-case letter or an escaped "\$".
 */
export function splitParagraphs(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let cursor = 0;
  for (const match of text.matchAll(separator)) {
    blocks.push({ start: cursor, end: match.index, text: text.slice(cursor, match.index) });
    cursor = match.index + match[0].length;
  }
  blocks.push({ start: cursor, end: text.length, text: text.slice(cursor) });

  const merged: Paragraph[] = [];
  for (const block of blocks.filter((b) => b.text.trim() !== '')) {
    const previous = merged[merged.length - 1];
    const continues =
      previous !== undefined && (/[-,]$/.test(previous.text.trim()) || /^[a-z\\]/.test(block.text.trim()));
    if (continues) {
      previous.end = block.end;
      previous.text = text.slice(previous.start, block.end);
    } else {
      merged.push({ ...block });
    }
  }
  return merged.map((p) => ({ ...p, text: squash(p.text) }));
}

/** Body paragraphs: whole sentences of some length, not headings, table-of-contents lines or signatures. */
export function isBodyParagraph(paragraph: Paragraph): boolean {
  return /[.!?:;”"]$/.test(paragraph.text) && paragraph.text.split(' ').length >= 10;
}

export interface SourceCoverage {
  source: SourceId;
  paragraphs: number;
  cited: number;
  excluded: number;
  /** Body paragraphs neither cited nor excluded: the start of each. */
  unreviewed: string[];
  /** Exclusions that match no paragraph, or more than one. */
  unmatchedExclusions: CoverageExclusion[];
  /** Exclusions of paragraphs that are cited after all. */
  citedExclusions: CoverageExclusion[];
}

const opening = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

export function sourceCoverage(
  source: SourceId,
  text: string,
  citedSpans: { start: number; end: number }[],
  exclusions: CoverageExclusion[],
): SourceCoverage {
  const paragraphs = splitParagraphs(text).filter(isBodyParagraph);
  const isCited = (p: Paragraph) => citedSpans.some((span) => span.start < p.end && span.end > p.start);
  const mine = exclusions.filter((e) => e.source === source);
  const exclusionOf = new Map<Paragraph, CoverageExclusion>();
  const unmatchedExclusions: CoverageExclusion[] = [];
  for (const exclusion of mine) {
    const matches = paragraphs.filter((p) => p.text.startsWith(squash(exclusion.starts_with)));
    if (matches.length === 1) exclusionOf.set(matches[0], exclusion);
    else unmatchedExclusions.push(exclusion);
  }
  const cited = paragraphs.filter(isCited);
  return {
    source,
    paragraphs: paragraphs.length,
    cited: cited.length,
    excluded: [...exclusionOf.keys()].filter((p) => !isCited(p)).length,
    unreviewed: paragraphs.filter((p) => !isCited(p) && !exclusionOf.has(p)).map((p) => opening(p.text)),
    unmatchedExclusions,
    citedExclusions: cited.filter((p) => exclusionOf.has(p)).map((p) => exclusionOf.get(p)!),
  };
}
