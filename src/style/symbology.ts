/**
 * How each thematic layer is drawn. The map layers, the legend and the exported picture all
 * read these constants, so the legend cannot drift from what is on the map.
 */
import type { LayerId } from '../model/layers';
import type { Rgb } from './palette';
import type { Status } from '../model/feature';

export type { Status };

export interface LayerSymbol {
  color: Rgb;
  /** Line width in screen pixels at lineScale 1. */
  width: number;
  /** Radius of point markers in screen pixels. */
  pointRadius: number;
  /**
   * Sideways shift in line widths. Power lines share the Aras valley with the railways and
   * TRIPP; shifted, both stay visible where the data puts them on the same river line.
   */
  offset?: number;
}

export const LAYER_SYMBOLS: Record<LayerId, LayerSymbol> = {
  places: { color: [55, 71, 79], width: 1.5, pointRadius: 4 },
  'southern-gas-corridor': { color: [140, 88, 40], width: 3, pointRadius: 5 },
  'middle-corridor': { color: [31, 78, 156], width: 3, pointRadius: 5 },
  tripp: { color: [194, 24, 91], width: 4.5, pointRadius: 5 },
  'green-energy-corridor': { color: [56, 142, 60], width: 3, pointRadius: 5 },
  'black-sea-cable': { color: [0, 131, 143], width: 3.5, pointRadius: 5 },
  // 330 kV and 400 kV are told apart by hue, not lumped into one voltage band.
  'nakhchivan-turkiye-400kv': { color: [123, 31, 162], width: 3.5, pointRadius: 6, offset: 1.3 },
  'zangezur-330kv': { color: [230, 110, 0], width: 3.5, pointRadius: 6, offset: 1.3 },
  'energy-plants': { color: [214, 172, 24], width: 2, pointRadius: 7 },
};


/**
 * Dash pattern by status, in multiples of the line width: built things are solid,
 * things under construction are long-dashed, and intentions are short-dashed.
 * null means a solid line.
 */
export function dashForStatus(status: Status | undefined): [number, number] | null {
  switch (status) {
    case undefined:
    case 'operating':
      return null;
    case 'under construction':
      return [4, 2];
    case 'planned':
      return [2, 2];
    case 'proposed':
    case 'under discussion':
      return [1, 2];
  }
}

export const STATUS_LABELS: Record<Status, string> = {
  operating: 'Operating',
  'under construction': 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
  'under discussion': 'Under discussion',
};

/** The colour of the ring drawn around a selected feature. */
export const SELECTION_HALO: Rgb = [255, 214, 0];
