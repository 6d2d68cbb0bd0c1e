import { describe, expect, it } from 'vitest';
import { forProjector, PALETTES, toCss, type Rgb } from './palette.ts';

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('palettes', () => {
  for (const palette of Object.values(PALETTES)) {
    it(`${palette.name}: a picture's title, legend and source line read on their panels (WCAG AA)`, () => {
      expect(contrast(palette.pictureInk, palette.picturePanel)).toBeGreaterThanOrEqual(7);
      expect(contrast(palette.pictureInkMuted, palette.picturePanel)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${palette.name}: the locator's frame stands out from land and water`, () => {
      const hex = (css: string): Rgb => [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) as Rgb;
      expect(contrast(palette.locatorFrame, hex(palette.land))).toBeGreaterThanOrEqual(3);
      expect(contrast(palette.locatorFrame, hex(palette.water))).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps its colours on the projector and scales only sizes', () => {
    const light = PALETTES.light;
    const projector = forProjector(light);
    expect(projector.pictureInk).toEqual(light.pictureInk);
    expect(projector.locatorFrame).toEqual(light.locatorFrame);
    expect(projector.labelScale).toBeGreaterThan(light.labelScale);
    expect(forProjector(light)).toBe(projector);
  });

  it('writes colours the way a canvas and CSS read them', () => {
    expect(toCss([198, 40, 40])).toBe('rgb(198, 40, 40)');
    expect(toCss([0, 0, 0], 0.18)).toBe('rgba(0, 0, 0, 0.18)');
  });
});
