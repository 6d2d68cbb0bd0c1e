import { describe, expect, it } from 'vitest';
import { LAYER_SYMBOLS, dashForStatus } from './symbology';
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

describe('status dashes', () => {
  it('draws what operates as a solid line and what is intended as a dashed one', () => {
    expect(dashForStatus('operating')).toBeNull();
    expect(dashForStatus('under construction')).not.toBeNull();
    expect(dashForStatus('planned')).not.toBeNull();
    expect(dashForStatus('proposed')).not.toBeNull();
  });

  it('makes construction look more solid than a plan, and a plan more solid than a proposal', () => {
    const solidity = (dash: [number, number] | null) => (dash ? dash[0] / (dash[0] + dash[1]) : 1);
    expect(solidity(dashForStatus('under construction'))).toBeGreaterThan(solidity(dashForStatus('planned')));
    expect(solidity(dashForStatus('planned'))).toBeGreaterThan(solidity(dashForStatus('proposed')));
  });
});
