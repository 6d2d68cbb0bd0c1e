/**
 * Writes src/style/tokens.css (generated, not committed): the palettes' interface colours as CSS
 * custom properties (src/style/cssTokens.ts), which app.css imports. npm run build, pack and start run it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokensSheet } from '../src/style/cssTokens.ts';

const out = fileURLToPath(new URL('../src/style/tokens.css', import.meta.url));
writeFileSync(out, tokensSheet());
console.log(`prepare-tokens: ${out}`);
