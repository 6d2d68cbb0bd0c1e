import { describe, expect, it } from 'vitest';
import { LAYER_SYMBOLS, SHAPE_OUTLINES, STATUS_SYMBOL_GROUPS, lineStrokes, pointShape } from './symbology';
import { STATUSES, type Status } from '../model/feature';
import { LAYER_IDS } from '../model/layers';
import { colorDistance } from './colour';

describe('layer symbols', () => {
  it('gives every layer a symbol', () => {
    for (const id of LAYER_IDS) expect(LAYER_SYMBOLS[id], id).toBeDefined();
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
