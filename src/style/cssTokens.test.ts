import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenName, tokensSheet } from './cssTokens.ts';
import { contrastRatio, hexToRgb } from './colour.ts';
import { LIGHT, PALETTES, type InterfaceColours } from './palette.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** The generated sheet itself (scripts/prepare-tokens.ts), and the generated fonts' sheet. */
const GENERATED = new Set(['style/tokens.css', 'fonts/noto-sans.css']);

/** Every stylesheet under src/ that someone writes by hand, as [path from src/, text without comments]. */
function stylesheets(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css') && !GENERATED.has(relative(SRC, path))) found.push([relative(SRC, path), withoutComments(readFileSync(path, 'utf8'))]);
    }
  };
  walk(SRC);
  return found;
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
/** The custom properties a stylesheet reads. */
const used = (css: string) => [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]);
/** The custom properties a stylesheet declares. */
const declared = (css: string) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]);
const hexColours = (css: string) => [...css.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((match) => match[0]);

/** `file: --name` for each custom property read and declared nowhere: neither a token nor a stylesheet's own. */
function undefinedTokens(sheets: [string, string][], tokens: string): string[] {
  const defined = new Set([...declared(tokens), ...sheets.flatMap(([, css]) => declared(css))]);
  return sheets.flatMap(([file, css]) => used(css).filter((name) => !defined.has(name)).map((name) => `${file}: ${name}`));
}

/** The declarations under one palette's selector in the sheet. */
function block(sheet: string, name: string): Map<string, string> {
  const body = new RegExp(`\\[data-palette='${name}'\\] \\{([^}]*)\\}`).exec(sheet)![1];
  return new Map([...body.matchAll(/(--[\w-]+): ([^;]+);/g)].map((match) => [match[1], match[2]]));
}

describe('the tokens sheet', () => {
  const sheet = tokensSheet();

  it('defines every custom property the stylesheets read', () => {
    expect(undefinedTokens(stylesheets(), sheet)).toEqual([]);
  });

  it('catches a misspelt token', () => {
    const sheets: [string, string][] = [['ui/Typo.css', '.x { color: var(--ink); border-color: var(--rul); }']];
    expect(undefinedTokens(sheets, sheet)).toEqual(['ui/Typo.css: --rul']);
  });

  it('leaves no colour written out in a stylesheet: every one is a token', () => {
    const written = stylesheets().flatMap(([file, css]) => hexColours(css).map((hex) => `${file}: ${hex}`));
    expect(written).toEqual([]);
    expect(hexColours('.x { background: #fbfbfa; }')).toEqual(['#fbfbfa']);
  });

  it('gives every palette every token, each from its palette', () => {
    const names = [...block(sheet, 'light').keys()];
    for (const palette of Object.values(PALETTES)) {
      const tokens = block(sheet, palette.name);
      expect([...tokens.keys()]).toEqual(names);
      expect(tokens.get('--ink-soft')).toBe(palette.ui.inkSoft);
      expect(Number(tokens.get('--type-scale'))).toBeCloseTo(palette.labelScale / LIGHT.labelScale);
    }
    // The light palette is also the page's own, before the app names one.
    expect(sheet).toMatch(/:root,\n\[data-palette='light'\] \{/);
  });

  it('names a token by its role', () => {
    expect(tokenName('inkSoft')).toBe('--ink-soft');
    expect(tokenName('statusUnderConstruction')).toBe('--status-under-construction');
  });
});

describe("the interface's colours", () => {
  const text: (keyof InterfaceColours)[] = ['ink', 'inkSoft', 'inkAside', 'inkFaint', 'accent'];
  for (const palette of Object.values(PALETTES)) {
    it(`${palette.name}: text reads on the panel and the page (WCAG AA)`, () => {
      for (const ground of ['paper', 'sidebar'] as const) {
        for (const role of text) expect(contrastRatio(hexToRgb(palette.ui[role]), hexToRgb(palette.ui[ground])), `${role} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(hexToRgb(palette.ui.onAccent), hexToRgb(palette.ui.accent))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('high contrast: every text colour is at least as strong as in the light palette', () => {
    for (const role of text) {
      const strength = (ui: InterfaceColours) => contrastRatio(hexToRgb(ui[role]), hexToRgb(ui.paper));
      expect(strength(PALETTES['high-contrast'].ui), role).toBeGreaterThanOrEqual(strength(LIGHT.ui));
    }
  });
});
