/**
 * Two years side by side in one picture, for a class: the view as it stood in one year on the
 * left and in the other on the right, each half drawn by the map's own export (its legend,
 * scale bar and sources) and titled with its year.
 */
import type { AtlasMap } from '../map/atlasMap.ts';
import type { ExportOptions, ExportResult } from '../map/exportPicture.ts';
import { describeFrame } from '../model/scene/scene.ts';
import { sceneInYear } from '../state/scene.ts';
import { defineMessages, inEnglish, type Translate } from '../model/words/message.ts';

const WORDS = defineMessages({
  present: { id: 'thenAndNow.present', defaultMessage: 'Feb 2026, the documents', description: 'Title of the half of a then-and-now picture showing February 2026, the documents’ present' },
  year: { id: 'thenAndNow.year', defaultMessage: '{year}, as the sources state it', description: 'Title of the half of a then-and-now picture showing another year' },
  titled: { id: 'thenAndNow.titled', defaultMessage: '{year}: {about}', description: 'A half’s title: its year, then what the view is about' },
  progress: { id: 'thenAndNow.progress', defaultMessage: 'Drawing {year} ({half} of 2)…', description: 'Export progress; {half} is 1 or 2' },
  notJoined: { id: 'thenAndNow.notJoined', defaultMessage: 'The two years could not be put side by side in this browser.', description: 'Export failed' },
});

/** The year as a half's title says it, first, so that a long title cut short still says it. */
export function yearLabel(year: number | null, translate: Translate = inEnglish): string {
  return year === null ? translate(WORDS.present) : translate(WORDS.year, { year: String(year) });
}

const GAP = 8;

export async function exportThenAndNow(atlas: AtlasMap, options: ExportOptions, years: readonly [number | null, number | null]): Promise<ExportResult> {
  const half = { width: Math.floor((options.width - GAP) / 2), height: options.height };
  const pictures = [];
  for (const [i, year] of years.entries()) {
    const scene = sceneInYear(year);
    const t = scene.translate;
    const label = yearLabel(year, t);
    // Each half says its year: the user's title with it, or what the view is about with it.
    const about = options.title === null || options.title === '' ? null : (options.title ?? describeFrame({ ...scene, year: null }, atlas.shownFrame().bounds).title);
    options.onProgress?.(t(WORDS.progress, { year: label, half: String(i + 1) }));
    const picture = await atlas.exportPicture({ ...options, ...half, title: about === null ? label : t(WORDS.titled, { year: label, about }) }, scene);
    if (!picture.ok) return picture;
    pictures.push(picture);
  }
  const canvas = document.createElement('canvas');
  canvas.width = half.width * 2 + GAP;
  canvas.height = half.height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const [i, picture] of pictures.entries()) {
    const bitmap = await createImageBitmap(picture.blob);
    context.drawImage(bitmap, i * (half.width + GAP), 0);
    bitmap.close();
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return { ok: false, message: sceneInYear(null).translate(WORDS.notJoined) };
  const [first] = pictures;
  const slug = years.map((year) => (year === null ? '2026-02' : String(year))).join('-vs-');
  return {
    ...first,
    blob,
    width: canvas.width,
    height: canvas.height,
    fileName: `corridor-atlas-${slug}.png`,
    milliseconds: pictures.reduce((sum, picture) => sum + picture.milliseconds, 0),
  };
}
