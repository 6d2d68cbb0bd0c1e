/**
 * The view as a still picture for the embed code, for pages that allow no frames: drawn by the
 * picture export (title, scale bar and sources on it, as on any picture the atlas gives), then
 * turned into a JPEG data: URL, since the atlas has no server to host it. JPEG: about a fifth of
 * the PNG's bytes in a snippet people paste into an editor.
 */
import type { AtlasMap } from '../map/atlasMap.ts';
import { EMBED_ASPECT } from '../model/exports/embedCode.ts';

/** The still's size: the embed box's own shape (EMBED_ASPECT), wide enough for a page's column. */
export const STILL_SIZE = { width: 800, height: Math.round(800 * EMBED_ASPECT) } as const;

export type Still = { ok: true; src: string; bytes: number } | { ok: false; message: string };

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('the picture could not be read'));
    reader.readAsDataURL(blob);
  });
}

export async function stillOfTheView(map: AtlasMap): Promise<Still> {
  const picture = await map.exportPicture({ ...STILL_SIZE, legend: false, locator: false, scaleBar: true, sources: true });
  if (!picture.ok) return picture;
  const bitmap = await createImageBitmap(picture.blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return { ok: true, src: await asDataUrl(jpeg), bytes: jpeg.size };
}
