import { describe, expect, it } from 'vitest';
import { framePadding, freeArea, MIN_SPAN, subjectBounds } from './framing.ts';

describe('freeArea', () => {
  it('is the whole map when nothing covers it', () => {
    expect(freeArea(1280, 720, [])).toEqual({ left: 0, top: 0, right: 1280, bottom: 720 });
  });

  it('keeps the part left of a caption on the right, and above controls under it', () => {
    const caption = { left: 820, top: 16, right: 1264, bottom: 500 };
    const controls = { left: 1000, top: 650, right: 1264, bottom: 690 };
    expect(freeArea(1280, 720, [caption, controls])).toEqual({ left: 0, top: 0, right: 820, bottom: 720 });
  });

  it('keeps the part above a caption that spans a phone screen', () => {
    const caption = { left: 8, top: 520, right: 382, bottom: 700 };
    const controls = { left: 8, top: 708, right: 382, bottom: 750 };
    expect(freeArea(390, 760, [caption, controls])).toEqual({ left: 0, top: 0, right: 390, bottom: 520 });
  });

  it('gives up on covers that would leave no room to frame in', () => {
    expect(freeArea(300, 300, [{ left: 0, top: 40, right: 300, bottom: 300 }])).toEqual({ left: 0, top: 0, right: 300, bottom: 300 });
  });
});

describe('framePadding', () => {
  it('pads the covered side by the cover and every side by a margin', () => {
    const padding = framePadding(1280, 720, [{ left: 820, top: 16, right: 1264, bottom: 500 }]);
    expect(padding.right).toBeGreaterThan(1280 - 820);
    expect(padding.left).toBe(padding.top);
    expect(padding.left).toBeGreaterThanOrEqual(12);
    expect(padding.left).toBeLessThanOrEqual(60);
    // What is left to frame in is inside the free part.
    expect(1280 - padding.left - padding.right).toBeLessThan(820);
  });
});

describe('subjectBounds', () => {
  it('holds every box', () => {
    expect(
      subjectBounds([
        [
          [44, 38],
          [46, 40],
        ],
        [
          [45, 39],
          [49, 41],
        ],
      ]),
    ).toEqual([
      [44, 38],
      [49, 41],
    ]);
  });

  it('grows a single place round its centre so its neighbours show', () => {
    const [[west, south], [east, north]] = subjectBounds([
      [
        [46.75, 39.82],
        [46.79, 39.91],
      ],
    ])!;
    expect(east - west).toBeCloseTo(MIN_SPAN.lon);
    expect(north - south).toBeCloseTo(MIN_SPAN.lat);
    expect((east + west) / 2).toBeCloseTo(46.77);
  });

  it('is nothing for nothing', () => {
    expect(subjectBounds([])).toBeNull();
  });
});
