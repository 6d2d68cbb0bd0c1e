import { describe, expect, it } from 'vitest';
import { forProjector, PALETTES, toCss } from './palette.ts';
import { contrastRatio as contrast, hexToRgb as hex } from './colour.ts';

describe('palettes', () => {
  for (const palette of Object.values(PALETTES)) {
    it(`${palette.name}: a picture's title, legend and source line read on their panels (WCAG AA)`, () => {
      expect(contrast(palette.pictureInk, palette.picturePanel)).toBeGreaterThanOrEqual(7);
      expect(contrast(palette.pictureInkMuted, palette.picturePanel)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${palette.name}: the locator's frame stands out from land and water`, () => {
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
