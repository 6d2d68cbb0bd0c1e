import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';
import {
  BASEMAP_CREDIT,
  EXPORT_PRESETS,
  MAX_PICTURE_TITLE,
  cleanPictureTitle,
  approximateTextWidth,
  checkPictureSize,
  clippedLength,
  hiddenBy,
  leastHiding,
  layoutPicture,
  looksBlank,
  niceScaleBar,
  parsePictureSize,
  pictureFileName,
  planExportView,
  smallerSize,
  sourceCredit,
} from './exportLayout.ts';
import type { Rect } from '../geometry/coordinates.ts';
import { buildScene, describeFrame } from '../scene/scene.ts';
import { LIGHT } from '../../style/palette.ts';
import type { DrawableFeature } from '../scene/drawable.ts';
import type { LayerId } from '../features/layers.ts';
import type { Status } from '../features/feature.ts';

const LIMITS = { maxSide: 8192, maxArea: 16384 * 16384 };

function feature(id: string, layer: LayerId, status: Status, type: 'Point' | 'LineString'): DrawableFeature {
  const geometry =
    type === 'Point'
      ? { type, coordinates: [45, 40] }
      : {
          type,
          coordinates: [
            [44, 40],
            [46, 41],
          ],
        };
  return { type: 'Feature', id, geometry, properties: { name: id, layer, status, kind: type === 'Point' ? 'port' : 'rail' } } as DrawableFeature;
}

const FEATURES = [
  feature('baku-port', 'places', 'operating', 'Point'),
  feature('btk', 'middle-corridor', 'operating', 'LineString'),
  feature('poti', 'middle-corridor', 'operating', 'Point'),
  feature('zangezur-rail', 'tripp', 'planned', 'LineString'),
  feature('tripp-road', 'tripp', 'under construction', 'LineString'),
  feature('cable', 'black-sea-cable', 'proposed', 'LineString'),
];

describe('picture sizes', () => {
  it('reads sizes as typed and the presets by name', () => {
    expect(parsePictureSize('3840x2160')).toEqual({ width: 3840, height: 2160 });
    expect(parsePictureSize(' 1920 × 1080 ')).toEqual({ width: 1920, height: 1080 });
    expect(parsePictureSize('a4-300dpi')).toEqual({ width: 3508, height: 2480 });
    expect(parsePictureSize('big')).toBeNull();
    expect(parsePictureSize('3840x')).toBeNull();
  });

  it('has the presets presenters and printers ask for, all within this browser’s limits', () => {
    expect(EXPORT_PRESETS.map(({ width, height }) => `${width}x${height}`)).toEqual(['1920x1080', '3840x2160', '3508x2480']);
    for (const preset of EXPORT_PRESETS) expect(checkPictureSize(preset, LIMITS).ok).toBe(true);
  });

  it('refuses a picture too large and suggests the largest of the same shape that fits', () => {
    const check = checkPictureSize({ width: 40000, height: 40000 }, LIMITS);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toBe(
      '40000×40000 is larger than this browser can draw (at most 8192 pixels a side). 8192×8192 has the same shape and fits.',
    );
    expect(check.suggestedSize).toEqual({ width: 8192, height: 8192 });
    const wide = checkPictureSize({ width: 16000, height: 9000 }, LIMITS);
    expect(!wide.ok && wide.suggestedSize).toEqual({ width: 8192, height: 4608 });
  });

  it('also respects the area limit and refuses sizes below the minimum', () => {
    const check = checkPictureSize({ width: 8000, height: 8000 }, { maxSide: 8192, maxArea: 16e6 });
    expect(!check.ok && check.suggestedSize).toEqual({ width: 4000, height: 4000 });
    expect(!check.ok && check.message).toMatch(/8192 pixels a side and 16 million pixels in all/);
    expect(checkPictureSize({ width: 100, height: 800 }, LIMITS).ok).toBe(false);
    expect(checkPictureSize({ width: 800.5, height: 800 }, LIMITS).ok).toBe(false);
  });

  it('suggests half the area after a failure', () => {
    const smaller = smallerSize({ width: 3840, height: 2160 });
    expect((smaller.width * smaller.height) / (3840 * 2160)).toBeCloseTo(0.5, 2);
  });

  it('names files by size', () => {
    expect(pictureFileName({ width: 3840, height: 2160 })).toBe('corridor-atlas-3840x2160.png');
  });
});

describe('fitting the screen view into the picture', () => {
  it('keeps the whole screen view and draws it at a higher pixel ratio', () => {
    const plan = planExportView({ width: 1280, height: 740 }, { width: 3840, height: 2160 });
    expect(plan.pixelRatio).toBeCloseTo(2160 / 740);
    expect(plan.logicalWidth).toBeGreaterThanOrEqual(1280);
    expect(plan.logicalHeight).toBeCloseTo(740);
    expect(plan.logicalWidth * plan.pixelRatio).toBeCloseTo(3840);
    expect(plan.zoomOffset).toBe(0);
  });

  it('zooms out rather than shrinking names when the picture is smaller than the screen', () => {
    const plan = planExportView({ width: 2560, height: 1440 }, { width: 1280, height: 720 });
    expect(plan.pixelRatio).toBe(1);
    expect(plan.logicalWidth).toBe(1280);
    expect(plan.zoomOffset).toBeCloseTo(-1);
  });

  it('draws at the picture’s own size when the map has no size on screen', () => {
    expect(planExportView({ width: 0, height: 0 }, { width: 1920, height: 1080 })).toEqual({
      logicalWidth: 1920,
      logicalHeight: 1080,
      pixelRatio: 1,
      zoomOffset: 0,
    });
  });
});

describe('scale bar', () => {
  it('picks a round length that fits', () => {
    expect(niceScaleBar(1000, 150)).toEqual({ metres: 100_000, pixels: 100, label: '100 km' });
    expect(niceScaleBar(1000, 260).label).toBe('200 km');
    expect(niceScaleBar(1000, 600).label).toBe('500 km');
    expect(niceScaleBar(2, 130).label).toBe('200 m');
    for (const mpp of [3.7, 120, 2500, 9999]) {
      const bar = niceScaleBar(mpp, 130);
      expect(bar.pixels).toBeLessThanOrEqual(130);
      expect(bar.pixels).toBeGreaterThan(130 / 5);
    }
  });
});

/** The legend of the test features on the given layers, over the whole world. */
function legendOf(layers: LayerId[]) {
  const scene = buildScene({
    features: FEATURES,
    passesFilter: () => true,
    visibleLayers: new Set(layers),
    selectedId: null,
    emphasizedIds: [],
    palette: LIGHT,
    presenting: false,
    title: null,
  });
  return describeFrame(scene, [
    [-180, -85],
    [180, 85],
  ]).legend;
}

describe('picture layout', () => {
  const size = { width: 3840, height: 2160 };
  const full = layoutPicture({
    size,
    unit: 2.9,
    title: 'Zangezur corridor',
    legend: legendOf(['places', 'middle-corridor', 'tripp', 'black-sea-cable']),
    metresPerOutputPixel: 900,
    sources: true,
    measure: approximateTextWidth,
  });
  const inside = (inner: Rect, outer: Rect) =>
    inner.x >= outer.x - 0.01 &&
    inner.y >= outer.y - 0.01 &&
    inner.x + inner.width <= outer.x + outer.width + 0.01 &&
    inner.y + inner.height <= outer.y + outer.height + 0.01;
  const overlaps = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const picture = { x: 0, y: 0, ...size };

  it('places every part inside the picture and none over another', () => {
    const boxes = [full.title!.box, full.legend!.box, full.scaleBar!.box, full.sources!.box];
    for (const box of boxes) expect(inside(box, picture)).toBe(true);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a, b)).toBe(false);
    for (const row of full.legend!.rows) expect(inside(row.swatch, full.legend!.box)).toBe(true);
  });

  it('cites both documents and the basemap along the bottom', () => {
    const text = full.sources!.lines.map((line) => line.text).join(' ');
    expect(text).toContain('US–Azerbaijan Strategic Partnership Charter');
    expect(text).toContain('Azerbaijan Foreign Policy Bulletin (February 2026)');
    expect(text).toContain('Basemap: Natural Earth (public domain)');
    expect(BASEMAP_CREDIT).toBe('Basemap: Natural Earth (public domain)');
    expect(sourceCredit()).toMatch(/^Sources: /);
    expect(full.sources!.box.y + full.sources!.box.height).toBe(size.height);
  });

  it('words its sources line and scale bar in the language it is given, the documents’ titles staying English', () => {
    const russian = layoutPicture({ size, unit: 2.9, title: null, legend: null, metresPerOutputPixel: 900, sources: true, measure: approximateTextWidth, translate: translatorFor('ru') });
    const text = russian.sources!.lines.map((line) => line.text).join(' ');
    expect(text).toMatch(/^Источники: .*US–Azerbaijan Strategic Partnership Charter/);
    expect(text).toContain('Подложка: Natural Earth (общественное достояние)');
    expect(text).not.toMatch(/Sources|Basemap/);
    expect(russian.scaleBar!.label.text).toMatch(/^\d+ км$/);
    expect(niceScaleBar(2, 130, translatorFor('hy')).label).toBe('200 մ');
  });

  it('separates layers, statuses and kinds of point in the legend', () => {
    expect(full.legend!.rows.map((row) => row.entry.label)).toContain('Planned');
    expect(full.legend!.rules).toHaveLength(2);
  });

  it('moves the legend off the routes: to the corner that covers the fewest of them, clear of the other parts', () => {
    const routesBottomLeft = Array.from({ length: 40 }, (_, i) => ({ x: 50 + i * 20, y: 1500 + i * 5 }));
    const moved = layoutPicture({
      size,
      unit: 2.9,
      title: 'Zangezur corridor',
      legend: legendOf(['places', 'middle-corridor', 'tripp', 'black-sea-cable']),
      occupied: { lines: [routesBottomLeft], points: [], labels: [] },
      metresPerOutputPixel: 900,
      sources: true,
      measure: approximateTextWidth,
    });
    const box = moved.legend!.box;
    expect(routesBottomLeft.filter((p) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height)).toEqual([]);
    for (const other of [moved.title!.box, moved.scaleBar!.box, moved.sources!.box]) expect(overlaps(box, other)).toBe(false);
    for (const row of moved.legend!.rows) expect(inside(row.swatch, box)).toBe(true);
    expect(box).not.toEqual(full.legend!.box);
  });

  it('shrinks the legend and breaks the source line on a small picture, still inside it', () => {
    const small = { width: 400, height: 260 };
    const layout = layoutPicture({
      size: small,
      unit: 1,
      title: 'A very long title that cannot possibly fit across a picture this narrow',
      legend: legendOf(['places', 'middle-corridor', 'tripp', 'black-sea-cable']),
      metresPerOutputPixel: 3000,
      sources: true,
      measure: approximateTextWidth,
    });
    const smallPicture = { x: 0, y: 0, ...small };
    expect(layout.title!.text.text.endsWith('…')).toBe(true);
    expect(layout.sources!.lines).toHaveLength(2);
    for (const box of [layout.title!.box, layout.legend!.box, layout.scaleBar!.box, layout.sources!.box]) {
      expect(inside(box, smallPicture)).toBe(true);
    }
    expect(overlaps(layout.legend!.box, layout.title!.box)).toBe(false);
    expect(overlaps(layout.legend!.box, layout.scaleBar!.box)).toBe(false);
  });

  it('lays out a 15,000-letter title in a bounded number of measured letters, as long as fits', () => {
    let measuredLetters = 0;
    const counting: typeof approximateTextWidth = (text, style) => {
      measuredLetters += text.length;
      return approximateTextWidth(text, style);
    };
    const pasted = 'Zangezur corridor and the Middle Corridor through the South Caucasus '.repeat(220);
    const slide = { width: 1920, height: 1080 };
    const layout = layoutPicture({ size: slide, unit: 1, title: pasted, legend: null, metresPerOutputPixel: null, sources: false, measure: counting });
    expect(measuredLetters).toBeLessThan(20 * MAX_PICTURE_TITLE);
    const shown = layout.title!.text.text;
    expect(shown.endsWith('…')).toBe(true);
    const room = slide.width - 2 * 14 - 2 * 12;
    const style = layout.title!.text.style;
    expect(approximateTextWidth(shown, style)).toBeLessThanOrEqual(room);
    // One more letter would not have fitted.
    const longer = `${cleanPictureTitle(pasted).slice(0, shown.length)}…`;
    expect(approximateTextWidth(longer, style)).toBeGreaterThan(room);
  });

  it('keeps a title to one line of plain text, whole letters only', () => {
    expect(cleanPictureTitle('  Baku\n\tTbilisi  ')).toBe('Baku Tbilisi');
    expect(cleanPictureTitle('🚆'.repeat(500))).toBe(`${'🚆'.repeat(MAX_PICTURE_TITLE)}…`);
  });

  it('finds a free corner for the locator map, clear of every other part', () => {
    const withLocator = layoutPicture({
      size,
      unit: 2.9,
      title: 'Zangezur corridor',
      legend: legendOf(['places', 'middle-corridor', 'tripp', 'black-sea-cable']),
      locator: { aspect: 0.6 },
      metresPerOutputPixel: 900,
      sources: true,
      measure: approximateTextWidth,
    });
    const locator = withLocator.locator!;
    expect(inside(locator, picture)).toBe(true);
    expect(locator.height / locator.width).toBeCloseTo(0.6, 1);
    for (const other of [withLocator.title!.box, withLocator.legend!.box, withLocator.scaleBar!.box, withLocator.sources!.box]) {
      expect(overlaps(locator, other)).toBe(false);
    }
  });

  it('leaves out what is switched off', () => {
    const nothing = { title: null, legend: null, metresPerOutputPixel: null, sources: false };
    const bare = layoutPicture({ size, unit: 1, ...nothing, measure: approximateTextWidth });
    expect(bare).toEqual({ unit: 1 });
  });
});

describe('blank pictures', () => {
  it('tells a blank canvas from a picture, and a picture of open sea from a blank one', () => {
    expect(looksBlank(new Uint8ClampedArray(64))).toBe(true);
    expect(looksBlank(Array.from({ length: 16 }, () => [255, 255, 255, 255]).flat())).toBe(true);
    expect(looksBlank(Array.from({ length: 16 }, () => [201, 221, 233, 255]).flat())).toBe(false);
    expect(looksBlank([201, 221, 233, 255, 244, 242, 236, 255])).toBe(false);
  });
});

describe('what a legend would hide', () => {
  const box = { x: 100, y: 100, width: 200, height: 100 };

  it('measures the route inside a box, not the route near it', () => {
    expect(clippedLength({ x: 0, y: 150 }, { x: 400, y: 150 }, box)).toBeCloseTo(200);
    expect(clippedLength({ x: 150, y: 0 }, { x: 150, y: 90 }, box)).toBe(0);
    expect(clippedLength({ x: 120, y: 120 }, { x: 160, y: 150 }, box)).toBeCloseTo(50);
    // A diagonal clipped at two edges.
    expect(clippedLength({ x: 50, y: 50 }, { x: 350, y: 350 }, box)).toBeCloseTo(Math.hypot(100, 100));
  });

  it('counts a point mark as a stretch of route, and a name it touches at all by its whole width', () => {
    const shown = {
      lines: [[{ x: 0, y: 150 }, { x: 400, y: 150 }]],
      points: [{ x: 150, y: 120 }, { x: 500, y: 500 }],
      labels: [
        { x: 280, y: 180, width: 90, height: 16 },
        { x: 400, y: 400, width: 50, height: 16 },
      ],
    };
    expect(hiddenBy(box, shown, 20)).toEqual({ routes: 220, names: 90 });
  });

  it('hides no route to spare a name, and of two corners free of routes takes the one that cuts fewer names', () => {
    const routeCorner = { box: { x: 0, y: 0, width: 100, height: 100 } };
    const namesCorner = { box: { x: 500, y: 0, width: 100, height: 100 } };
    const quietCorner = { box: { x: 0, y: 500, width: 100, height: 100 } };
    const shown = {
      lines: [[{ x: 10, y: 50 }, { x: 30, y: 50 }]],
      points: [],
      labels: [
        { x: 520, y: 20, width: 60, height: 14 },
        { x: 520, y: 60, width: 60, height: 14 },
        { x: 50, y: 560, width: 40, height: 14 },
      ],
    };
    expect(leastHiding([routeCorner, namesCorner], shown, 20)).toBe(namesCorner);
    expect(leastHiding([routeCorner, namesCorner, quietCorner], shown, 20)).toBe(quietCorner);
    // Nothing hidden anywhere: the first corner, so the legend does not wander.
    expect(leastHiding([quietCorner, namesCorner], { lines: [], points: [], labels: [] }, 20)).toBe(quietCorner);
  });

  it('lays a tall legend out in two columns along the edge the routes leave free', () => {
    const size = { width: 1920, height: 1080 };
    const legend = legendOf(['places', 'middle-corridor', 'tripp', 'black-sea-cable']);
    // Routes over the whole picture but a band 300 pixels high along its bottom.
    const lines = Array.from({ length: 20 }, (_, i) => [
      { x: 0, y: 20 + i * 35 },
      { x: 1920, y: 20 + i * 35 },
    ]);
    const layout = layoutPicture({
      size,
      unit: 1.9,
      title: null,
      legend,
      occupied: { lines, points: [], labels: [] },
      metresPerOutputPixel: null,
      sources: false,
      measure: approximateTextWidth,
    });
    const box = layout.legend!.box;
    expect(layout.legendChoices!.length).toBeGreaterThan(4);
    expect(box.y).toBeGreaterThan(20 + 19 * 35);
    // Two columns: the rows do not all start at one x.
    expect(new Set(layout.legend!.rows.map((row) => Math.round(row.swatch.x))).size).toBe(2);
  });
});
