import { LAYER_SYMBOLS, dashForStatus, type Status } from '../style/symbology';
import { toCss } from '../style/palette';
import type { LayerId } from '../model/layers';

/** A small picture of how a layer is drawn: the same colour and dashes as on the map. */
export function LayerSwatch({ layer, status = 'operating', point = false }: { layer: LayerId; status?: Status; point?: boolean }) {
  const { color, width } = LAYER_SYMBOLS[layer];
  const dash = dashForStatus(status);
  return (
    <svg className="swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      {point ? (
        <circle cx="14" cy="7" r="5" fill={toCss(color)} stroke="#fff" strokeWidth="1.5" />
      ) : (
        <line
          x1="2"
          y1="7"
          x2="26"
          y2="7"
          stroke={toCss(color)}
          strokeWidth={Math.min(width, 4)}
          strokeLinecap="round"
          strokeDasharray={dash ? dash.map((d) => d * Math.min(width, 4)).join(' ') : undefined}
        />
      )}
    </svg>
  );
}
