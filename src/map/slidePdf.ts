/**
 * A slide (model/exports/slide.ts) as a PDF: the map on a page of the picture's size in points (96 px to
 * the inch: 1920×1080 px → 1440×810 pt), the footnotes on the pages after it with link
 * annotations back into the atlas. Text is real text in the atlas's own Noto Sans subsets,
 * embedded and subset again by pdf-lib with fontkit, so ə, Cyrillic and Armenian print and can be
 * selected and searched (the standard PDF fonts have none of them). Loaded only when a PDF is asked for.
 */
import {
  LineCapStyle,
  LineJoinStyle,
  PDFDocument,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  TextRenderingMode,
  appendBezierCurve,
  beginText,
  clip,
  closePath,
  concatTransformationMatrix,
  endPath,
  endText,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  stroke,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import fontkit, { type Font as OutlineFont, type Path as GlyphPath } from '@pdf-lib/fontkit';
import type { Slide, SlidePath, SlideText } from '../model/exports/slide.ts';

/** CSS pixels to points: 96 pixels to the inch, 72 points. */
export const POINTS_PER_PIXEL = 0.75;

/** The font files by name (noto-sans-<script>-<weight>-<style>.ttf), as bytes. */
export type FontFiles = Readonly<Record<string, Uint8Array>>;

/** Scripts in the order a letter is looked for in them. */
const SCRIPTS = ['latin', 'latin-ext', 'cyrillic', 'armenian'] as const;

/** The subsets the app ships (scripts/prepare-fonts.ts), fetched from where the build put them. */
export async function fontFilesFromBundle(): Promise<FontFiles> {
  // TrueType, not the page's WOFF2: fontkit cannot subset WOFF2's composite glyphs (scripts/lib/fontSubsets.ts).
  const urls = import.meta.glob<string>('../fonts/pdf/*.ttf', { query: '?url', import: 'default', eager: true });
  const entries = await Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`font ${path}: the server answered ${response.status}`);
      return [path.split('/').pop()!, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** "#rrggbb", "#rgb", "rgb(r, g, b)" or "rgba(r, g, b, a)" as 0–1 channels and an alpha. */
export function parseColour(css: string): { r: number; g: number; b: number; alpha: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return { r: parseInt(digits.slice(0, 2), 16) / 255, g: parseInt(digits.slice(2, 4), 16) / 255, b: parseInt(digits.slice(4, 6), 16) / 255, alpha: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css.trim());
  if (rgb) return { r: Number(rgb[1]) / 255, g: Number(rgb[2]) / 255, b: Number(rgb[3]) / 255, alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  return { r: 0, g: 0, b: 0, alpha: 1 };
}

interface FaceSet {
  /** For each script, the font file and its outlines (fontkit), which also tell which letters it has. */
  faces: { file: string; outlines: OutlineFont }[];
}

/** The fonts of one style, and the runs of a text split by which of them has each letter. */
class Fonts {
  private embedded = new Map<string, PDFFont>();
  private sets = new Map<string, FaceSet>();
  constructor(
    private doc: PDFDocument,
    private files: FontFiles,
  ) {}

  private set(weight: 400 | 600, italic: boolean): FaceSet {
    // The subsets have no bold italic: an italic name is never bold.
    const style = italic ? '400-italic' : `${weight}-normal`;
    let set = this.sets.get(style);
    if (!set) {
      set = {
        faces: SCRIPTS.map((script) => `noto-sans-${script}-${style}.ttf`)
          .filter((file) => this.files[file])
          .map((file) => ({ file, outlines: fontkit.create(this.files[file] as unknown as Buffer) })),
      };
      this.sets.set(style, set);
    }
    return set;
  }

  async font(file: string): Promise<PDFFont> {
    let font = this.embedded.get(file);
    if (!font) {
      font = await this.doc.embedFont(this.files[file], { subset: true });
      this.embedded.set(file, font);
    }
    return font;
  }

  /** The text in runs of one font each; a letter no font has (a thin space) becomes a plain space. */
  async runs(text: string, weight: 400 | 600, italic: boolean): Promise<{ font: PDFFont; outlines: OutlineFont; text: string }[]> {
    const { faces } = this.set(weight, italic);
    const runs: { face: FaceSet['faces'][number]; text: string }[] = [];
    for (let character of text) {
      let face = faces.find((candidate) => candidate.outlines.hasGlyphForCodePoint(character.codePointAt(0)!));
      if (!face && /\s/.test(character)) {
        character = ' ';
        face = faces.find((candidate) => candidate.outlines.hasGlyphForCodePoint(32));
      }
      if (!face) continue;
      const last = runs[runs.length - 1];
      if (last && last.face === face) last.text += character;
      else runs.push({ face, text: character });
    }
    return Promise.all(runs.map(async (run) => ({ font: await this.font(run.face.file), outlines: run.face.outlines, text: run.text })));
  }
}

/**
 * A glyph's outline as path operators, its origin at (x, y) of the page (pixels, y down), font
 * units scaled by `scale`. TrueType's quadratic curves become the cubic curves PDF draws (the same
 * curve: control points two thirds of the way to the quadratic's).
 */
function traceGlyph(path: GlyphPath, x: number, y: number, scale: number, into: PDFOperator[]): void {
  const at = (gx: number, gy: number): [number, number] => [x + gx * scale, y - gy * scale];
  let current: [number, number] = [x, y];
  const towards = (from: [number, number], control: [number, number]): [number, number] => [from[0] + (2 / 3) * (control[0] - from[0]), from[1] + (2 / 3) * (control[1] - from[1])];
  const pen = {
    moveTo: (gx: number, gy: number) => {
      current = at(gx, gy);
      into.push(moveTo(...current));
    },
    lineTo: (gx: number, gy: number) => {
      current = at(gx, gy);
      into.push(lineTo(...current));
    },
    quadraticCurveTo: (cx: number, cy: number, gx: number, gy: number) => {
      const control = at(cx, cy);
      const end = at(gx, gy);
      into.push(appendBezierCurve(...towards(current, control), ...towards(end, control), ...end));
      current = end;
    },
    bezierCurveTo: (c1x: number, c1y: number, c2x: number, c2y: number, gx: number, gy: number) => {
      current = at(gx, gy);
      into.push(appendBezierCurve(...at(c1x, c1y), ...at(c2x, c2y), ...current));
    },
    closePath: () => into.push(closePath()),
  };
  (path.toFunction() as (context: typeof pen) => void)(pen);
}

/** Draws on one page in the slide's pixels, y down: the page's transform turns them into points. */
class Painter {
  private states = new Map<string, PDFName>();
  private fontNames = new Map<PDFFont, PDFName>();
  constructor(
    private page: PDFPage,
    private fonts: Fonts,
    private doc: PDFDocument,
  ) {
    page.pushOperators(
      concatTransformationMatrix(POINTS_PER_PIXEL, 0, 0, -POINTS_PER_PIXEL, 0, page.getHeight()),
      setLineJoin(LineJoinStyle.Round),
    );
  }

  private opacity(fillAlpha: number, strokeAlpha: number): PDFOperator[] {
    if (fillAlpha >= 1 && strokeAlpha >= 1) return [];
    const key = `${fillAlpha.toFixed(3)}/${strokeAlpha.toFixed(3)}`;
    let name = this.states.get(key);
    if (!name) {
      name = this.page.node.newExtGState('GS', this.doc.context.obj({ Type: 'ExtGState', ca: fillAlpha, CA: strokeAlpha }));
      this.states.set(key, name);
    }
    return [setGraphicsState(name)];
  }

  clipTo(width: number, height: number) {
    this.page.pushOperators(pushGraphicsState(), rectangle(0, 0, width, height), clip(), endPath());
  }

  restore() {
    this.page.pushOperators(popGraphicsState());
  }

  path(path: SlidePath) {
    const fillColour = path.fill && path.fill !== 'none' ? parseColour(path.fill) : null;
    const strokeColour = path.stroke ? parseColour(path.stroke) : null;
    if (!fillColour && !strokeColour) return;
    const ops: PDFOperator[] = [pushGraphicsState()];
    ops.push(...this.opacity((path.fillOpacity ?? 1) * (fillColour?.alpha ?? 1), (path.strokeOpacity ?? 1) * (strokeColour?.alpha ?? 1)));
    if (fillColour) ops.push(setFillingRgbColor(fillColour.r, fillColour.g, fillColour.b));
    if (strokeColour) {
      ops.push(setStrokingRgbColor(strokeColour.r, strokeColour.g, strokeColour.b), setLineWidth(path.strokeWidth ?? 1));
      ops.push(setLineCap(path.cap === 'round' ? LineCapStyle.Round : path.cap === 'square' ? LineCapStyle.Projecting : LineCapStyle.Butt));
      ops.push(setLineJoin(path.join === 'miter' ? LineJoinStyle.Miter : LineJoinStyle.Round));
      if (path.dash) ops.push(setDashPattern(path.dash, 0));
    }
    for (const { points, closed } of path.subpaths) {
      ops.push(moveTo(points[0], points[1]));
      for (let i = 2; i < points.length; i += 2) ops.push(lineTo(points[i], points[i + 1]));
      if (closed) ops.push(closePath());
    }
    // Rings with holes (a lake's island) are filled even-odd, as the SVG does.
    const evenOdd = path.subpaths.length > 1;
    if (fillColour && strokeColour) ops.push(evenOdd ? PDFOperator.of(PDFOperatorNames.FillEvenOddAndStroke) : fillAndStroke());
    else if (fillColour) ops.push(evenOdd ? PDFOperator.of(PDFOperatorNames.FillEvenOdd) : fill());
    else ops.push(stroke());
    ops.push(popGraphicsState());
    this.page.pushOperators(...ops);
  }

  private fontName(font: PDFFont): PDFName {
    let name = this.fontNames.get(font);
    if (!name) {
      name = this.page.node.newFontDictionary(font.name, font.ref);
      this.fontNames.set(font, name);
    }
    return name;
  }

  /** Width of a text in pixels, in the fonts it is drawn in. */
  async width(text: SlideText): Promise<number> {
    const runs = await this.fonts.runs(text.text, text.weight, text.italic);
    return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, text.size), 0);
  }

  async text(text: SlideText) {
    const runs = await this.fonts.runs(text.text, text.weight, text.italic);
    if (runs.length === 0) return;
    const width = runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, text.size), 0);
    const x = text.anchor === 'middle' ? text.x - width / 2 : text.anchor === 'end' ? text.x - width : text.x;
    const show = (mode: TextRenderingMode) => {
      const ops: PDFOperator[] = [beginText(), setTextRenderingMode(mode), setTextMatrix(1, 0, 0, -1, x, text.y)];
      for (const run of runs) ops.push(setFontAndSize(this.fontName(run.font), text.size), showText(run.font.encodeText(run.text)));
      ops.push(endText());
      return ops;
    };
    const fillColour = parseColour(text.fill);
    if (text.halo) {
      // The halo is the letters' outlines stroked as paths, not a second copy of the text: a reader
      // copying the names, searching them or reading them aloud gets each name once.
      const halo = parseColour(text.halo.color);
      const outlines: PDFOperator[] = [];
      let penX = x;
      for (const run of runs) {
        const scale = text.size / run.outlines.unitsPerEm;
        // The glyphs and advances the text itself is shown with (pdf-lib encodes it by this layout).
        for (const glyph of run.outlines.layout(run.text).glyphs) {
          traceGlyph(glyph.path, penX, text.y, scale, outlines);
          penX += glyph.advanceWidth * scale;
        }
      }
      this.page.pushOperators(
        pushGraphicsState(),
        ...this.opacity(1, text.halo.opacity),
        setStrokingRgbColor(halo.r, halo.g, halo.b),
        setLineWidth(text.halo.width),
        setLineJoin(LineJoinStyle.Round),
        ...outlines,
        stroke(),
        popGraphicsState(),
      );
    }
    this.page.pushOperators(
      pushGraphicsState(),
      ...this.opacity((text.fillOpacity ?? 1) * fillColour.alpha, 1),
      setFillingRgbColor(fillColour.r, fillColour.g, fillColour.b),
      ...show(TextRenderingMode.Fill),
      popGraphicsState(),
    );
  }

  /** A link annotation over a box of the page (pixels, y down). */
  link(box: { x: number; y: number; width: number; height: number }, href: string) {
    const height = this.page.getHeight();
    const k = POINTS_PER_PIXEL;
    const annotation = this.doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [box.x * k, height - (box.y + box.height) * k, (box.x + box.width) * k, height - box.y * k],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) },
    });
    this.page.node.addAnnot(this.doc.context.register(annotation));
  }
}

/** The slide as PDF bytes: the map on page 1, the footnotes after it. */
export async function slideToPdf(slide: Slide, files: FontFiles): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  if (slide.title) doc.setTitle(slide.title, { showInWindowTitleBar: true });
  doc.setLanguage(slide.lang);
  doc.setCreator('Corridor Atlas');
  doc.setProducer('Corridor Atlas (pdf-lib)');
  const fonts = new Fonts(doc, files);

  const page = doc.addPage([slide.width * POINTS_PER_PIXEL, slide.height * POINTS_PER_PIXEL]);
  const painter = new Painter(page, fonts, doc);
  for (const group of slide.groups) {
    if (group.clipToMap) painter.clipTo(slide.width, slide.height);
    for (const item of group.items) {
      if (item.kind === 'path') painter.path(item);
      else await painter.text(item);
    }
    if (group.clipToMap) painter.restore();
  }

  for (const notes of slide.notes) {
    const notesPage = doc.addPage([slide.width * POINTS_PER_PIXEL, notes.height * POINTS_PER_PIXEL]);
    const notesPainter = new Painter(notesPage, fonts, doc);
    for (const item of notes.items) {
      await notesPainter.text(item);
      // The link covers the words as drawn in the PDF's own fonts.
      if (item.href) notesPainter.link({ x: item.x, y: item.y - item.size, width: await notesPainter.width(item), height: item.size * 1.3 }, item.href);
    }
  }
  return doc.save();
}
