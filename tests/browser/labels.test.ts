/**
 * Names on the map as a reader sees them: along the Aras the map says which side is which country,
 * every name lies inside the map, and no two names overprint.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browser, closestColorNear, openAtlas, screenshot, waitForMapIdle, type AtlasPage } from './harness.ts';
import { LIGHT } from '../../src/style/palette.ts';
import type { Box } from '../../src/model/scene/labelPlacement.ts';

let atlas: AtlasPage;

beforeAll(async () => {
  atlas = await openAtlas(browser, baseUrl, { width: 1440, height: 900 });
});

interface NameOnScreen {
  name: string;
  kind: string;
  /** Where the name's anchor is drawn now, in map pixels. */
  x: number;
  y: number;
  box: Box;
}

async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ center, zoom }) => window.corridorAtlas!.moveAsUser({ center, zoom }), { center, zoom });
  await waitForMapIdle(page);
}

/** The names the label layers draw, read through the map handle, with their positions projected by the live map. */
async function namesOnScreen(page: Page): Promise<{ names: NameOnScreen[]; width: number; height: number; left: number; top: number }> {
  return page.evaluate(() => {
    const atlas = window.corridorAtlas!;
    const container = atlas.pageBox();
    const names = atlas.placedLabels().map((label) => {
      const point = atlas.project(label.position);
      return { name: label.name, kind: label.kind, x: point.x + label.offset[0], y: point.y + label.offset[1], box: label.box };
    });
    return { names, width: container.width, height: container.height, left: container.left, top: container.top };
  });
}

describe('names along the Aras', () => {
  it('says which side is Armenia, Iran and Azerbaijan at zoom 8, each name drawn inside the map', async () => {
    await jumpTo(atlas.page, [45.7, 39.2], 8);
    const { names, width, height, left, top } = await namesOnScreen(atlas.page);
    const shot = await screenshot(atlas.page);
    const countries = names.filter((n) => n.kind === 'country').map((n) => n.name);
    expect(countries).toEqual(expect.arrayContaining(['Armenia', 'Iran']));
    expect(countries.includes('Azerbaijan') || names.some((n) => n.name === 'Nakhchivan Autonomous Republic')).toBe(true);
    for (const name of names.filter((n) => ['Armenia', 'Iran', 'Azerbaijan'].includes(n.name))) {
      expect([name.name, name.x > 0 && name.x < width && name.y > 0 && name.y < height]).toEqual([name.name, true]);
      // The letters are really drawn there, in the country-name ink.
      expect(closestColorNear(shot, left + name.x, top + name.y, LIGHT.countryLabel, 12).distance, name.name).toBeLessThan(30);
    }
  });

  it('names the region and the towns on the route, and no two names overprint', async () => {
    await jumpTo(atlas.page, [45.9, 39.1], 8.5);
    const { names, width, height } = await namesOnScreen(atlas.page);
    const texts = names.map((n) => n.name);
    expect(texts).toEqual(expect.arrayContaining(['Nakhchivan Autonomous Republic', 'Ordubad', 'Nakhchivan']));
    for (let i = 0; i < names.length; i++) {
      const a = names[i].box;
      expect(a.minX >= 0 && a.minY >= 0 && a.maxX <= width && a.maxY <= height, names[i].name).toBe(true);
      for (let j = i + 1; j < names.length; j++) {
        const b = names[j].box;
        const overlap = a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY;
        expect(overlap, `${names[i].name} / ${names[j].name}`).toBe(false);
      }
    }
  });

  it('names countries at the opening view too, each once', async () => {
    await atlas.page.getByRole('button', { name: /reset view/i }).click();
    await atlas.page.evaluate(() => window.corridorAtlas!.settled());
    await waitForMapIdle(atlas.page);
    const { names } = await namesOnScreen(atlas.page);
    const countries = names.filter((n) => n.kind === 'country').map((n) => n.name);
    const expected = ['Türkiye', 'Georgia', 'Azerbaijan', 'Iran', 'Russia', 'Kazakhstan', 'Turkmenistan', 'Uzbekistan'];
    expect(expected.filter((name) => !countries.includes(name))).toEqual([]);
    expect(new Set(countries).size).toBe(countries.length);
  });
});
