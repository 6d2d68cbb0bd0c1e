import { describe, expect, it } from 'vitest';
import { embedCode, escapeHtml } from './embedCode.ts';
import { DEFAULT_VIEW, parseViewHash, type ViewState } from '../view/viewState.ts';
import type { PassageCitation } from '../documents/passageCitation.ts';

const APP = 'https://atlas.example/corridor/';
const view: ViewState = { ...DEFAULT_VIEW, camera: { center: [46.3, 39.1], zoom: 8, bearing: 0, pitch: 0 }, feature: 'tripp-syunik-route', panel: 'feature', lang: 'hy' };
const citation: PassageCitation = {
  source: 'bulletin-2026-02',
  start: 10,
  end: 60,
  documentTitle: 'The <Bulletin>',
  provenance: 'Published by someone.',
  section: 'A & B',
  quote: 'the route "TRIPP" <would> cross Syunik',
  link: `${APP}#passage=bulletin-2026-02:10-60`,
};
const words = { frameTitle: 'Corridor Atlas map: TRIPP "route"', openInAtlas: 'Open in Corridor Atlas' };

/** The snippet read back as a browser would (attributes unescaped). */
function parse(html: string) {
  const attr = (name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return { src: attr('src'), href: attr('href'), title: attr('title') };
}

describe('the embed code', () => {
  it('frames the same view read-only, and links to the full atlas at that view', () => {
    const code = embedCode(APP, view, citation, words);
    const { src, href, title } = parse(code.html);
    expect(src).toEqual([code.frameUrl]);
    expect(parseViewHash(new URL(src[0]).hash).view).toEqual({ ...view, embed: true });
    // The full atlas: the same view, not embedded.
    expect(new Set(href)).toEqual(new Set([code.atlasUrl]));
    expect(parseViewHash(new URL(href[0]).hash).view).toEqual(view);
    expect(title).toEqual([words.frameTitle]);
  });

  it('quotes the passage as text, escaped, in English, with its document', () => {
    const { html } = embedCode(APP, view, citation, words);
    expect(html).toContain(`<blockquote cite="${escapeHtml(citation.link)}" lang="en"`);
    expect(html).toContain(escapeHtml(`“${citation.quote}”`));
    expect(html).toContain('<cite lang="en">The &lt;Bulletin&gt;</cite>');
    expect(html).toContain('A &amp; B');
    expect(html).not.toMatch(/<script|<style|<Bulletin>/);
  });

  it('keeps its shape without style sheets, and never presents inside the frame', () => {
    const { html, frameUrl } = embedCode(APP, { ...view, presentation: { ...view.presentation, on: true } }, null, words);
    expect(html).toMatch(/padding-top:62\.5%/);
    expect(html).not.toContain('<blockquote');
    expect(parseViewHash(new URL(frameUrl).hash).view.presentation.on).toBe(false);
  });

  it('carries a still picture under the frame for pages that allow no frames, the link still beneath', () => {
    const still = { src: 'data:image/jpeg;base64,/9j/AAAA', alt: 'Corridor Atlas map: TRIPP "route"' };
    const { html, atlasUrl } = embedCode(APP, view, citation, words, still);
    const img = html.indexOf('<img');
    // Before the iframe in the box, so the frame covers it wherever frames are allowed.
    expect(img).toBeGreaterThan(0);
    expect(img).toBeLessThan(html.indexOf('<iframe'));
    expect(html).toContain('src="data:image/jpeg;base64,/9j/AAAA"');
    expect(html).toContain('alt="Corridor Atlas map: TRIPP &quot;route&quot;"');
    expect(parse(html).href).toEqual([atlasUrl]);
    expect(embedCode(APP, view, citation, words).html).not.toContain('<img');
  });
});
