/**
 * Whether every place a tour step's caption names, and that lies in the open part of the map, is
 * named on the map: read from the data and the basemap the page is served (not from the app's own
 * list of what it is about), and from the names the map has placed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { FeatureCollection, Point } from 'geojson';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { freeArea } from '../../src/model/view/framing.ts';
import { labelForms, mentions, nameForms } from '../../src/model/scene/mapNames.ts';
import { estimateText } from '../../src/model/scene/labelPlacement.ts';
import type { DrawableFeature } from '../../src/model/scene/drawable.ts';
import type { LabelAnchorsFile } from '../../src/model/scene/labelAnchors.ts';
import type { Framing } from './framingCheck.ts';

interface Place {
  /** The names a text may call it by. */
  forms: string[];
  position: [number, number];
  /** A country's or sea's name stands centred on it, a town's beside it: how far in from the open part's edges it is owed. */
  inset: { x: number; y: number };
}

/** How far inside the open part of the map a town must be for its name to be owed (room for the name on some side). */
const INSET = { x: 12, y: 12 };
/** A country's name centred on its most interior point: half a (bold, 15 px) name across, a line up and down. */
const areaInset = (name: string) => ({ x: estimateText(name, { size: 15, weight: 600, italic: false }) / 2, y: 15 });

const labels = JSON.parse(readFileSync('dist/basemap/labels.geojson', 'utf8')) as FeatureCollection<Point, { text: string }>;
const anchors = JSON.parse(readFileSync('dist/basemap/label-anchors.json', 'utf8')) as LabelAnchorsFile;

/** The atlas's point features, the basemap's towns and regions, and its countries and seas at their most interior point. */
const PLACES: Place[] = [
  ...datasetFromDisk()
    .filter((feature) => feature.geometry.type === 'Point')
    .map((feature) => ({
      forms: nameForms(feature as unknown as DrawableFeature),
      position: (feature.geometry as Point).coordinates as [number, number],
      inset: INSET,
    })),
  ...labels.features.map((label) => ({ forms: labelForms(label.properties.text), position: label.geometry.coordinates as [number, number], inset: INSET })),
  ...anchors.areas
    .filter((area) => area.kind !== 'river')
    .flatMap((area) => {
      const pole = area.anchors.find(([, , part, spacing]) => part === 0 && spacing === 0);
      return pole ? [{ forms: [area.text], position: [pole[0], pole[1]] as [number, number], inset: areaInset(area.text) }] : [];
    }),
];

/** The places a caption names. */
export function placesNamedIn(caption: string): Place[] {
  return PLACES.filter((place) => place.forms.some((form) => mentions(caption, form)));
}

/**
 * The places the caption names that lie in the open part of the map but whose name is not on the
 * map, in the open too (each as "where: name"): none, if the map names what the view is about.
 */
export async function captionPlacesUnnamed(page: Page, caption: string, { covers, width, height }: Framing, where: string): Promise<string[]> {
  const places = placesNamedIn(caption);
  // The names are placed for the step's scene, which the map draws a frame after it is given.
  await page.waitForFunction(() => !window.corridorAtlas!.sceneDrawPending);
  const { at, named } = await page.evaluate((positions) => {
    const atlas = window.corridorAtlas!;
    return {
      at: positions.map((position) => {
        const { x, y } = atlas.project(position);
        return [x, y];
      }),
      named: atlas.placedLabels().map((label) => ({ name: label.name, box: label.box })),
    };
  }, places.map((place) => place.position));
  const open = freeArea(width, height, covers);
  const within = ([x, y]: number[], { inset }: Place) =>
    x >= open.left + inset.x && x <= open.right - inset.x && y >= open.top + inset.y && y <= open.bottom - inset.y;
  const hidden = (box: { minX: number; minY: number; maxX: number; maxY: number }) =>
    covers.some((c) => box.minX < c.right && box.maxX > c.left && box.minY < c.bottom && box.maxY > c.top);
  const shown = new Set(named.filter((label) => !hidden(label.box)).map((label) => label.name));
  const unnamed = places
    .filter((place, index) => within(at[index], place) && !place.forms.some((form) => shown.has(form)))
    .map((place) => `${where}: ${place.forms[0]}`);
  return [...new Set(unnamed)];
}
