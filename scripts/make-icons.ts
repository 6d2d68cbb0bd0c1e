/**
 * The installed atlas's icons (public/icons/*.png, committed), drawn from public/favicon.svg by
 * Chromium: a browser asks a web app for 192 and 512 px pictures, and for a "maskable" one whose
 * drawing keeps inside the middle 80 % that every launcher's mask shape leaves. Run it again when
 * the favicon changes: `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from './lib/chromium.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// Maskable: the favicon's sky fills the square; its drawing shrinks into the safe middle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#c9dde9"/><image href="${dataUrl(favicon)}" x="5" y="5" width="22" height="22"/></svg>`;

const icons: { file: string; svg: string; size: number }[] = [
  { file: 'public/icons/atlas-192.png', svg: favicon, size: 192 },
  { file: 'public/icons/atlas-512.png', svg: favicon, size: 512 },
  { file: 'public/icons/atlas-maskable-512.png', svg: maskable, size: 512 },
];

const browser = await launchBrowser();
try {
  for (const { file, svg, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<body style="margin:0;background:transparent"><img src="${dataUrl(svg)}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: file, omitBackground: true });
    console.log(file);
  }
} finally {
  await browser.close();
}
