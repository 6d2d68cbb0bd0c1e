/**
 * A source document prepared for reading: paragraphs joined across the PDF's page breaks,
 * section headings found, and the bulletin's mark-up ("**" bold marks, "\$" escapes) rendered.
 * Everything keeps offsets into the ORIGINAL text, because citations anchor there.
 */
import { splitParagraphs } from './coverage.ts';

export type BlockKind = 'heading' | 'paragraph' | 'front-matter';

export interface TextBlock {
  kind: BlockKind;
  /** Offsets of the block in the original text. */
  start: number;
  end: number;
  /** The block as a reader sees it: one line, mark-up rendered. */
  display: string;
}

export interface Section {
  title: string;
  start: number;
}

export interface ReadableDocument {
  text: string;
  blocks: TextBlock[];
  sections: Section[];
}

/** "I. U.S. Vice President…" in the bulletin, "Section I: Regional Connectivity…" in the charter. */
const HEADING = /^(?:Section [IVX]+:|[IVX]+\.)\s+\S/;

/** The bulletin's title page and its own table of contents (bold-marked entries with page numbers). */
function isFrontMatter(raw: string): boolean {
  return raw.includes('**') || /^[A-Z\s]+$/.test(raw.trim()) || /^table of contents$/i.test(raw.trim());
}

function isHeading(display: string): boolean {
  return HEADING.test(display) && display.length < 160 && !/[.;:]$/.test(display);
}

/**
 * A piece of the original text and how it reads: whitespace runs read as one space (none after
 * a hyphen the PDF broke: "Khizi-\n\nAbsheron"), "**" reads as nothing, "\$" as "$".
 */
export interface TextPiece {
  start: number;
  end: number;
  display: string;
}

export function readingPieces(text: string, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const pattern = /\s+|\*\*|\\\$|[^\s*\\]+|[*\\]/g;
  pattern.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < end) {
    const raw = match[0].slice(0, end - match.index);
    const pieceStart = match.index;
    let display = raw;
    if (/^\s+$/.test(raw)) {
      const brokenAfterHyphen = raw.includes('\n\n') && text[pieceStart - 1] === '-';
      display = brokenAfterHyphen ? '' : ' ';
    } else if (raw === '**') display = '';
    else if (raw === '\\$') display = '$';
    pieces.push({ start: pieceStart, end: pieceStart + raw.length, display });
  }
  return pieces;
}

export function readingText(text: string, start: number, end: number): string {
  return readingPieces(text, start, end)
    .map((piece) => piece.display)
    .join('')
    .trim();
}

export function prepareDocument(text: string): ReadableDocument {
  const blocks: TextBlock[] = [];
  const sections: Section[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const display = readingText(text, paragraph.start, paragraph.end);
    const heading = isHeading(display);
    if (heading) sections.push({ title: display, start: paragraph.start });
    const kind: BlockKind = heading ? 'heading' : isFrontMatter(text.slice(paragraph.start, paragraph.end)) ? 'front-matter' : 'paragraph';
    blocks.push({ kind, start: paragraph.start, end: paragraph.end, display });
  }
  return { text, blocks, sections };
}

/** The section an offset falls in, or null before the first heading. */
export function sectionAt(doc: ReadableDocument, offset: number): Section | null {
  let found: Section | null = null;
  for (const section of doc.sections) {
    if (section.start <= offset) found = section;
    else break;
  }
  return found;
}

export function blockAt(doc: ReadableDocument, offset: number): TextBlock | null {
  return doc.blocks.find((block) => block.start <= offset && offset < block.end) ?? null;
}

/**
 * Where sentences end in the original text: after . ! or ? (and a closing quote), before
 * whitespace and a capital. "U.S." and "J.D." do not end a sentence: a lone capital before the
 * full stop marks an abbreviation.
 */
function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  const pattern = /[.!?]["”’]?(?=\s+["“‘]?[A-Z0-9])/g;
  pattern.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < end) {
    const before = text.slice(Math.max(start, match.index - 2), match.index);
    if (match[0][0] === '.' && /(^|[\s.])[A-Z]$/.test(before)) continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

export interface PassageContext {
  /** The rest of the sentence before the quote, as it reads. */
  before: string;
  quote: string;
  after: string;
  /** Original offsets of the whole context (the sentences that hold the quote). */
  start: number;
  end: number;
}

/** The sentence or sentences that hold a passage, split around it, for showing it in context. */
export function passageContext(doc: ReadableDocument, start: number, end: number): PassageContext {
  const block = blockAt(doc, start) ?? { start, end };
  const ends = sentenceEnds(doc.text, block.start, block.end);
  const contextStart = [block.start, ...ends].filter((offset) => offset <= start).at(-1)!;
  const contextEnd = [...ends, block.end].find((offset) => offset >= end) ?? block.end;
  const clean = (from: number, to: number) => readingPieces(doc.text, from, to).map((p) => p.display).join('');
  return {
    before: clean(contextStart, start).trimStart(),
    quote: clean(start, end),
    after: clean(end, Math.max(end, contextEnd)).trimEnd(),
    start: contextStart,
    end: Math.max(end, contextEnd),
  };
}

/** The sentences of a block, as spans of the original text (leading whitespace left out). */
export function sentencesOf(doc: ReadableDocument, block: Pick<TextBlock, 'start' | 'end'>): { start: number; end: number }[] {
  const bounds = [block.start, ...sentenceEnds(doc.text, block.start, block.end), block.end];
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    let start = bounds[i];
    while (start < bounds[i + 1] && /\s/.test(doc.text[start])) start++;
    if (start < bounds[i + 1]) spans.push({ start, end: bounds[i + 1] });
  }
  return spans;
}
