import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns } from '../../../tests/unit/fuzz.ts';
import type { Anchor, AreaLabel, LabelAnchors } from './labelAnchors.ts';
import {
  estimateText,
  lineBoxes,
  overlaps,
  placeLabels,
  regionText,
  samplingSpacing,
  screenPoint,
  viewBounds,
  type LabelView,
  type PlacedLabel,
  type PointLabel,
} from './labelPlacement.ts';

/** A rectangular country made of grid anchors at 1° and 0.25°, clearance = distance to its edge. */
function rectangleCountry(text: string, [w, s, e, n]: [number, number, number, number], part = 0, rank = 1): AreaLabel {
  const anchors: Anchor[] = [];
  for (const spacing of [1, 0.25]) {
    for (let x = w + spacing / 2; x < e; x += spacing) {
      for (let y = s + spacing / 2; y < n; y += spacing) {
        const clearanceKm = Math.min(x - w, e - x, y - s, n - y) * 85;
        anchors.push({ position: [x, y], part, spacing, clearanceKm });
      }
    }
  }
  return { text, kind: 'country', rank, minZoom: 0, anchors };
}

const GRIDS: LabelAnchors['grids'] = [
  { spacing: 1, box: [-180, -80, 180, 80] },
  { spacing: 0.25, box: [30, 30, 60, 50] },
];

const view = (center: [number, number], zoom: number, width = 1000, height = 700): LabelView => ({ center, zoom, width, height });

const place = (areas: AreaLabel[], points: PointLabel[], v: LabelView, obstacles: [number, number][] = [], lines: [number, number][][] = []) =>
  placeLabels({ anchors: { grids: GRIDS, areas }, points, view: v, scale: 1, measure: estimateText, obstacles, lines });

const inView = (v: LabelView, label: PlacedLabel) =>
  label.box.minX >= 0 && label.box.minY >= 0 && label.box.maxX <= v.width && label.box.maxY <= v.height;

describe('country names inside the part in view', () => {
  const longland = rectangleCountry('Longland', [35, 40, 55, 44]);

  it('names a long country near the middle of what is in view, whichever end that is', () => {
    for (const lon of [37, 45, 53]) {
      const v = view([lon, 42], 8);
      const [name] = place([longland], [], v);
      expect(name.name).toBe('Longland');
      expect(Math.abs(name.position[0] - lon)).toBeLessThan(1);
      expect(inView(v, name)).toBe(true);
    }
  });

  it('names the half of the country that is on screen when its border crosses the view', () => {
    const v = view([55, 42], 7); // the east border runs down the middle of the view
    const [name] = place([longland], [], v);
    const [x] = screenPoint(v, name.position);
    expect(name.position[0]).toBeLessThan(55);
    expect(x).toBeLessThan(v.width / 2);
  });

  it('puts an exclave’s name in the exclave when only the exclave is in view', () => {
    const mainland = rectangleCountry('Twoparts', [40, 40, 44, 42], 0);
    const exclave = rectangleCountry('Twoparts', [46, 40, 47.5, 41], 1);
    const twoParts: AreaLabel = { ...mainland, anchors: [...mainland.anchors, ...exclave.anchors] };
    const [name] = place([twoParts], [], view([46.75, 40.5], 8));
    expect(name.position[0]).toBeGreaterThan(46);
    const [whole] = place([twoParts], [], view([43.5, 41], 6));
    expect(whole.position[0]).toBeLessThan(44);
  });

  it('samples with the finest grid that covers the view', () => {
    const anchors = { grids: GRIDS, areas: [] };
    expect(samplingSpacing(anchors, view([45, 42], 7))).toBe(0.25);
    expect(samplingSpacing(anchors, view([45, 42], 3))).toBe(1);
  });

  it('leaves out a country that only grazes the edge of the view', () => {
    const v = view([45, 42], 8);
    const [w] = viewBounds(v);
    const sliver = rectangleCountry('Sliver', [w - 3, 41, w + 0.1, 43]);
    expect(place([sliver], [], v)).toEqual([]);
  });
});

describe('regions, towns and the atlas’s places', () => {
  const region: PointLabel = { position: [45.3, 39.35], text: 'Nakhchivan Autonomous Republic', kind: 'region', rank: 2, minZoom: 6 };
  const town: PointLabel = { position: [45.41, 39.21], text: 'Nakhchivan', kind: 'city', rank: 3, minZoom: 5 };

  it('draws a region as an area name in spaced capitals, never with a town dot', () => {
    const [label] = place([], [region], view([45.3, 39.35], 8));
    expect(label.dot).toBe(false);
    expect(label.textAnchor).toBe('middle');
    expect(label.text).toBe(regionText('Nakhchivan Autonomous Republic'));
    expect(label.text).toContain('\n');
    expect(label.text.startsWith('N\u2009A\u2009K')).toBe(true);
  });

  it('gives a town with room its name beside its dot', () => {
    const [label] = place([], [town], view([45.41, 39.21], 8));
    expect(label).toMatchObject({ name: 'Nakhchivan', dot: true, textAnchor: 'start' });
  });

  it('names an atlas place beside the dot its layer draws, without a second dot', () => {
    const [label] = place([], [{ ...town, ownDot: true, minZoom: 0 }], view([45.41, 39.21], 4));
    expect(label).toMatchObject({ name: 'Nakhchivan', dot: false });
    expect(label.offset[0]).toBeGreaterThan(0);
  });

  it('moves a name to the other side of its dot rather than drop it', () => {
    const right: PointLabel = { position: [45.5, 39.21], text: 'Blocker', kind: 'capital', rank: 1, minZoom: 0 };
    const labels = place([], [town, right], view([45.41, 39.21], 8));
    expect(labels.map((l) => l.name).sort()).toEqual(['Blocker', 'Nakhchivan']);
    expect(labels.find((l) => l.name === 'Nakhchivan')!.textAnchor).not.toBe('start');
  });

  it('keeps names off the atlas’s other symbols', () => {
    const v = view([45.41, 39.21], 8);
    const free = place([], [town], v)[0];
    const blocked = place([], [town], v, [[45.5, 39.21]])[0];
    expect(free.textAnchor).toBe('start');
    expect(blocked.textAnchor).not.toBe('start');
  });

  it('shows a town only from its zoom', () => {
    expect(place([], [town], view([45.41, 39.21], 4.5))).toEqual([]);
  });
});

describe('no two names overprint', () => {
  /** Pixels between two names' halos below which a reader takes them for one. */
  const READABLE_GAP = 4;
  const longland = rectangleCountry('Longland', [35, 40, 55, 44]);
  const pointArb = fc.record({
    position: fc.tuple(fc.double({ min: 40, max: 50, noNaN: true }), fc.double({ min: 39, max: 45, noNaN: true })),
    text: fc.constantFrom('Baku', 'Ganja', 'Nakhchivan Autonomous Republic', 'Yerevan', 'Sumqayıt', 'Karabakh', 'Kars'),
    kind: fc.constantFrom('city', 'capital', 'region') as fc.Arbitrary<PointLabel['kind']>,
    rank: fc.integer({ min: 1, max: 4 }),
    minZoom: fc.constantFrom(0, 3, 6),
    ownDot: fc.boolean(),
  });

  it('places names a few pixels apart at least (a country the atlas is about may stand closer), never overlapping, all inside the map', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { maxLength: 60 }),
        fc.double({ min: 4, max: 10, noNaN: true }),
        fc.tuple(fc.double({ min: 42, max: 48, noNaN: true }), fc.double({ min: 40, max: 43, noNaN: true })),
        (points, zoom, center) => {
          const v = view(center, zoom, 900, 600);
          const placed = place([longland], points.map((p) => ({ ...p, ownDot: p.kind !== 'region' && p.ownDot })), v);
          for (let i = 0; i < placed.length; i++) {
            expect(inView(v, placed[i])).toBe(true);
            // Closer than a few pixels, two names side by side read as one ("Azerbaijan Baku").
            const { minX, minY, maxX, maxY } = placed[i].box;
            const spaced = { minX: minX - READABLE_GAP, minY: minY - READABLE_GAP, maxX: maxX + READABLE_GAP, maxY: maxY + READABLE_GAP };
            for (let j = i + 1; j < placed.length; j++) {
              expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
              // Only a country the atlas is about may stand closer, rather than go unnamed.
              const country = placed[i].kind === 'country' || placed[j].kind === 'country';
              if (!country) expect(overlaps(spaced, placed[j].box), `${placed[i].name} and ${placed[j].name}`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the more important name when two cannot both fit', () => {
    const capital: PointLabel = { position: [45, 42], text: 'Capitalcity', kind: 'capital', rank: 1, minZoom: 0 };
    const village: PointLabel = { position: [45.01, 42.0], text: 'Village', kind: 'city', rank: 4, minZoom: 0 };
    const names = place([longland], [village, capital], view([45, 42], 5)).map((l) => l.name);
    expect(names).toContain('Longland');
    expect(names).toContain('Capitalcity');
    expect(names).not.toContain('Village');
  });
});

describe('the countries the atlas is about', () => {
  it('are named over a crowd of symbols rather than left out, but never over another name', () => {
    const small = rectangleCountry('Smallland', [45, 40, 46, 41]);
    const v = view([45.5, 40.5], 5);
    const crowd: [number, number][] = [];
    for (let x = 44.5; x <= 46.5; x += 0.2) for (let y = 39.6; y <= 41.4; y += 0.2) crowd.push([x, y]);
    const [name] = place([small], [], v, crowd);
    expect(name?.name).toBe('Smallland');
    const minor = { ...small, text: 'Minorland', rank: 3 };
    expect(place([minor], [], v, crowd)).toEqual([]);
  });

  it('are named whenever they could be named alone, however the capitals around them stand', () => {
    // Small enough at these zooms that capitals' names beside their dots can take all its room
    // (capitals are named before countries, so they choose first).
    const small = rectangleCountry('Smallland', [45, 40, 47, 41.5]);
    const capitalArb = fc.record({
      position: fc.tuple(fc.double({ min: 44.5, max: 47.5, noNaN: true }), fc.double({ min: 39.5, max: 42, noNaN: true })),
      text: fc.constantFrom('Baku', 'Yerevan', 'Sumqayıt', 'Nakhchivan', 'Ganja', 'Lankaran'),
      kind: fc.constant('capital') as fc.Arbitrary<PointLabel['kind']>,
      rank: fc.constant(1),
      minZoom: fc.constant(0),
      ownDot: fc.constant(true),
    });
    fc.assert(
      fc.property(fc.array(capitalArb, { minLength: 1, maxLength: 12 }), fc.double({ min: 4.5, max: 6, noNaN: true }), (capitals, zoom) => {
        const v = view([46, 40.75], zoom, 900, 600);
        fc.pre(place([small], [], v).length === 1);
        expect(place([small], capitals, v).map((label) => label.name)).toContain('Smallland');
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('names and the routes', () => {
  const longland = rectangleCountry('Longland', [35, 40, 55, 44]);
  const v = view([45, 42], 8);
  const route: [number, number][] = [
    [43, 42],
    [47, 42],
  ];

  it('keeps a country name off a route that runs where it would stand', () => {
    const free = place([longland], [], v)[0];
    // A route straight through the name's place.
    const through: [number, number][] = [
      [43, free.position[1]],
      [47, free.position[1]],
    ];
    const [, routeY] = screenPoint(v, free.position);
    const moved = place([longland], [], v, [], [through])[0];
    expect(moved.name).toBe('Longland');
    expect(moved.box.minY > routeY + 3 || moved.box.maxY < routeY - 3).toBe(true);
  });

  it('still names a town on the route, beside its dot', () => {
    const town: PointLabel = { position: [45, 42], text: 'Routeville', kind: 'city', rank: 3, minZoom: 0, ownDot: true };
    expect(place([], [town], v, [], [route]).map((l) => l.name)).toEqual(['Routeville']);
  });

  it('cuts the lines in view into small boxes and ignores what is off screen', () => {
    expect(lineBoxes([route], v).length).toBeGreaterThan(20);
    expect(lineBoxes([[[10, 10], [11, 10]]], v)).toEqual([]);
  });
});

describe('the names a view is about', () => {
  const town = (text: string, position: [number, number]): PointLabel => ({ position, text, kind: 'city', rank: 4, minZoom: 9 });
  // Small towns, named only from zoom 9 as a rule.
  const towns = [town('Alphaville', [45, 42]), town('Betatown', [45.05, 42]), town('Gammaburg', [45, 42.04]), town('Deltaport', [45.05, 42.04])];

  it('names a subject even below the zoom its kind of name shows from', () => {
    const v = view([45, 42], 8);
    expect(place([], towns, v).map((label) => label.name)).toEqual([]);
    const named = placeLabels({ anchors: { grids: GRIDS, areas: [] }, points: towns, view: v, scale: 1, measure: estimateText, subjects: new Map([['Deltaport', 1]]) });
    expect(named.map((label) => label.name)).toContain('Deltaport');
  });

  it('puts no name under a caption, and names what lies beside it on its open side', () => {
    const v = view([45, 42], 8);
    const deltaport = screenPoint(v, [45.05, 42.04]);
    // A caption from just right of the dot to the map's right edge.
    const caption = { minX: deltaport[0] + 6, minY: 0, maxX: v.width, maxY: v.height };
    const named = placeLabels({
      anchors: { grids: GRIDS, areas: [] },
      points: [town('Deltaport', [45.05, 42.04])],
      view: v,
      scale: 1,
      measure: estimateText,
      subjects: new Map([['Deltaport', 2]]),
      covers: [caption],
    });
    expect(named).toHaveLength(1);
    expect(named[0].box.maxX).toBeLessThanOrEqual(caption.minX);
  });
});
