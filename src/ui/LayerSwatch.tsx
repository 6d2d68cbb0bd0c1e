import { LAYER_SYMBOLS, lineStrokes, pointShape, type Status } from '../style/symbology';
import { LIGHT } from '../style/palette';
import { markColor } from '../model/scene';
import type { LayerId } from '../model/layers';
import { Swatch } from './Swatch';

/** How a feature of a layer is drawn on the map: its line with its status's pattern, or its point's mark. */
export function LayerSwatch({ layer, status, point = false, kind = 'place' }: { layer: LayerId; status?: Status; point?: boolean; kind?: string }) {
  const { color, width, pointRadius } = LAYER_SYMBOLS[layer];
  return (
    <Swatch
      swatch={
        point
          ? { kind: 'point', shape: pointShape(kind), color: markColor(layer, kind, LIGHT), radius: pointRadius }
          : { kind: 'line', strokes: lineStrokes(color, Math.min(width, 4), status) }
      }
    />
  );
}
