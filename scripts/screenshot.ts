/**
 * Looks at the built app the way a person would: serves dist/, opens it in headless Chromium
 * and saves a screenshot. Usage: tsx scripts/screenshot.ts out.png [path-and-hash] [WIDTHxHEIGHT]
 * CAMERA='{"center":[46,39.3],"zoom":7.5}' moves the camera before the picture is taken.
 * TOUR=all (or TOUR=4,12) opens the guided tour and saves one picture a step, out-step4.png…
 * A width under 600 opens the page as a phone (touch, mobile), as the browser tests do.
 */
import { waitForFraming, waitForMapIdle } from './lib/atlasSettled.ts';
import { launchBrowser, serveDist } from './lib/chromium.ts';

const [out = 'screenshot.png', path = '', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);

const server = await serveDist();
const browser = await launchBrowser();
try {
  const phone = width < 600;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(new URL(path, server.url).href);
  await waitForFraming(page);
  const camera = process.env.CAMERA;
  if (camera) {
    await page.evaluate((json) => window.corridorAtlas!.moveAsUser(JSON.parse(json)), camera);
    await waitForMapIdle(page);
  }
  const tour = process.env.TOUR;
  if (tour) {
    await page.getByRole('button', { name: 'Guided tour' }).click();
    const count = await page.evaluate(() => window.corridorAtlasStore!.getState().steps.length);
    const wanted = tour === 'all' ? Array.from({ length: count }, (_, i) => i + 1) : tour.split(',').map(Number);
    for (let step = 1; step <= Math.max(...wanted); step++) {
      if (step > 1) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((i) => window.corridorAtlasStore!.getState().stepIndex === i, step - 1);
      if (!wanted.includes(step)) continue;
      await waitForFraming(page);
      const file = out.replace(/\.png$/, `-step${step}.png`);
      await page.screenshot({ path: file });
      console.log(`saved ${file}`);
    }
  } else {
    await page.screenshot({ path: out });
    console.log(`saved ${out}`);
  }
} finally {
  await browser.close();
  await server.close();
}
