import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorFeatureCitations, anchorQuote, countOccurrences, quotePattern } from './anchor.ts';

const bulletin = readFileSync(new URL('../../../data/sources/azerbaijan-foreign-policy-bulletin-2026-02.txt', import.meta.url), 'utf8');
const charter = readFileSync(new URL('../../../data/sources/us-azerbaijan-strategic-partnership-charter-2026.txt', import.meta.url), 'utf8');

function anchoredText(text: string, quote: Parameters<typeof anchorQuote>[1]): string {
  const result = anchorQuote(text, quote);
  if (!result.ok) throw new Error(`did not anchor: ${result.reason}`);
  return text.slice(result.start, result.end);
}

describe('anchorQuote on the real documents', () => {
  it('anchors a plain sentence and returns offsets into the original text', () => {
    const exact = 'The initial stage includes a 74-kilometer segment stretching from Jabrayil to Agbend';
    const result = anchorQuote(bulletin, { exact });
    expect(result).toEqual({ ok: true, start: bulletin.indexOf(exact), end: bulletin.indexOf(exact) + exact.length });
  });

  it('matches a single space in the quote against a page break in the text', () => {
    const text = anchoredText(bulletin, { exact: 'connecting Central Asia with Europe, the country plays a key role' });
    expect(text).toContain('the\n\ncountry');
  });

  it('keeps the literal backslash escape before dollar amounts', () => {
    expect(anchoredText(bulletin, { exact: 'for up to \\$900 million in potential financing' })).toContain('up to\n\n\\$900');
    expect(anchorQuote(bulletin, { exact: 'roughly \\$8.8 billion in revenue' }).ok).toBe(true);
    expect(anchorQuote(bulletin, { exact: 'roughly $8.8 billion in revenue' })).toEqual({ ok: false, reason: 'not-found', matches: 0 });
  });

  it('lets the text break a word after a hyphen where the quote does not', () => {
    expect(anchoredText(bulletin, { exact: 'the Khizi-Absheron Wind Power Plant' })).toBe('the Khizi-\n\nAbsheron Wind Power Plant');
  });

  it('does not treat curly and straight apostrophes as equal', () => {
    expect(anchorQuote(charter, { exact: 'support for each other’s sovereignty' }).ok).toBe(true);
    expect(anchorQuote(charter, { exact: "support for each other's sovereignty" }).ok).toBe(false);
    // The bulletin itself mixes both styles.
    expect(anchorQuote(bulletin, { exact: "Azerbaijan's national electricity operator" }).ok).toBe(true);
    expect(anchorQuote(bulletin, { exact: 'Azerbaijan’s first industrial-scale solar project' }).ok).toBe(true);
  });

  it('reports a quote that occurs more than once as ambiguous', () => {
    const result = anchorQuote(bulletin, { exact: '400-kilovolt' });
    expect(result).toEqual({ ok: false, reason: 'ambiguous', matches: 3 });
  });

  it('disambiguates with a prefix or a suffix', () => {
    const byPrefix = anchorQuote(bulletin, { exact: '400-kilovolt', prefix: 'a 230-kilometer' });
    const bySuffix = anchorQuote(bulletin, { exact: '400-kilovolt', suffix: 'voltage class' });
    expect(byPrefix.ok && bulletin.slice(byPrefix.start - 14, byPrefix.start)).toBe('230-kilometer ');
    expect(bySuffix.ok && bulletin.slice(bySuffix.end, bySuffix.end + 14)).toBe(' voltage class');
  });

  it('fails when the prefix does not match any occurrence', () => {
    expect(anchorQuote(bulletin, { exact: '400-kilovolt', prefix: 'a 999-kilometer' })).toEqual({
      ok: false,
      reason: 'not-found',
      matches: 0,
    });
  });

  it('accepts a prefix that spans a page break', () => {
    const result = anchorQuote(bulletin, { exact: 'initiative, which aims to connect', prefix: 'Black Sea Submarine Cable' });
    expect(result.ok).toBe(true);
  });

  it('reports a quote that is not in the text', () => {
    expect(anchorQuote(charter, { exact: 'Zangezur' })).toEqual({ ok: false, reason: 'not-found', matches: 0 });
  });
});

describe('anchorQuote edge cases', () => {
  it('ignores leading and trailing whitespace of the quote', () => {
    expect(anchorQuote('alpha beta gamma', { exact: '  beta ' })).toEqual({ ok: true, start: 6, end: 10 });
  });

  it('treats regex metacharacters literally', () => {
    const text = 'cost (approx.) $1.5 [bn] + 2*3? yes | no';
    expect(anchorQuote(text, { exact: '(approx.) $1.5 [bn] + 2*3? yes | no' }).ok).toBe(true);
    expect(anchorQuote(text, { exact: 'approx..' }).ok).toBe(false);
  });

  it('does not let a whitespace run in the quote match no whitespace at all', () => {
    expect(anchorQuote('Khizi-Absheron', { exact: 'Khizi- Absheron' }).ok).toBe(false);
  });

  it('counts overlapping occurrences', () => {
    expect(countOccurrences('aaa', 'aa')).toBe(2);
    expect(anchorQuote('aaa', { exact: 'aa' })).toEqual({ ok: false, reason: 'ambiguous', matches: 2 });
  });

  it('rejects an empty quote', () => {
    expect(anchorQuote('text', { exact: '   ' })).toEqual({ ok: false, reason: 'not-found', matches: 0 });
  });

  it('builds a whitespace-tolerant pattern', () => {
    expect(quotePattern('a  b\nc-d')).toBe('a\\s+b\\s+c\\-\\s*d');
  });
});

describe('anchorFeatureCitations', () => {
  it('anchors the citations and the figure citations of a feature', () => {
    const results = anchorFeatureCitations(
      {
        citations: [
          { source: 'bulletin-2026-02', exact: 'a new 330-kilovolt substation will be built in the city of Nakhchivan', role: 'describes' },
          { source: 'charter-2026', exact: 'Nakhchivan exclave', role: 'describes' },
        ],
        figures: [
          {
            quantity: 'area',
            value: 49,
            unit: 'ha',
            label: '49 hectares',
            citation: { source: 'bulletin-2026-02', exact: '49 hectares of land allocated' },
          },
        ],
      },
      { 'charter-2026': charter, 'bulletin-2026-02': bulletin },
    );
    expect(results.map((r) => [r.path, r.result.ok])).toEqual([
      ['citations[0]', true],
      ['citations[1]', false],
      ['figures[0].citation', true],
    ]);
  });
});
