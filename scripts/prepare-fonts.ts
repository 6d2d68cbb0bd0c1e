/**
 * Writes src/fonts/ (generated, not committed): the label and interface font subset to the letters
 * the atlas uses, in every script its names and interface are written in (scripts/lib/fontSubsets.ts),
 * and noto-sans.css, which main.tsx imports. A letter outside the set falls back to the next font.
 * Run after prepare-basemap (it reads the basemap's names): npm run build and npm start do both.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/basemapInputs.ts';
import { buildFontSubsets, fontStylesheet, usedCodePoints } from './lib/fontSubsets.ts';

const started = Date.now();
const outDir = join(projectRoot, 'src', 'fonts');
const used = usedCodePoints();
const subsets = await buildFontSubsets(used);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
mkdirSync(join(outDir, 'pdf'), { recursive: true });
for (const { name, font, truetype } of subsets) {
  writeFileSync(join(outDir, name), font);
  // The PDF export embeds TrueType (fetched only when a PDF is asked for): see FontSubset.truetype.
  writeFileSync(join(outDir, 'pdf', name.replace(/\.woff2$/, '.ttf')), truetype);
}
writeFileSync(join(outDir, 'noto-sans.css'), fontStylesheet(subsets));
const total = subsets.reduce((sum, { font }) => sum + font.length, 0);
console.log(`prepare-fonts: ${subsets.length} subset fonts, ${used.size} characters, ${(total / 1024).toFixed(0)} KB, in ${Date.now() - started} ms`);
