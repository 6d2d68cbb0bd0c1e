/**
 * A presentation of the corridors frames each one (all its features and the area round them)
 * wholly inside the part of the map that the title, the legend and the controls leave free, at
 * four screen sizes: what a presenter puts on a projector or a phone shows the whole corridor.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, browser, openAtlas, waitForCamera } from './harness';
import { datasetFromDisk } from '../../scripts/lib/onDisk';
import { focusSubject } from '../../src/model/framing';
import { expectFramedInFreePart, measureFraming } from './framingCheck';

const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature]));

const SIZES = [
  { width: 1280, height: 720, phone: false },
  { width: 1440, height: 900, phone: false },
  { width: 1920, height: 1080, phone: false },
  { width: 390, height: 844, phone: true },
];

describe('a presentation of the corridors frames every step', () => {
  for (const size of SIZES) {
    it(`inside the free part of the map at ${size.width}×${size.height}`, { timeout: 300_000 }, async () => {
      const { page } = await openAtlas(browser, baseUrl, size);
      // Moves jump instead of flying: the framing is the same, the test does not wait for flights.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Views & presenting' }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill('South Caucasus connectivity');
      await page.getByRole('button', { name: 'Start presentation' }).click();
      await page.locator('.presentation-title').waitFor();
      const steps = await page.evaluate(() => window.corridorAtlasStore!.getState().steps as { name: string; featureIds: string[] }[]);
      expect(steps.length, 'a step for each corridor').toBeGreaterThan(5);
      for (const [index, step] of steps.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await page.waitForFunction((i) => window.corridorAtlasStore!.getState().stepIndex === i, index);
        // The legend lists what the new view holds and may grow: the step is framed round it as it ends up.
        await page.waitForFunction(() => {
          const legend = document.querySelector<HTMLElement>('.presentation-overlay .map-legend');
          return legend?.dataset.clearOfFocus === String(window.corridorAtlasStore!.getState().focusRequest?.seq);
        });
        await waitForCamera(page);
        const subject = focusSubject(step.featureIds.map((id) => byId.get(id)!));
        expect(subject, `step ${index + 1} "${step.name}" has features`).toBeTruthy();
        expectFramedInFreePart(await measureFraming(page, subject!), `step ${index + 1} "${step.name}"`);
      }
      await page.close();
    });
  }
});
