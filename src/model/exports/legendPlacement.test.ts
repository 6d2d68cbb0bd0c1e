/**
 * Where a picture's legend goes, on the real data: in the whole-region picture and in each
 * corridor's picture (the presentation's steps), the legend takes the corner that hides least of
 * the drawn routes, then of the names, measured here independently of the layout's own arithmetic
 * (routes sampled pixel by pixel, names by their boxes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { approximateTextWidth, hiddenBy, layoutPicture, planExportView, type PictureOccupancy } from './exportLayout.ts';
import { buildScene, describeFrame } from '../scene/scene.ts';
import type { Bounds, LonLat, Rect } from '../geometry/coordinates.ts';
import { INITIAL_BOUNDS, projectInFrame, worldLonLat, worldPixel } from '../view/camera.ts';
import { corridorPresets } from '../view/namedViews.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { estimateText, placeLabels, type PointLabel } from '../scene/labelPlacement.ts';
import type { LabelAnchors } from '../scene/labelAnchors.ts';
import { LIGHT } from '../../style/palette.ts';
import { datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import type { AtlasFeature } from '../features/feature.ts';

const OUTPUT = { width: 3840, height: 2160 };
/** The map in the command line's default window (1280 × 800, less the side panel and header): the picture widens it to its own shape. */
const SCREEN = { width: 880, height: 755 };

let features: AtlasFeature[];
/**
 * The names the atlas itself puts on the map: its places, named beside their dots (Tashkent, Baku,
 * Davos…). The basemap's own names are left out here, so the test needs no basemap build; the
 * browser test of the region's picture has them all.
 */
let names: { anchors: LabelAnchors; points: PointLabel[] };

beforeAll(() => {
  features = datasetFromDisk();
  names = {
    anchors: { grids: [], areas: [] },
    points: features
      .filter((feature) => feature.properties.kind === 'place' && feature.geometry.type === 'Point')
      .map((feature) => ({
        position: (feature.geometry as GeoJSON.Point).coordinates as LonLat,
        text: feature.properties.name.replace(/ \(.*\)$/, ''),
        kind: 'city' as const,
        rank: 3,
        minZoom: 0,
        ownDot: true,
      })),
  };
});

/** A picture of `bounds` as the export draws one: fitted into the screen's map, widened to the picture's shape. */
function picture(bounds: Bounds) {
  const plan = planExportView(SCREEN, OUTPUT);
  const [west, north] = worldPixel([bounds[0][0], bounds[1][1]], 0);
  const [east, south] = worldPixel([bounds[1][0], bounds[0][1]], 0);
  const padding = 40;
  const zoom = Math.log2(Math.min((SCREEN.width - 2 * padding) / (east - west), (SCREEN.height - 2 * padding) / (south - north)));
  const middle = worldLonLat([(west + east) / 2, (north + south) / 2], 0);
  const [cx, cy] = worldPixel(middle, zoom);
  const frame = {
    bounds: [
      worldLonLat([cx - plan.logicalWidth / 2, cy + plan.logicalHeight / 2], zoom),
      worldLonLat([cx + plan.logicalWidth / 2, cy - plan.logicalHeight / 2], zoom),
    ] as Bounds,
    width: plan.logicalWidth,
    height: plan.logicalHeight,
  };
  const scene = buildScene({
    features,
    passesFilter: () => true,
    visibleLayers: new Set(LAYER_IDS),
    selectedId: null,
    emphasizedIds: [],
    palette: LIGHT,
    presenting: false,
    title: null,
  });
  const contents = describeFrame(scene, frame.bounds);
  const project = (lonLat: number[]) => {
    const { x, y } = projectInFrame(lonLat as LonLat, frame);
    return { x: x * plan.pixelRatio, y: y * plan.pixelRatio };
  };
  const lines = contents.features.flatMap((feature) => {
    const g = feature.geometry;
    if (g.type === 'LineString') return [g.coordinates.map(project)];
    if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates.map((line) => line.map(project));
    return [];
  });
  const points = contents.features.flatMap((feature) =>
    feature.geometry.type === 'Point' && feature.properties.kind !== 'region' ? [project(feature.geometry.coordinates)] : [],
  );
  const placed = placeLabels({
    ...names,
    view: { center: middle, zoom, width: plan.logicalWidth, height: plan.logicalHeight },
    scale: LIGHT.labelScale,
    measure: estimateText,
  });
  const labels = placed.map(({ box }) => ({
    x: box.minX * plan.pixelRatio,
    y: box.minY * plan.pixelRatio,
    width: (box.maxX - box.minX) * plan.pixelRatio,
    height: (box.maxY - box.minY) * plan.pixelRatio,
  }));
  const occupied: PictureOccupancy = { lines, points, labels };
  const layout = layoutPicture({
    size: OUTPUT,
    unit: plan.pixelRatio,
    title: contents.title,
    legend: contents.legend,
    occupied,
    metresPerOutputPixel: 1000,
    sources: true,
    measure: approximateTextWidth,
  });
  return { layout, occupied };
}

/** Pixels of route under a box, sampled every pixel along each segment, and the names it touches. */
function measuredUnder(box: Rect, { lines, points, labels }: PictureOccupancy) {
  const inside = (x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  let routes = 0;
  for (const line of lines) {
    for (let index = 1; index < line.length; index++) {
      const [a, b] = [line[index - 1], line[index]];
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
      for (let step = 0; step < steps; step++) if (inside(a.x + ((b.x - a.x) * step) / steps, a.y + ((b.y - a.y) * step) / steps)) routes++;
    }
  }
  const marks = points.filter((point) => inside(point.x, point.y)).length;
  const cut = labels.filter((label) => label.x < box.x + box.width && box.x < label.x + label.width && label.y < box.y + box.height && box.y < label.y + label.height);
  return { routes, marks, names: cut.length };
}

function expectLeastHiding(name: string, bounds: Bounds) {
  const { layout, occupied } = picture(bounds);
  const chosen = layout.legend!.box;
  const choices = layout.legendChoices!;
  expect(choices.length, name).toBeGreaterThan(1);
  const under = measuredUnder(chosen, occupied);
  for (const other of choices) {
    const there = measuredUnder(other, occupied);
    // Fewest route pixels and marks (within sampling's pixel or two), then fewest names.
    const routeCost = (m: typeof under) => m.routes + 20 * layout.unit * m.marks;
    expect(routeCost(under), `${name}: hides more route than a corner at ${Math.round(other.x)},${Math.round(other.y)}`).toBeLessThanOrEqual(routeCost(there) + 4);
    if (Math.abs(routeCost(under) - routeCost(there)) <= 0.5) {
      expect(hiddenBy(chosen, occupied, 20 * layout.unit).names, `${name}: cuts more names`).toBeLessThanOrEqual(hiddenBy(other, occupied, 20 * layout.unit).names);
    }
  }
  const free = choices.filter((other) => measuredUnder(other, occupied).routes === 0 && measuredUnder(other, occupied).marks === 0);
  return { layout, under, free };
}

describe('the legend of a picture', () => {
  it('of the whole region covers no route where a corner the routes leave free exists', () => {
    const { under, free, layout } = expectLeastHiding('the region', INITIAL_BOUNDS);
    if (free.length > 0) expect([under.routes, under.marks], 'route pixels and marks under the legend').toEqual([0, 0]);
    expect(layout.legend!.box.x + layout.legend!.box.width).toBeLessThanOrEqual(OUTPUT.width);
  });

  it('of each corridor covers the least of its routes, then of its names', () => {
    const presets = corridorPresets(features).filter((preset) => preset.layer !== 'places');
    expect(presets.length).toBeGreaterThan(5);
    for (const preset of presets) expectLeastHiding(preset.name, preset.bounds);
  });
});
