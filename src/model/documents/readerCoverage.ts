/**
 * Coverage at a glance for the reader: for each paragraph, whether it is on the map (some
 * feature cites it), reviewed and judged not mappable (with the reason), or neither: not on the
 * map and not yet reviewed (the validator refuses such a paragraph, so a built atlas shows none).
 */
import { isBodyParagraph, squash, type CoverageExclusion } from './coverage.ts';
import type { ReadableDocument, TextBlock } from './documentText.ts';
import type { SourceId } from './sources.ts';

export type BlockCoverage =
  | { kind: 'on-map' }
  | { kind: 'not-mappable'; reason: string }
  | { kind: 'not-mapped' }
  | { kind: 'none' };

export function blockCoverage(
  doc: ReadableDocument,
  source: SourceId,
  passages: readonly { start: number; end: number }[],
  exclusions: readonly CoverageExclusion[],
): BlockCoverage[] {
  const mine = exclusions.filter((exclusion) => exclusion.source === source);
  return doc.blocks.map((block: TextBlock) => {
    if (block.kind !== 'paragraph') return { kind: 'none' };
    if (passages.some((p) => p.start < block.end && p.end > block.start)) return { kind: 'on-map' };
    const raw = squash(doc.text.slice(block.start, block.end));
    const exclusion = mine.find((e) => raw.startsWith(squash(e.starts_with)));
    if (exclusion) return { kind: 'not-mappable', reason: exclusion.reason };
    const paragraph = { start: block.start, end: block.end, text: raw };
    if (isBodyParagraph(paragraph)) return { kind: 'not-mapped' };
    return { kind: 'none' };
  });
}
