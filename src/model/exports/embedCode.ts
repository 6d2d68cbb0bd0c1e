/**
 * The embed code: an HTML snippet that shows a view of the atlas inside another page. It is
 * plain HTML with inline styles only, so it survives a host that strips scripts and style sheets:
 * a box of fixed proportions (padding-top, which every browser and mail-safe editor keeps) holding
 * the iframe, and under it the subject's passage as text with its citation and a link to the full
 * atlas. A host that strips iframes still shows the link (inside the box) and the quote, so the
 * evidence is never lost with the map; with a still picture of the view (a data: URL, since the
 * atlas has no server to host one), the box shows that picture instead. Pure: no DOM, no React.
 */
import type { PassageCitation } from '../documents/passageCitation.ts';
import { formatViewHash, type ViewState } from '../view/viewState.ts';

/** The box's height as a share of its width: 10:16, the map's usual shape on a laptop. */
export const EMBED_ASPECT = 10 / 16;

export interface EmbedWords {
  /** The iframe's title, read by screen readers: what the frame shows. */
  frameTitle: string;
  /** The link to the full atlas at the same view. */
  openInAtlas: string;
}

/** A picture of the view, carried in the snippet, for a page that allows no frames. */
export interface EmbedStill {
  /** A data: URL (the picture travels inside the code). */
  src: string;
  /** What the picture shows, for screen readers and where pictures are off. */
  alt: string;
}

export interface EmbedCode {
  /** The iframe's address: the view, read-only (`embed=1`). */
  frameUrl: string;
  /** The full atlas at the same view. */
  atlasUrl: string;
  html: string;
}

/** Text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The snippet for `view` of the atlas at `appUrl` (its address without a hash), with the subject's
 * passage (`citation`, or null when the view has no subject) quoted under the map.
 */
export function embedCode(appUrl: string, view: ViewState, citation: PassageCitation | null, words: EmbedWords, still?: EmbedStill): EmbedCode {
  const frameUrl = `${appUrl}${formatViewHash({ ...view, embed: true, presentation: { ...view.presentation, on: false } })}`;
  const atlasUrl = `${appUrl}${formatViewHash({ ...view, embed: false })}`;
  const open = `<a href="${escapeHtml(atlasUrl)}">${escapeHtml(words.openInAtlas)}</a>`;
  const lines = [
    '<figure style="margin:1em 0;max-width:100%">',
    `  <div style="position:relative;width:100%;height:0;padding-top:${(EMBED_ASPECT * 100).toFixed(1)}%;overflow:hidden;background:#c9dde9">`,
    // Under the iframe, seen only where the host removes it: the still picture, or the way to the atlas.
    still
      ? `    <img src="${escapeHtml(still.src)}" alt="${escapeHtml(still.alt)}" style="position:absolute;top:0;left:0;width:100%;height:100%;object-fit:cover">`
      : `    <p style="position:absolute;top:50%;left:0;right:0;margin:0;text-align:center">${open}</p>`,
    `    <iframe src="${escapeHtml(frameUrl)}" title="${escapeHtml(words.frameTitle)}" loading="lazy" referrerpolicy="no-referrer" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"></iframe>`,
    '  </div>',
  ];
  if (citation) {
    // The documents' words, byte for byte, in English wherever the snippet is shown.
    lines.push(
      `  <blockquote cite="${escapeHtml(citation.link)}" lang="en" style="margin:0.75em 0 0.25em">${escapeHtml(`“${citation.quote}”`)}</blockquote>`,
      `  <figcaption>— <cite lang="en">${escapeHtml(citation.documentTitle)}</cite>${citation.section ? `, <span lang="en">${escapeHtml(citation.section)}</span>` : ''}. ${open}</figcaption>`,
    );
  } else {
    lines.push(`  <figcaption>${open}</figcaption>`);
  }
  lines.push('</figure>');
  return { frameUrl, atlasUrl, html: lines.join('\n') };
}
