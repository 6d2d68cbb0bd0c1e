import { citationIndexFromDisk, readProjectFile, sourceTexts } from '../../../scripts/lib/onDisk.ts';
import type { CoverageExclusion } from './coverage.ts';
import { SOURCE_IDS } from './sources.ts';
import { describe, expect, it } from 'vitest';
import { blockCoverage } from './readerCoverage.ts';
import { prepareDocument } from './documentText.ts';
import { anchorQuote } from './anchor.ts';

const text = sourceTexts()['bulletin-2026-02'];
const doc = prepareDocument(text);
const paragraphIndex = (start: string) => doc.blocks.findIndex((b) => b.display.startsWith(start));

describe('coverage in the reader', () => {
  const cited = anchorQuote(text, { exact: 'a 74-kilometer segment stretching from Jabrayil to Agbend' });
  if (!cited.ok) throw new Error('quote');
  const coverage = blockCoverage(doc, 'bulletin-2026-02', [cited], [
    { source: 'bulletin-2026-02', starts_with: 'Vice President Vance, in his remarks', reason: 'No place is named.' },
    { source: 'charter-2026', starts_with: 'The South Caucasus is entering', reason: 'wrong document' },
  ]);

  it('marks a cited paragraph as on the map', () => {
    expect(coverage[paragraphIndex('The project was announced by AzərEnerji')]).toEqual({ kind: 'on-map' });
  });

  it('gives the reason a paragraph was judged not mappable', () => {
    expect(coverage[paragraphIndex('Vice President Vance, in his remarks')]).toEqual({ kind: 'not-mappable', reason: 'No place is named.' });
  });

  it('flags an uncited paragraph that names mappable things', () => {
    expect(coverage[paragraphIndex('The South Caucasus is entering')]).toEqual({ kind: 'not-mapped' });
  });

  it('flags an uncited, unexcluded paragraph even when no keyword calls it mappable', () => {
    expect(coverage[paragraphIndex('Central Asian governments')]).toEqual({ kind: 'not-mapped' });
  });

  it('gives every body paragraph of the real documents a place on the map or a reason', () => {
    const exclusions = (JSON.parse(readProjectFile('data/coverage-exclusions.json')) as { exclusions: CoverageExclusion[] }).exclusions;
    const index = citationIndexFromDisk();
    for (const source of SOURCE_IDS) {
      const document = prepareDocument(sourceTexts()[source]);
      const marks = blockCoverage(document, source, index.passagesBySource[source], exclusions);
      const unreviewed = document.blocks.filter((_, i) => marks[i].kind === 'not-mapped').map((block) => block.display.slice(0, 60));
      expect(unreviewed, source).toEqual([]);
    }
  });

  it('leaves headings and front matter alone', () => {
    doc.blocks.forEach((block, i) => {
      if (block.kind !== 'paragraph') expect(coverage[i]).toEqual({ kind: 'none' });
    });
  });
});
