/**
 * Looks at the built app the way a person would: serves dist/, opens it in headless Chromium
 * and saves a screenshot. Usage: tsx scripts/screenshot.ts out.png [path-and-hash] [WIDTHxHEIGHT]
 * CAMERA='{"center":[46,39.3],"zoom":7.5}' moves the camera before the picture is taken.
 */
import { waitForFraming, waitForMapIdle } from './lib/atlasSettled';
import { launchBrowser, serveDist } from './lib/chromium';

const [out = 'screenshot.png', path = '', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);

const server = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
  await page.goto(new URL(path, server.url).href);
  await waitForFraming(page);
  const camera = process.env.CAMERA;
  if (camera) {
    await page.evaluate((json) => window.corridorAtlas!.map.jumpTo(JSON.parse(json)), camera);
    await waitForMapIdle(page);
  }
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await server.close();
}
