/**
 * Picture export as a presenter uses it: a 4K picture of a shared view with title, legend, scale
 * bar and sources, drawn at full resolution; an impossible size refused in plain words with a
 * size that works; the dialog's download; and the command line giving the same picture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { along, bbox, length } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { baseUrl, browser, hexToRgb, type Rgb, throttleIfAsked } from './harness.ts';
import { LIGHT } from '../../src/style/palette.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { exportFromPage, openView } from '../../scripts/export.ts';
import { DEFAULT_VIEW, formatViewHash } from '../../src/model/view/viewState.ts';
import { INITIAL_BOUNDS } from '../../src/model/view/camera.ts';
import { LAYER_IDS, layerTitle, type LayerId } from '../../src/model/features/layers.ts';
import { ACCURACY_LABELS, LAYER_SYMBOLS } from '../../src/model/scene/symbology.ts';
import { colorDistance } from '../../src/style/colour.ts';
import type { PictureLayout } from '../../src/model/exports/exportLayout.ts';
import type { Rect } from '../../src/model/geometry/coordinates.ts';

const VIEWPORT = { width: 1280, height: 800 };
/** Everything but the Black Sea cable, over the South Caucasus: the legend must follow the layer switches. */
const HIDDEN_LAYER: LayerId = 'black-sea-cable';
const LINK_HASH = formatViewHash({
  ...DEFAULT_VIEW,
  camera: { center: [45.4, 40.6], zoom: 5.6, bearing: 0, pitch: 0 },
  layers: LAYER_IDS.filter((id) => id !== HIDDEN_LAYER),
});

let page: Page;

beforeAll(async () => {
  page = await openView(browser, baseUrl, LINK_HASH, VIEWPORT);
  await throttleIfAsked(page);
});

interface Picture {
  width: number;
  height: number;
  pixel(x: number, y: number): Rgb;
}

function decode(png: Buffer): Picture {
  const image = PNG.sync.read(png);
  return {
    width: image.width,
    height: image.height,
    pixel(x, y) {
      const index = (Math.round(y) * image.width + Math.round(x)) * 4;
      return [image.data[index], image.data[index + 1], image.data[index + 2]];
    },
  };
}

/** The nearest colour to `target` among the pixels of a rectangle. */
function closestIn(picture: Picture, box: Rect, target: Rgb, step = 1): number {
  let best = Infinity;
  for (let y = Math.ceil(box.y); y < box.y + box.height; y += step) {
    for (let x = Math.ceil(box.x); x < box.x + box.width; x += step) best = Math.min(best, colorDistance(picture.pixel(x, y), target));
  }
  return best;
}

const around = (x: number, y: number, radius: number): Rect => ({ x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius });
const contains = (box: Rect, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** Web Mercator, north up: where a longitude/latitude falls in a picture of these bounds. */
function pixelOf([lon, lat]: [number, number], bounds: [number, number, number, number], width: number, height: number) {
  const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  const [west, south, east, north] = bounds;
  return {
    x: ((lon - west) / (east - west)) * width,
    y: ((mercatorY(north) - mercatorY(lat)) / (mercatorY(north) - mercatorY(south))) * height,
  };
}

type LineFeature = Feature<LineString> & { id: string; properties: { name: string; layer: LayerId } };

describe('a 4K picture of a shared view', () => {
  let picture: Picture;
  let result: Extract<Awaited<ReturnType<typeof exportFromPage>>, { ok: true }>;

  beforeAll(async () => {
    const exported = await exportFromPage(page, { width: 3840, height: 2160, title: 'Routes across the South Caucasus' });
    if (!exported.ok) throw new Error(exported.message);
    result = exported;
    picture = decode(exported.png);
  }, 240_000);

  it('has the size asked for, drawn at a higher pixel ratio rather than enlarged', async () => {
    expect([picture.width, picture.height]).toEqual([3840, 2160]);
    const screen = await page.evaluate(() => window.corridorAtlas!.exportSnapshot().screen);
    expect(result.pixelRatio).toBeCloseTo(Math.min(3840 / screen.width, 2160 / screen.height), 5);
    expect(result.pixelRatio).toBeGreaterThan(2);
  });

  it('has a title panel with dark lettering', () => {
    const { box } = result.layout.title!;
    expect(closestIn(picture, { ...box, x: box.x + 2, width: 8 }, [255, 255, 255])).toBeLessThan(8);
    expect(closestIn(picture, box, [34, 34, 34], 2)).toBeLessThan(30);
  });

  it('has a legend of the visible layers in their map colours, on a plain panel', () => {
    const legend = result.layout.legend!;
    const rows = legend.rows.map((row) => row.entry.label);
    expect(rows).toContain('Middle Corridor (Trans-Caspian route)');
    expect(rows).not.toContain('Black Sea submarine cable');
    // The panel is paper, not map: its left margin holds no water or land.
    const margin = { x: legend.box.x + 3, y: legend.box.y + 3, width: 8, height: legend.box.height - 6 };
    expect(closestIn(picture, margin, [255, 255, 255])).toBeLessThan(8);
    for (const row of legend.rows) {
      const { swatch } = row.entry;
      const colour = swatch.kind === 'line' ? swatch.strokes.find((stroke) => stroke.color)!.color! : swatch.color;
      expect(closestIn(picture, row.swatch, colour as Rgb), row.entry.label).toBeLessThan(20);
    }
  });

  it('has a scale bar and the sources line', () => {
    expect(result.layout.scaleBar!.label.text).toMatch(/^\d+ k?m$/);
    const text = result.layout.sources!.lines.map((line) => line.text).join(' ');
    expect(text).toContain('US–Azerbaijan Strategic Partnership Charter');
    expect(text).toContain('Basemap: Natural Earth (public domain)');
    expect(closestIn(picture, result.layout.sources!.box, [68, 68, 68], 2)).toBeLessThan(30);
  });

  it('draws a known route in its colour where it runs', () => {
    const layout: PictureLayout = result.layout;
    const furniture = [layout.title, layout.legend, layout.scaleBar, layout.sources].flatMap((part) => (part ? [part.box] : []));
    const candidates = datasetFromDisk().filter(
      (feature) =>
        feature.geometry.type === 'LineString' &&
        feature.properties.status === 'operating' &&
        feature.properties.layer !== HIDDEN_LAYER,
    ) as unknown as LineFeature[];
    const checked = candidates.flatMap((feature) => {
      const midpoint = along(feature, length(feature) / 2).geometry.coordinates as [number, number];
      const { x, y } = pixelOf(midpoint, result.bounds, picture.width, picture.height);
      const inside = x > 40 && y > 40 && x < picture.width - 40 && y < picture.height - 40;
      return inside && !furniture.some((box) => contains(box, x, y)) ? [{ feature, x, y }] : [];
    });
    expect(checked.length, 'an operating route in view').toBeGreaterThan(0);
    const { feature, x, y } = checked[0];
    const colour = LAYER_SYMBOLS[feature.properties.layer].color as Rgb;
    expect(closestIn(picture, around(x, y, 3 * result.pixelRatio), colour), feature.properties.name).toBeLessThan(40);
  });
});

describe('a picture of the whole region', () => {
  it('keys how exact its lines and marks are, and puts the legend in the corner the routes leave free', async () => {
    const region = await openView(browser, baseUrl, '', VIEWPORT);
    await throttleIfAsked(region);
    const exported = await exportFromPage(region, { width: 1920, height: 1080 });
    await region.close();
    if (!exported.ok) throw new Error(exported.message);
    const rows = exported.layout.legend!.rows.map((row) => row.entry.label);
    // Schematic and approximate routes, schematic stations and landings, schematic fields are all in view.
    expect(rows).toEqual(expect.arrayContaining(Object.values(ACCURACY_LABELS).map((label) => label.defaultMessage)));
    expect(rows).not.toContain('Selected feature');
    // Every drawn route, sampled every few pixels: none runs under the legend (the Kazakh line to Dostyk
    // and Tashkent are in the corner it used to take; North Africa holds no route).
    const box = exported.layout.legend!.box;
    const under: string[] = [];
    for (const feature of datasetFromDisk()) {
      const g = feature.geometry;
      const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates : [];
      for (const line of lines) {
        for (let index = 1; index < line.length; index++) {
          const a = pixelOf(line[index - 1] as [number, number], exported.bounds, exported.width, exported.height);
          const b = pixelOf(line[index] as [number, number], exported.bounds, exported.width, exported.height);
          const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3);
          for (let step = 0; step <= steps; step++) {
            if (contains(box, a.x + ((b.x - a.x) * step) / steps, a.y + ((b.y - a.y) * step) / steps)) under.push(feature.id);
          }
        }
      }
    }
    expect([...new Set(under)], 'routes under the legend').toEqual([]);
  }, 240_000);
});

describe('a picture of the Aras valley', () => {
  it('keys only what it shows, is titled by what it shows, and can say where it lies in the region', async () => {
    const aras = await openView(
      browser,
      baseUrl,
      formatViewHash({ ...DEFAULT_VIEW, camera: { center: [45.9, 39.2], zoom: 8, bearing: 0, pitch: 0 } }),
      VIEWPORT,
    );
    await throttleIfAsked(aras);
    const exported = await exportFromPage(aras, { width: 1920, height: 1080, locator: true });
    await aras.close();
    if (!exported.ok) throw new Error(exported.message);
    const rows = exported.layout.legend!.rows.map((row) => row.entry.label);
    expect(rows).toContain(layerTitle('tripp'));
    expect(rows).toContain(layerTitle('nakhchivan-330kv'));
    // Ticked but far away: not in the picture, so not in its key.
    for (const absent of ['black-sea-cable', 'southern-gas-corridor', 'middle-corridor'] as const) {
      expect(rows).not.toContain(layerTitle(absent));
    }
    expect(exported.layout.title!.text.text).not.toBe('Corridor Atlas');
    const picture = decode(exported.png);
    const locator = exported.layout.locator!;
    expect(closestIn(picture, locator, [198, 40, 40], 2), 'the frame drawn on the locator').toBeLessThan(40);
    expect(closestIn(picture, locator, hexToRgb(LIGHT.water), 2), 'the locator shows the seas').toBeLessThan(20);
  }, 240_000);
});

describe('a picture of a link to one feature', () => {
  it('frames the feature, as the app does, not the whole region', async () => {
    const route = datasetFromDisk().find((feature) => feature.id === 'tripp-syunik-route')!;
    const featureLink = await openView(browser, baseUrl, `#feature=${route.id}`, VIEWPORT);
    await throttleIfAsked(featureLink);
    const exported = await exportFromPage(featureLink, { width: 1280, height: 720 });
    await featureLink.close();
    if (!exported.ok) throw new Error(exported.message);
    const [west, south, east, north] = exported.bounds;
    const [routeWest, routeSouth, routeEast, routeNorth] = bbox(route);
    expect(west).toBeLessThan(routeWest);
    expect(south).toBeLessThan(routeSouth);
    expect(east).toBeGreaterThan(routeEast);
    expect(north).toBeGreaterThan(routeNorth);
    const [[regionWest], [regionEast]] = INITIAL_BOUNDS;
    expect(east - west, 'degrees of longitude in the picture').toBeLessThan((regionEast - regionWest) / 4);
    expect(exported.layout.title!.text.text).toBe(route.properties.name);
    // The route is schematic and selected: the legend keys its band and its halo.
    const rows = exported.layout.legend!.rows.map((row) => row.entry.label);
    expect(rows).toContain(ACCURACY_LABELS.schematicLine.defaultMessage);
    expect(rows).toContain('Selected feature');
  }, 240_000);
});

describe('a picture too large for the browser', () => {
  it('is refused in plain words with a size that works, and no file', async () => {
    const refused = await exportFromPage(page, { width: 40000, height: 40000 });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toMatch(/40000×40000 is larger than this browser can draw/);
    expect(refused.suggestedSize!.width).toBe(refused.suggestedSize!.height);
    expect(refused.suggestedSize!.width).toBeGreaterThanOrEqual(4096);
    expect(refused.suggestedSize!.width).toBeLessThan(40000);
  });

  it('is explained in the dialog, which offers the size that works', async () => {
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Export picture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByLabel('Size').selectOption('custom');
    await dialog.getByLabel('Width (px)').fill('40000');
    await dialog.getByLabel('Height (px)').fill('40000');
    await dialog.getByRole('button', { name: 'Export PNG' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/larger than this browser can draw/);
    await dialog.getByRole('button', { name: /^Use \d+×\d+$/ }).click();
    expect(Number(await dialog.getByLabel('Width (px)').inputValue())).toBeLessThan(40000);
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('the dialog and the command line', () => {
  it('downloads a slide-sized PNG from the dialog', async () => {
    await page.getByRole('button', { name: 'Export picture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByLabel('Size').selectOption('slide-hd');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('corridor-atlas-1920x1080.png');
    const picture = decode(readFileSync(await download.path()));
    expect([picture.width, picture.height]).toEqual([1920, 1080]);
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.keyboard.press('Escape');
  }, 180_000);

  it('puts the same view in 2017 beside the documents\' present, from the dialog', async () => {
    await page.getByRole('button', { name: 'Export picture' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export picture' });
    await dialog.getByLabel('Size').selectOption('slide-hd');
    await dialog.getByLabel('Beside the same view in another year').check();
    await dialog.getByLabel('The other year (on the left)').fill('2017');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 240_000 }),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('corridor-atlas-2017-vs-2026-02.png');
    const picture = decode(readFileSync(await download.path()));
    expect([picture.width, picture.height]).toEqual([1920, 1080]);
    // The two halves show different networks: 2017 lacks what was begun since (the 330 kV line, the plants).
    const half = (1920 - 8) / 2;
    let differing = 0;
    let samples = 0;
    for (let y = 120; y < 1040; y += 23) {
      for (let x = 5; x < half; x += 17) {
        samples++;
        if (colorDistance(picture.pixel(x, y), picture.pixel(x + half + 8, y)) > 40) differing++;
      }
    }
    expect(differing / samples).toBeGreaterThan(0.005);
    await page.keyboard.press('Escape');
  }, 300_000);

  it('gives the same picture from `npm run export` for the same link, locator map and all', async () => {
    const inPage = await exportFromPage(page, { width: 1920, height: 1080, locator: true });
    if (!inPage.ok) throw new Error(inPage.message);
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-export-')), 'route.png');
    await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/export.ts', '--view', new URL(LINK_HASH, baseUrl).href, '--size', '1920x1080', '--locator', '--out', out],
      { timeout: 170_000 },
    );
    expect(existsSync(out)).toBe(true);
    const fromCli = decode(readFileSync(out));
    const fromPage = decode(inPage.png);
    expect([fromCli.width, fromCli.height]).toEqual([1920, 1080]);
    const distances: number[] = [];
    for (let y = 5; y < 1080; y += 37) {
      for (let x = 5; x < 1920; x += 41) distances.push(colorDistance(fromCli.pixel(x, y), fromPage.pixel(x, y)));
    }
    const close = distances.filter((distance) => distance < 12).length / distances.length;
    expect(close).toBeGreaterThan(0.97);
    // The locator map is where the dialog puts it, in the command's picture too.
    const locator = inPage.layout.locator!;
    const inLocator: number[] = [];
    for (let y = Math.ceil(locator.y); y < locator.y + locator.height; y += 7) {
      for (let x = Math.ceil(locator.x); x < locator.x + locator.width; x += 7) inLocator.push(colorDistance(fromCli.pixel(x, y), fromPage.pixel(x, y)));
    }
    expect(inLocator.filter((distance) => distance < 12).length / inLocator.length).toBeGreaterThan(0.9);
  }, 240_000);
});
