import { sourceTexts } from '../../../scripts/lib/onDisk.ts';
import { describe, expect, it } from 'vitest';
import { passageContext, prepareDocument, readingText, sectionAt } from './documentText.ts';
import { anchorQuote } from './anchor.ts';

const { 'bulletin-2026-02': bulletinText, 'charter-2026': charterText } = sourceTexts();
const bulletin = prepareDocument(bulletinText);
const charter = prepareDocument(charterText);

function anchor(text: string, exact: string) {
  const result = anchorQuote(text, { exact });
  if (!result.ok) throw new Error(`test quote does not anchor: ${exact}`);
  return result;
}

describe('reflowing the bulletin for reading', () => {
  it('joins a sentence the PDF cut at a page break', () => {
    const paragraph = bulletin.blocks.find((b) => b.display.startsWith('For Washington'))!;
    expect(paragraph.display).toContain('Europe, the country plays a key role in the expanding Middle Corridor');
  });

  it('joins a name the page break cut after its hyphen, without a space', () => {
    const paragraph = bulletin.blocks.find((b) => b.display.includes('Wind Power Plant—the largest'))!;
    expect(paragraph.display).toContain('the Khizi-Absheron Wind Power Plant');
  });

  it('renders "\\$" as a dollar sign and drops the bold marks', () => {
    const all = bulletin.blocks.map((b) => b.display).join('\n');
    expect(all).toContain('roughly $8.8 billion in revenue');
    expect(all).not.toContain('\\$');
    expect(all).not.toContain('**');
  });

  it('keeps offsets into the original text, where citations anchor', () => {
    for (const block of bulletin.blocks) {
      expect(readingText(bulletinText, block.start, block.end)).toBe(block.display);
    }
  });
});

describe('sections', () => {
  it('finds the five articles of the bulletin and the four sections of the charter', () => {
    expect(bulletin.sections.map((s) => s.title.slice(0, 4))).toEqual(['I. U', 'II. ', 'III.', 'IV. ', 'V. R']);
    expect(bulletin.sections[1].title).toBe(
      'II. Zangezur Power Line Construction Begins as Azerbaijan Expands Regional Energy Connectivity',
    );
    expect(charter.sections.map((s) => s.title.split(':')[0])).toEqual(['Section I', 'Section II', 'Section III', 'Section IV']);
  });

  it('does not take the table of contents for the sections themselves', () => {
    const contents = bulletin.blocks.filter((b) => b.display.startsWith('- I.'));
    expect(contents.every((b) => b.kind === 'front-matter')).toBe(true);
  });

  it('tells which section a passage sits in', () => {
    const { start } = anchor(bulletinText, 'a 74-kilometer segment stretching from Jabrayil to Agbend');
    expect(sectionAt(bulletin, start)?.title).toMatch(/^II\. Zangezur Power Line/);
    expect(sectionAt(bulletin, 10)).toBeNull();
  });
});

describe('a passage in context', () => {
  it('shows the whole sentence around the quote', () => {
    const { start, end } = anchor(bulletinText, '230-kilometer 400-kilovolt transmission line');
    const context = passageContext(bulletin, start, end);
    expect(context.before).toBe('As a continuation of this strategy, Azerbaijan plans to construct a ');
    expect(context.quote).toBe('230-kilometer 400-kilovolt transmission line');
    expect(context.after).toBe(' from Nakhchivan to Türkiye.');
  });

  it('does not end a sentence at "U.S." or "J.D."', () => {
    const { start, end } = anchor(bulletinText, 'by U.S. Vice President J.D. Vance and President Ilham Aliyev');
    const context = passageContext(bulletin, start, end);
    expect(context.before).toBe(
      'The most significant outcome of the Baku visit was the signing of a Strategic Partnership Charter between the United States and Azerbaijan ',
    );
    expect(context.after).toBe('.');
  });

  it('reads across a page break as one sentence', () => {
    const { start, end } = anchor(bulletinText, 'up to $900 million'.replace('$', '\\$'));
    const context = passageContext(bulletin, start, end);
    expect(context.quote).toBe('up to $900 million');
    expect(context.after).toBe(' in potential financing.');
  });
});
