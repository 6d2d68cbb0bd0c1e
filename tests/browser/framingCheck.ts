/**
 * Whether a framed subject (its features and the area round them) lies wholly in the part of the
 * map left free by what is drawn over it: shared by the tour's and the presentation's framing tests.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Bounds } from '../../src/model/geometry/coordinates.ts';

/** What a person sees over the map in a tour or a presentation, found by its looks, not by the app's own list. */
const OVERLAYS = '.tour-caption, .presentation-title, .presentation-controls, .presentation-overlay .map-legend';
/** The zoom at which framing stops coming closer (a single place keeps its surroundings). */
const CLOSEST_FRAME_ZOOM = 9;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Framing {
  subject: Rect;
  covers: Rect[];
  width: number;
  height: number;
  camera: { lng: number; lat: number; zoom: number };
}

/** The subject's box on the screen, what covers the map, and the map's size and camera. */
export function measureFraming(page: Page, subject: Bounds): Promise<Framing> {
  return page.evaluate(
    ([box, overlays]) => {
      const atlas = window.corridorAtlas!;
      const container = atlas.pageBox();
      const sw = atlas.project(box[0]);
      const ne = atlas.project(box[1]);
      const covers = [...document.querySelectorAll(overlays)].flatMap((element) => {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) return [];
        return [{ left: rect.left - container.left, top: rect.top - container.top, right: rect.right - container.left, bottom: rect.bottom - container.top }];
      });
      const { center, zoom } = atlas.camera();
      return {
        subject: { left: sw.x, top: ne.y, right: ne.x, bottom: sw.y },
        covers,
        width: container.width,
        height: container.height,
        camera: { lng: center[0], lat: center[1], zoom },
      };
    },
    [subject, OVERLAYS] as const,
  );
}

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Inside the map, under nothing drawn over it, and filling a good part of it unless framed as close as framing goes. */
export function expectFramedInFreePart({ subject, covers, width, height, camera }: Framing, where: string): void {
  expect(subject.left, where).toBeGreaterThanOrEqual(-1);
  expect(subject.top, where).toBeGreaterThanOrEqual(-1);
  expect(subject.right, where).toBeLessThanOrEqual(width + 1);
  expect(subject.bottom, where).toBeLessThanOrEqual(height + 1);
  for (const cover of covers) expect(overlap(subject, cover), `${where}: hidden under the caption, title, legend or controls`).toBeLessThan(2);
  // Framed, not lost in a continent: the subject fills a good part of the map across or down.
  const fills = Math.max((subject.right - subject.left) / width, (subject.bottom - subject.top) / height);
  if (camera.zoom < CLOSEST_FRAME_ZOOM - 0.01) expect(fills, where).toBeGreaterThan(0.3);
}
