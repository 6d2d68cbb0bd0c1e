/**
 * The interface's tokens sheet: every palette's interface colours (and its type and line scale) as
 * CSS custom properties, so the stylesheets beside the components name a role (`var(--ink-soft)`)
 * and the palette a link or the Views dialog picks reaches the interface as it reaches the map.
 * scripts/prepare-tokens.ts writes it to src/style/tokens.css at build time; app.css imports it.
 */
import { LIGHT, PALETTES, type InterfaceColours, type Palette } from './palette.ts';

/** `inkSoft` → `--ink-soft`. */
export function tokenName(role: string): string {
  return `--${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** A palette's custom properties, in the order its interface colours are declared. */
export function paletteTokens(palette: Palette): [string, string][] {
  const colours = Object.entries(palette.ui) as [keyof InterfaceColours, string][];
  return [
    ...colours.map(([role, colour]): [string, string] => [tokenName(role), colour]),
    // How much larger than the light palette's this palette sets type and draws lines: the
    // presentation's legend, title and controls grow with the map's labels and lines.
    ['--type-scale', String(palette.labelScale / LIGHT.labelScale)],
    ['--line-scale', String(palette.lineScale / LIGHT.lineScale)],
  ];
}

/**
 * The sheet: the light palette on :root (the page before the app sets its palette), each palette
 * under `[data-palette='name']`, which the app's root element carries (ui/App.tsx).
 */
export function tokensSheet(palettes: readonly Palette[] = Object.values(PALETTES)): string {
  const blocks = palettes.map((palette) => {
    const selector = palette === LIGHT ? `:root,\n[data-palette='${palette.name}']` : `[data-palette='${palette.name}']`;
    const lines = paletteTokens(palette).map(([name, value]) => `  ${name}: ${value};`);
    return `${selector} {\n${lines.join('\n')}\n}\n`;
  });
  return `/* Written by scripts/prepare-tokens.ts from src/style/palette.ts: edit the palette, not this file. */\n\n${blocks.join('\n')}`;
}
