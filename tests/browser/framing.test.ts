/**
 * Every tour step frames its subject (its features and the area round them) wholly inside the
 * part of the map that the caption and the controls leave free, at four screen sizes, and frames
 * it the same when the class comes back to it (walked back on a laptop and a phone: the larger
 * screens frame by the same rule as the laptop); a presentation of the corridors frames each one
 * clear of its title, legend and controls. One page a size: the presentation follows the tour.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl, browser, openAtlas, waitForCamera } from './harness.ts';
import { datasetFromDisk } from '../../scripts/lib/onDisk.ts';
import { focusSubject } from '../../src/model/view/framing.ts';
import { parseTour } from '../../src/model/validation/tourSchema.ts';
import { layerTitle } from '../../src/model/features/layers.ts';
import { expectFramedInFreePart, measureFraming } from './framingCheck.ts';
import { captionPlacesUnnamed } from './captionNames.ts';

const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature]));
const tour = parseTour(JSON.parse(readFileSync('data/tours/region-walkthrough.json', 'utf8'))).tour!;
const subjects = tour.steps.map((step) => focusSubject((step.featureIds ?? []).map((id) => byId.get(id)!), step.bounds)!);

const SIZES = [
  { width: 1280, height: 720, phone: false, names: true, back: true },
  { width: 1440, height: 900, phone: false, names: false, back: false },
  { width: 1920, height: 1080, phone: false, names: false, back: false },
  { width: 390, height: 844, phone: true, names: true, back: true },
];

/** The step is on screen with its caption and controls, and the map has framed it: the test reads only the camera. */
async function waitForStep(page: Page, index: number) {
  await page.waitForFunction(
    (i) => window.corridorAtlasStore!.getState().stepIndex === i && document.querySelectorAll('.tour-caption, .presentation-controls').length === 2,
    index,
  );
  await waitForCamera(page);
}

/** Steps through a presentation of the corridors, checking each is framed clear of what covers the map. */
async function checkCorridorPresentation(page: Page, phone: boolean) {
  await page.getByRole('button', { name: 'Views & presenting' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('South Caucasus connectivity');
  await page.getByRole('button', { name: 'Start presentation' }).click();
  await page.locator('.presentation-title').waitFor();
  const steps = await page.evaluate(() => window.corridorAtlasStore!.getState().steps as { name: string; featureIds: string[] }[]);
  expect(steps.length, 'a step for each corridor').toBeGreaterThan(5);
  for (const [index, step] of steps.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((i) => window.corridorAtlasStore!.getState().stepIndex === i, index);
    // The legend lists what the new view holds and may grow: the step, framed once more round it as
    // it ends up, is settled only then.
    await waitForCamera(page);
    const subject = focusSubject(step.featureIds.map((id) => byId.get(id)!));
    expect(subject, `corridor step ${index + 1} "${step.name}" has features`).toBeTruthy();
    expectFramedInFreePart(await measureFraming(page, subject!), `corridor step ${index + 1} "${step.name}"`);
    // The legend keys the step's corridor, not every one crossing the frame (on a phone it is folded).
    if (!phone) {
      const rows = await page.locator('.presentation-overlay .map-legend ul:not(.legend-statuses, .legend-marks, .legend-accuracy, .legend-selection) li').allTextContents();
      const layers = [...new Set(step.featureIds.map((id) => layerTitle(byId.get(id)!.properties.layer)))];
      expect(rows, `corridor step ${index + 1} "${step.name}": the legend's layers`).toEqual(layers);
    }
  }
}

describe('the guided tour and a presentation frame every step', () => {
  for (const size of SIZES) {
    it(`inside the free part of the map${size.names ? ', the places its caption names named' : ''}${size.back ? ", the tour's the same on return" : ''}, at ${size.width}×${size.height}`, { timeout: 400_000 }, async () => {
      const { page } = await openAtlas(browser, baseUrl, size);
      await page.getByRole('button', { name: 'Guided tour' }).click();
      const cameras: { lng: number; lat: number; zoom: number }[] = [];
      const unnamed: string[] = [];
      for (const [index, step] of tour.steps.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await waitForStep(page, index);
        const framing = await measureFraming(page, subjects[index]);
        const where = `step ${index + 1} "${step.title}"`;
        expect(framing.covers.length, `${where}: caption and controls`).toBeGreaterThanOrEqual(2);
        expectFramedInFreePart(framing, where);
        // The names the caption speaks of are on the map where they lie in its open part.
        if (size.names) unnamed.push(...(await captionPlacesUnnamed(page, `${step.title}\n${step.text}`, framing, where)));
        cameras.push(framing.camera);
      }
      expect(unnamed, 'places a caption names, in the open part of the map, without their name on it').toEqual([]);
      // Back through the steps: each is framed as on the way in.
      for (let index = tour.steps.length - 2; size.back && index >= 0; index--) {
        await page.keyboard.press('ArrowLeft');
        await waitForStep(page, index);
        const { camera } = await measureFraming(page, subjects[index]);
        expect(camera.zoom, `step ${index + 1} on return`).toBeCloseTo(cameras[index].zoom, 2);
        expect(camera.lng, `step ${index + 1} on return`).toBeCloseTo(cameras[index].lng, 3);
        expect(camera.lat, `step ${index + 1} on return`).toBeCloseTo(cameras[index].lat, 3);
      }
      await page.keyboard.press('Escape');
      await page.locator('.presentation-overlay').waitFor({ state: 'detached' });
      await checkCorridorPresentation(page, size.phone);
      await page.close();
    });
  }
});
