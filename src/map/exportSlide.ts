/**
 * Exports the current view as vectors: an SVG or a PDF of the same view, size and language as the
 * PNG (exportPicture.ts), drawn from the scene, the basemap's GeoJSON and the style's constants,
 * not from a screenshot. The camera is projected as the PNG's off-screen map would be (same plan,
 * same zoom), names are placed by the same placement, the furniture by the same layout; the pure
 * model/exports/slide.ts turns all that into primitives, model/exports/slideSvg.ts or slidePdf.ts writes them.
 * No WebGL is needed. pdf-lib and its fonts are loaded only when a PDF is asked for.
 */
import type { FeatureCollection } from 'geojson';
import { basemapUrl, DETAIL_ZOOM, type BasemapFile } from './basemapStyle.ts';
import { loadFontsFor, loadLabelFonts, placeMapLabels, LABEL_FONT } from './labelLayers.ts';
import { layoutPicture, occupancyOf, pictureFileName, planExportView, type MeasureText, type PictureSize, type TextStyle } from '../model/exports/exportLayout.ts';
import type { ExportSnapshot } from './exportPicture.ts';
import type { Bounds } from '../model/geometry/coordinates.ts';
import { metresPerPixel, worldLonLat, worldPixel } from '../model/view/camera.ts';
import { describeFrame, legendSections, pictureScene } from '../model/scene/scene.ts';
import { layerTitleMessage, LAYER_IDS } from '../model/features/layers.ts';
import { defineMessages, type Translate } from '../model/words/message.ts';
import { buildSlide, mercatorProjector, type BasemapCollections, type Footnote, type Slide, type SlideWords } from '../model/exports/slide.ts';
import { slideToSvg } from '../model/exports/slideSvg.ts';

export type SlideFormat = 'svg' | 'pdf';

const WORDS = defineMessages({
  water: { id: 'slide.layer.water', defaultMessage: 'Seas and water', description: 'A layer’s name in an exported SVG/PDF (shown in Inkscape or Illustrator)' },
  countries: { id: 'slide.layer.countries', defaultMessage: 'Countries', description: 'A layer’s name in an exported SVG/PDF' },
  lakes: { id: 'slide.layer.lakes', defaultMessage: 'Lakes', description: 'A layer’s name in an exported SVG/PDF' },
  rivers: { id: 'slide.layer.rivers', defaultMessage: 'Rivers', description: 'A layer’s name in an exported SVG/PDF' },
  borders: { id: 'slide.layer.borders', defaultMessage: 'Borders', description: 'A layer’s name in an exported SVG/PDF' },
  names: { id: 'slide.layer.names', defaultMessage: 'Names', description: 'A layer’s name in an exported SVG/PDF: the map’s place names' },
  footnoteMarks: { id: 'slide.layer.footnoteMarks', defaultMessage: 'Footnote numbers', description: 'A layer’s name in an exported SVG/PDF' },
  title: { id: 'slide.layer.title', defaultMessage: 'Title', description: 'A layer’s name in an exported SVG/PDF' },
  legend: { id: 'slide.layer.legend', defaultMessage: 'Legend', description: 'A layer’s name in an exported SVG/PDF' },
  scaleBar: { id: 'slide.layer.scaleBar', defaultMessage: 'Scale bar', description: 'A layer’s name in an exported SVG/PDF' },
  sources: { id: 'slide.layer.sources', defaultMessage: 'Sources', description: 'A layer’s name in an exported SVG/PDF' },
  notes: { id: 'slide.layer.notes', defaultMessage: 'Passages cited', description: 'A layer’s name in an exported SVG/PDF: the footnotes' },
  notesHeading: { id: 'slide.notes.heading', defaultMessage: 'Passages cited', description: 'Heading of the footnotes of an exported SVG/PDF: the numbered passages of the documents' },
  notesIntro: {
    id: 'slide.notes.intro',
    defaultMessage: 'Each number on the map marks a feature; beneath it, the passages of the documents that describe it, quoted in English as written.',
    description: 'Under the footnotes’ heading of an exported SVG/PDF',
  },
  section: { id: 'slide.notes.section', defaultMessage: 'section “{section}”', description: 'Where a quoted passage is in its document; {section} is the section’s title, in English' },
  openInAtlas: { id: 'slide.notes.open', defaultMessage: 'In the atlas', description: 'Before a link that opens the atlas at a quoted passage' },
  basemap: { id: 'slide.progress.basemap', defaultMessage: 'Reading the basemap…', description: 'Export progress (SVG/PDF)' },
  writingSvg: { id: 'slide.progress.svg', defaultMessage: 'Writing the SVG…', description: 'Export progress' },
  writingPdf: { id: 'slide.progress.pdf', defaultMessage: 'Writing the PDF with its fonts…', description: 'Export progress' },
  failed: { id: 'slide.failed', defaultMessage: 'The vector picture could not be made ({reason}).', description: 'Export failed; {reason} is the browser’s own words, in English' },
});

export interface SlideOptions {
  width: number;
  height: number;
  format: SlideFormat;
  title?: string | null;
  legend?: boolean;
  scaleBar?: boolean;
  sources?: boolean;
  /** The atlas's address the footnotes link to; absent: this page's. '' gives the view's `#…` alone (no web address to give). */
  linkBase?: string;
  onProgress?: (step: string) => void;
}

/** The passages of the documents that describe each of these features, in the order given (the UI knows the documents). */
export type FootnotesFor = (featureIds: readonly string[]) => Omit<Footnote, 'number'>[];

export type SlideResult =
  | { ok: true; blob: Blob; fileName: string; width: number; height: number; milliseconds: number; footnotes: Footnote[]; names: string[] }
  | { ok: false; message: string };

const basemapCache = new Map<string, Promise<FeatureCollection>>();

function fetchBasemap(baseUrl: string, file: BasemapFile): Promise<FeatureCollection> {
  const url = basemapUrl(baseUrl, file);
  let cached = basemapCache.get(url);
  if (!cached) {
    cached = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    });
    cached.catch(() => basemapCache.delete(url));
    basemapCache.set(url, cached);
  }
  return cached;
}

async function basemapFor(baseUrl: string, zoom: number): Promise<BasemapCollections> {
  const detailed = zoom >= DETAIL_ZOOM;
  const [countries, borders, lakes, rivers] = await Promise.all([
    fetchBasemap(baseUrl, detailed ? 'countries-10m' : 'countries-50m'),
    fetchBasemap(baseUrl, detailed ? 'borders-10m' : 'borders-50m'),
    fetchBasemap(baseUrl, 'lakes'),
    fetchBasemap(baseUrl, 'rivers'),
  ]);
  return { countries, borders, lakes, rivers, detailed } as BasemapCollections;
}

let measureContext: CanvasRenderingContext2D | null = null;
const measureFurniture: MeasureText = (text, style: TextStyle) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * style.size * 0.56;
  measureContext.font = `${style.weight} ${style.size}px ${LABEL_FONT}`;
  return measureContext.measureText(text).width;
};

export function slideWords(t: Translate): SlideWords {
  return {
    layers: {
      water: t(WORDS.water),
      countries: t(WORDS.countries),
      lakes: t(WORDS.lakes),
      rivers: t(WORDS.rivers),
      borders: t(WORDS.borders),
      names: t(WORDS.names),
      footnoteMarks: t(WORDS.footnoteMarks),
      title: t(WORDS.title),
      legend: t(WORDS.legend),
      scaleBar: t(WORDS.scaleBar),
      sources: t(WORDS.sources),
      notes: t(WORDS.notes),
    },
    notesHeading: t(WORDS.notesHeading),
    notesIntro: t(WORDS.notesIntro),
    section: (section) => t(WORDS.section, { section }),
    openInAtlas: t(WORDS.openInAtlas),
  };
}

/** The slide of a view at a size: what both writers draw. `notesPageHeight`: Infinity for one tall page (SVG). */
export async function buildViewSlide(snapshot: ExportSnapshot, options: Omit<SlideOptions, 'format'>, footnotesFor: FootnotesFor, notesPageHeight: number): Promise<{ slide: Slide; names: string[] }> {
  const scene = pictureScene(snapshot.scene);
  const t = scene.translate;
  const size: PictureSize = { width: options.width, height: options.height };
  const plan = planExportView(snapshot.screen, size);
  const zoom = snapshot.camera.zoom + plan.zoomOffset;
  const logical = { width: plan.logicalWidth, height: plan.logicalHeight };
  const center = snapshot.camera.center;
  const project = mercatorProjector(center, zoom, logical, plan.pixelRatio);
  const [cx, cy] = worldPixel(center, zoom);
  const [west, north] = worldLonLat([cx - logical.width / 2, cy - logical.height / 2], zoom);
  const [east, south] = worldLonLat([cx + logical.width / 2, cy + logical.height / 2], zoom);
  const frameBounds: Bounds = [
    [west, south],
    [east, north],
  ];
  options.onProgress?.(t(WORDS.basemap));
  const basemap = await basemapFor(snapshot.baseUrl, zoom);

  if (snapshot.labels) await loadLabelFonts(snapshot.labels);
  const placed = snapshot.labels ? placeMapLabels(snapshot.labels, scene.palette, { center, zoom, width: logical.width, height: logical.height }) : [];
  const frame = describeFrame(scene, frameBounds);
  const title = options.title === undefined ? frame.title : options.title || null;
  await loadFontsFor([title ?? '', ...legendSections(frame.legend).flat().map((row) => row.label)].join(' '));
  const occupied = occupancyOf(frame.features, placed, (lonLat) => {
    const [x, y] = project(lonLat);
    return { x, y };
  }, plan.pixelRatio);
  const layout = layoutPicture({
    size,
    unit: plan.pixelRatio,
    title,
    legend: options.legend === false ? null : frame.legend,
    locator: null,
    occupied,
    metresPerOutputPixel: options.scaleBar === false ? null : metresPerPixel(center[1], zoom) / plan.pixelRatio,
    sources: options.sources !== false,
    measure: measureFurniture,
    translate: t,
  });
  const footnotes = footnotesFor(frame.features.map((feature) => feature.id));
  // The quotes' letters (curly quotes, dashes) are measured in the font they are drawn in.
  await loadFontsFor(footnotes.flatMap((note) => [note.name, ...note.passages.map((passage) => passage.quote)]).join(' '));
  const layerTitles = new Map(LAYER_IDS.map((id) => [id, t(layerTitleMessage(id))]));
  const slide = buildSlide(
    {
      size,
      pixelRatio: plan.pixelRatio,
      zoom,
      project,
      bounds: [west, south, east, north],
      palette: scene.palette,
      basemap,
      features: frame.features,
      selected: scene.selected,
      undated: scene.undated,
      labels: placed,
      layout,
      footnotes,
      title,
      lang: document.documentElement.lang || 'en',
      words: slideWords(t),
      measure: (text, style) => measureFurniture(text, style),
    },
    layerTitles,
    notesPageHeight,
  );
  return { slide, names: placed.map((label) => label.name) };
}

/** The view as an SVG or PDF file. */
export async function exportSlide(snapshot: ExportSnapshot, options: SlideOptions, footnotesFor: FootnotesFor): Promise<SlideResult> {
  const started = performance.now();
  const t = snapshot.scene.translate;
  try {
    const { slide, names } = await buildViewSlide(snapshot, options, footnotesFor, options.format === 'pdf' ? options.height : Infinity);
    let blob: Blob;
    if (options.format === 'svg') {
      options.onProgress?.(t(WORDS.writingSvg));
      blob = new Blob([slideToSvg(slide)], { type: 'image/svg+xml' });
    } else {
      options.onProgress?.(t(WORDS.writingPdf));
      const { slideToPdf, fontFilesFromBundle } = await import('./slidePdf.ts');
      const bytes = await slideToPdf(slide, await fontFilesFromBundle());
      blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    }
    return {
      ok: true,
      blob,
      fileName: pictureFileName(options, options.format),
      width: options.width,
      height: options.height,
      milliseconds: Math.round(performance.now() - started),
      footnotes: slide.footnotes,
      names,
    };
  } catch (error) {
    return { ok: false, message: t(WORDS.failed, { reason: error instanceof Error ? error.message : String(error) }) };
  }
}

