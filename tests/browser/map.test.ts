/**
 * The foundation, as a person would see it: the map draws the region offline, water is water,
 * land is land, the atlas's own layers show where they should, and hover and click work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  browser,
  closestColorNear,
  hexToRgb,
  launchBrowser,
  openAtlas,
  projectToPage,
  screenshot,
  solidLineMidpoint,
  throttleIfAsked,
  waitForFraming,
  waitForMapIdle,
  type AtlasPage,
  type Rgb,
} from './harness.ts';
import { LIGHT } from '../../src/style/palette.ts';
import { LAYER_SYMBOLS, SELECTION_HALO } from '../../src/model/scene/symbology.ts';

let atlas: AtlasPage;

beforeAll(async () => {
  atlas = await openAtlas(browser, baseUrl);
});

describe('the map of the region', () => {
  it('draws a picture, not a blank canvas', async () => {
    const shot = await screenshot(atlas.page);
    const colours = new Set<string>();
    for (let y = 80; y < shot.height - 40; y += 23) {
      for (let x = 20; x < shot.width - 20; x += 23) colours.add(shot.pixel(x, y).join(','));
    }
    expect(colours.size).toBeGreaterThan(8);
  });

  it('shows the Caspian and the Black Sea as water and Anatolia as land', async () => {
    const shot = await screenshot(atlas.page);
    const water = hexToRgb(LIGHT.water);
    // Land is one of the calm country tints (neighbours differ).
    const tints = LIGHT.countryTints.map(hexToRgb);
    for (const sea of [
      // Middle Caspian, south of its name, clear of the bands of the schematic routes across it.
      [51.8, 40.6],
      [52.0, 38.3], // south Caspian, clear of the name "Azerbaijan", which at the opening zoom runs a little onto the sea
      [33.0, 42.5], // Black Sea, 120 km from the nearest route and its band
    ] as [number, number][]) {
      const { x, y } = await projectToPage(atlas.page, sea);
      expect(closestColorNear(shot, x, y, water, 1).distance, `water at ${sea}`).toBeLessThan(12);
    }
    for (const ground of [
      [35.5, 38.6], // central Anatolia
      [40.2, 38.3], // eastern Anatolia
    ] as [number, number][]) {
      const { x, y } = await projectToPage(atlas.page, ground);
      // Within a few pixels: a name may stand on the spot.
      const nearest = Math.min(...tints.map((tint) => closestColorNear(shot, x, y, tint, 6).distance));
      expect(nearest, `land at ${ground}`).toBeLessThan(12);
    }
  });

  it('draws the atlas layers in their colours where they run', async () => {
    const { feature, midpoint } = solidLineMidpoint();
    const { x, y } = await projectToPage(atlas.page, midpoint);
    const shot = await screenshot(atlas.page);
    const colour = LAYER_SYMBOLS[feature.properties.layer].color as Rgb;
    expect(closestColorNear(shot, x, y, colour, 2).distance, feature.properties.name).toBeLessThan(40);
  });

  it('names a feature on hover and selects it on click', async () => {
    const { feature, midpoint } = solidLineMidpoint();
    const { x, y } = await projectToPage(atlas.page, midpoint);
    await atlas.page.mouse.move(x, y);
    const tooltip = atlas.page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.textContent()).toBe(feature.properties.name);

    await atlas.page.mouse.click(x, y);
    await atlas.page.waitForFunction((id) => window.corridorAtlasStore?.getState().selectedId === id, feature.id);
    await atlas.page.mouse.move(5, 400);
    await waitForMapIdle(atlas.page);
    const shot = await screenshot(atlas.page);
    expect(closestColorNear(shot, x, y, SELECTION_HALO, 8).distance, 'selection halo').toBeLessThan(30);

    // A click on empty sea (the south Caspian, where no route runs) clears the selection.
    const sea = await projectToPage(atlas.page, [51.0, 38.2]);
    await atlas.page.mouse.click(sea.x, sea.y);
    await atlas.page.waitForFunction(() => window.corridorAtlasStore?.getState().selectedId === null);
  });

  it('rings a line under the pointer and names it without painting the map again', async () => {
    const { page } = await openAtlas(browser, baseUrl);
    const { feature, midpoint } = solidLineMidpoint();
    const { x, y } = await projectToPage(page, midpoint);
    await page.evaluate(() => {
      const w = window as unknown as { mapRenders: number };
      w.mapRenders = 0;
      window.corridorAtlas!.onRepaint(() => w.mapRenders++);
    });
    await page.mouse.move(x - 40, y - 40);
    await page.mouse.move(x, y, { steps: 4 });
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.textContent()).toBe(feature.properties.name);
    await page.waitForFunction(() => window.corridorAtlas!.hoverHighlighted());
    // The ring is on its own canvas, round the line by the pointer.
    const ringPixels = await page.evaluate(
      ([px, py]) => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.hover-highlight')!;
        const box = canvas.getBoundingClientRect();
        const data = canvas.getContext('2d')!.getImageData(px - box.left - 15, py - box.top - 15, 30, 30).data;
        return data.filter((_, i) => i % 4 === 3 && data[i] > 100).length;
      },
      [x, y],
    );
    expect(ringPixels).toBeGreaterThan(20);
    // Two more frames: the map, slow to paint on a software GPU, was not asked to paint for the hover.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { mapRenders: number }).mapRenders)).toBe(0);

    await page.mouse.move(5, 400);
    await page.waitForFunction(() => !window.corridorAtlas!.hoverHighlighted());
    await page.close();
  });

  it('selects a region by a click on its name, the only mark a region has', async () => {
    const { page } = await openAtlas(browser, baseUrl, { path: '#map=6.5/39.5/46' });
    const name = 'Nakhchivan Autonomous Republic';
    const box = await page.evaluate((text) => window.corridorAtlas!.placedLabels().find((label) => label.name === text)?.box, name);
    expect(box, 'the region is named in this view').toBeDefined();
    const origin = await page.evaluate(() => window.corridorAtlas!.pageBox().toJSON() as DOMRect);
    const [x, y] = [origin.left + (box!.minX + box!.maxX) / 2, origin.top + (box!.minY + box!.maxY) / 2];
    await page.mouse.move(x, y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe(name);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => window.corridorAtlasStore!.getState().selectedId === 'place-nakhchivan-autonomous-republic');
    await expect.poll(() => page.locator('.feature-details h2').textContent()).toBe(name);
    await page.close();
  });

  it('labels seas and cities on the map itself', async () => {
    // With every atlas layer hidden, only the basemap and its names are drawn.
    const { page } = await openAtlas(browser, baseUrl, { path: '#layers=' });
    const shot = await screenshot(page);
    const near = async (lonLat: [number, number], colour: Rgb) => {
      const { x, y } = await projectToPage(page, lonLat);
      return closestColorNear(shot, x, y, colour, 45).distance;
    };
    // "Caspian Sea" in the sea-label blue round its label point; open water elsewhere has none.
    expect(await near([50.9, 42.0], LIGHT.seaLabel)).toBeLessThan(25);
    expect(await near([51.2, 38.4], LIGHT.seaLabel)).toBeGreaterThan(25);
    // Tehran's name in the city ink beside its dot. (Baku's gives way to "Azerbaijan" here, where
    // the capitals named round it leave the country room only over Baku's name.)
    expect(await near([51.9, 35.7], LIGHT.cityLabel)).toBeLessThan(40);
    await page.close();
  });

  it('has a scale bar and a reset button that brings back the opening view', async () => {
    const scale = atlas.page.locator('.maplibregl-ctrl-scale');
    expect(await scale.textContent()).toMatch(/\d+\s*km/);

    const before = await atlas.page.evaluate(() => window.corridorAtlas!.camera().center);
    await atlas.page.evaluate(() => window.corridorAtlas!.moveAsUser({ center: [70, 45], zoom: 7, bearing: 40 }));
    await atlas.page.getByRole('button', { name: /reset view/i }).click();
    await atlas.page.waitForFunction(() => window.corridorAtlas!.camera().bearing === 0);
    await atlas.page.evaluate(() => window.corridorAtlas!.settled());
    const after = await atlas.page.evaluate(() => window.corridorAtlas!.camera().center);
    expect(Math.abs(after[0] - before[0])).toBeLessThan(0.05);
    expect(Math.abs(after[1] - before[1])).toBeLessThan(0.05);
  });

  it('made no request outside its own origin and logged no errors', async () => {
    const origin = new URL(baseUrl).origin;
    const foreign = atlas.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('the first picture', () => {
  // Software GL (this machine's, and many a school laptop's) spends tens of milliseconds linking each
  // program before it can draw: the opening view and a link's feature must make do with eight.
  it('links no more than eight WebGL programs before it settles, at the opening view and at a feature', async () => {
    for (const path of ['', '#feature=tripp-syunik-route']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      try {
        await page.addInitScript(() => {
          const linked = { programs: 0 };
          Object.assign(window, { linkedPrograms: linked });
          for (const context of [WebGL2RenderingContext, WebGLRenderingContext]) {
            const link = context.prototype.linkProgram;
            context.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
              linked.programs++;
              return link.call(this, program);
            };
          }
        });
        await throttleIfAsked(page);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(new URL(path, baseUrl).href);
        await waitForFraming(page);
        const programs = await page.evaluate(() => (window as unknown as { linkedPrograms: { programs: number } }).linkedPrograms.programs);
        expect(programs, path || 'the opening view').toBeLessThanOrEqual(8);
      } finally {
        await page.close();
      }
    }
  });
});

describe('without WebGL', () => {
  it('says so in plain words instead of a blank page', async () => {
    const noGl = await launchBrowser(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
    try {
      const page = await noGl.newPage();
      await page.goto(baseUrl);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toMatch(/cannot draw the map/i);
      // The export dialog says why no picture can be made, rather than that the map is "not drawn yet".
      await page.getByRole('button', { name: 'Export picture' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export picture' });
      await expect.poll(() => dialog.getByRole('note').textContent()).toMatch(/this browser cannot draw the map \(WebGL 2/);
    } finally {
      await noGl.close();
    }
  });
});
