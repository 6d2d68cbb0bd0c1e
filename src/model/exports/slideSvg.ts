/**
 * A slide (model/exports/slide.ts) as an SVG document: each group an Inkscape layer (Illustrator reads them
 * as layers too), each feature a path with its id, names and furniture as text, the footnotes below
 * the map as text with links, and in <metadata> the footnotes as JSON (feature id → passages).
 * Pure string building; coordinates are the slide's, already rounded to 0.1 px.
 */
import type { Slide, SlideItem, SlidePath, SlideText } from './slide.ts';

export const LABEL_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', sans-serif";

/** Text and attribute values escaped for XML (and characters XML 1.0 forbids dropped). */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const number = (value: number) => String(Math.round(value * 10) / 10);

export function pathData(subpaths: SlidePath['subpaths']): string {
  return subpaths
    .map(({ points, closed }) => {
      let d = `M${number(points[0])} ${number(points[1])}`;
      for (let i = 2; i < points.length; i += 2) d += `L${number(points[i])} ${number(points[i + 1])}`;
      return closed ? `${d}Z` : d;
    })
    .join('');
}

const attribute = (name: string, value: string | number | undefined) => (value === undefined ? '' : ` ${name}="${typeof value === 'number' ? number(value) : xmlEscape(value)}"`);

function pathElement(path: SlidePath): string {
  const stroke = path.stroke !== undefined;
  return (
    `<path${attribute('id', path.id)} d="${pathData(path.subpaths)}"` +
    attribute('fill', path.fill ?? 'none') +
    (path.fillOpacity !== undefined ? ` fill-opacity="${path.fillOpacity}"` : '') +
    (stroke
      ? attribute('stroke', path.stroke) +
        (path.strokeOpacity !== undefined ? ` stroke-opacity="${path.strokeOpacity}"` : '') +
        attribute('stroke-width', path.strokeWidth) +
        (path.dash ? ` stroke-dasharray="${path.dash.map(number).join(' ')}"` : '') +
        attribute('stroke-linecap', path.cap) +
        attribute('stroke-linejoin', path.join)
      : '') +
    (path.fill && path.subpaths.length > 1 ? ' fill-rule="evenodd"' : '') +
    '/>'
  );
}

function textElement(text: SlideText): string {
  const halo = text.halo
    ? ` stroke="${xmlEscape(text.halo.color)}" stroke-width="${number(text.halo.width)}"${text.halo.opacity < 1 ? ` stroke-opacity="${text.halo.opacity}"` : ''} stroke-linejoin="round" paint-order="stroke"`
    : '';
  return (
    `<text x="${number(text.x)}" y="${number(text.y)}" font-size="${number(text.size)}"` +
    (text.weight === 600 ? ' font-weight="600"' : '') +
    (text.italic ? ' font-style="italic"' : '') +
    (text.anchor !== 'start' ? ` text-anchor="${text.anchor}"` : '') +
    ` fill="${xmlEscape(text.fill)}"${halo}` +
    (text.lang ? ` xml:lang="${text.lang}"` : '') +
    (text.role ? ` class="${text.role}"` : '') +
    // Spaces inside a name (thin spaces of region names) are kept as written.
    ` xml:space="preserve">${xmlEscape(text.text)}</text>`
  );
}

const itemElement = (item: SlideItem) => (item.kind === 'path' ? pathElement(item) : textElement(item));

/** The document: the map page, then the footnotes' page below it, as tall as they need. */
export function slideToSvg(slide: Slide): string {
  const notesHeight = slide.notes.reduce((sum, page) => sum + page.height, 0);
  const height = slide.height + notesHeight;
  const metadata = slide.footnotes.map((note) => ({ number: note.number, feature: note.featureId, name: note.name, link: note.link, passages: note.passages }));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"` +
      ` width="${slide.width}" height="${number(height)}" viewBox="0 0 ${slide.width} ${number(height)}" xml:lang="${xmlEscape(slide.lang)}"` +
      ` font-family="${LABEL_FONT_FAMILY}">`,
  ];
  if (slide.title) out.push(`<title>${xmlEscape(slide.title)}</title>`);
  out.push(
    `<metadata><footnotes xmlns="https://corridor-atlas.example/slide" type="application/json">${xmlEscape(JSON.stringify(metadata))}</footnotes></metadata>`,
    `<defs><clipPath id="map-frame"><rect x="0" y="0" width="${slide.width}" height="${slide.height}"/></clipPath></defs>`,
  );
  for (const group of slide.groups) {
    out.push(`<g id="${xmlEscape(group.id)}" inkscape:groupmode="layer" inkscape:label="${xmlEscape(group.label)}"${group.clipToMap ? ' clip-path="url(#map-frame)"' : ''}>`);
    for (const item of group.items) out.push(itemElement(item));
    out.push('</g>');
  }
  let top = slide.height;
  slide.notes.forEach((page, index) => {
    out.push(`<g id="footnotes${index > 0 ? `-${index + 1}` : ''}" inkscape:groupmode="layer" inkscape:label="Footnotes" transform="translate(0 ${number(top)})">`);
    out.push(`<rect x="0" y="0" width="${slide.width}" height="${number(page.height)}" fill="#ffffff"/>`);
    for (const item of page.items) {
      const href = item.href;
      out.push(href ? `<a href="${xmlEscape(href)}" xlink:href="${xmlEscape(href)}">${textElement(item)}</a>` : textElement(item));
    }
    out.push('</g>');
    top += page.height;
  });
  out.push('</svg>');
  return out.join('\n');
}
