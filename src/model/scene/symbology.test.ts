import { describe, expect, it } from 'vitest';
import { LAYER_SYMBOLS, SHAPE_OUTLINES, STATUS_SYMBOL_GROUPS, areaOutlineDash, lineStrokes, lineSymbol, pointRing, pointShape } from './symbology.ts';
import { STATUSES, type Status } from '../features/feature.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { colorDistance } from '../../style/colour.ts';
import { PALETTES } from '../../style/palette.ts';

describe('layer symbols', () => {
  it('draws every layer in a colour that stands off the land and the sea of every palette', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    for (const [name, palette] of Object.entries(PALETTES)) {
      for (const id of LAYER_IDS) {
        // A line over the Caspian must not melt into it: the sea is the nearer colour for most layers.
        expect(colorDistance(LAYER_SYMBOLS[id].color, rgb(palette.water)), `${id} on the ${name} sea`).toBeGreaterThan(80);
        expect(colorDistance(LAYER_SYMBOLS[id].color, rgb(palette.land)), `${id} on ${name} land`).toBeGreaterThan(80);
      }
    }
  });

  it('tells every pair of layers apart by colour, the 330 kV and 400 kV lines included', () => {
    for (const a of LAYER_IDS) {
      for (const b of LAYER_IDS) {
        if (a < b) expect(colorDistance(LAYER_SYMBOLS[a].color, LAYER_SYMBOLS[b].color), `${a} vs ${b}`).toBeGreaterThan(60);
      }
    }
  });
});

describe('status patterns', () => {
  const strokes = (status?: Status) => lineStrokes([0, 0, 0], 3, status);
  const pattern = (status?: Status) => JSON.stringify(strokes(status).map(({ width, dash, color }) => ({ width, dash, white: color === null })));

  it('draws what operates as one solid line, cased in white', () => {
    expect(strokes('operating').map((stroke) => stroke.dash)).toEqual([null, null]);
    expect(strokes('operating')[0].color).toBeNull();
  });

  it('gives every status group a pattern of its own that survives greyscale print (shape, not colour)', () => {
    const patterns = STATUS_SYMBOL_GROUPS.map((group) => pattern(group.statuses[0]));
    expect(new Set(patterns).size).toBe(STATUS_SYMBOL_GROUPS.length);
    // Construction is dashed, a plan is a hollow (cased) solid line, a proposal is dotted.
    expect(strokes('under construction')[1].dash).not.toBeNull();
    expect(strokes('planned').map((stroke) => stroke.dash)).toEqual([null, null, null]);
    expect(strokes('planned')[2].color).toBeNull();
    const [constructionDash] = [strokes('under construction')[1].dash!];
    const proposalDash = strokes('proposed')[1].dash!;
    expect(constructionDash[0] / constructionDash[1]).toBeGreaterThan(1.5 * (proposalDash[0] / proposalDash[1]));
    expect(pattern('proposed')).toBe(pattern('under discussion'));
  });

  it('covers every status in exactly one legend group', () => {
    const grouped = STATUS_SYMBOL_GROUPS.flatMap((group) => group.statuses).sort();
    expect(grouped).toEqual([...STATUSES].sort());
  });

  it('draws things with no project status plainly', () => {
    expect(pattern(undefined)).toBe(pattern('operating'));
  });
});

describe('point marks', () => {
  it('tells ports, substations, landings, plants and places apart by shape', () => {
    const shapes = ['port', 'substation', 'landing', 'plant', 'place'].map(pointShape);
    expect(new Set(shapes).size).toBe(5);
    for (const shape of shapes) expect(SHAPE_OUTLINES[shape].length).toBeGreaterThanOrEqual(3);
  });
});

describe('accuracy marks', () => {
  const without = <T extends { band: unknown }>({ band: _band, ...rest }: T) => rest;

  it('bands a schematic line widely and an approximate one narrowly and more faintly; a surveyed line has none', () => {
    const schematic = lineSymbol([0, 0, 0], 3, 'operating', 'schematic').band!;
    const approximate = lineSymbol([0, 0, 0], 3, 'operating', 'approximate').band!;
    const casing = lineSymbol([0, 0, 0], 3, 'operating').casing;
    expect(lineSymbol([0, 0, 0], 3, 'operating', 'surveyed').band).toBeNull();
    expect(lineSymbol([0, 0, 0], 3, 'operating').band).toBeNull();
    expect(approximate.width).toBeGreaterThan(casing.width);
    expect(schematic.width).toBeGreaterThan(approximate.width + 2);
    expect(schematic.alpha!).toBeGreaterThan(approximate.alpha!);
    // In the line's own colour, translucent, never dashed: no status pattern is borrowed.
    expect(schematic).toMatchObject({ color: [0, 0, 0], dash: null });
    expect(schematic.alpha!).toBeLessThan(0.5);
  });

  it('leaves every status pattern as it is, so status and accuracy read independently', () => {
    for (const { statuses } of STATUS_SYMBOL_GROUPS) {
      const plain = lineSymbol([10, 20, 30], 3, statuses[0]);
      for (const accuracy of ['approximate', 'schematic'] as const) {
        expect(without(lineSymbol([10, 20, 30], 3, statuses[0], accuracy))).toEqual(without(plain));
      }
    }
    // The band is drawn first, under the casing: widest first.
    const strokes = lineStrokes([10, 20, 30], 3, 'planned', 'schematic');
    expect(strokes[0].alpha).toBeDefined();
    expect(strokes.slice(1)).toEqual(lineStrokes([10, 20, 30], 3, 'planned'));
  });

  it('rings a schematic position and dashes a schematic outline, and nothing else', () => {
    expect(pointRing('schematic')).not.toBeNull();
    expect(pointRing('schematic')!.radius).toBeGreaterThan(1.2);
    expect(pointRing('approximate')).toBeNull();
    expect(pointRing('surveyed')).toBeNull();
    expect(areaOutlineDash('schematic')).not.toBeNull();
    expect(areaOutlineDash('approximate')).toBeNull();
  });
});
