import { AREA_FILL_ALPHA, type Swatch as SwatchSymbol } from '../model/scene';
import { SHAPE_OUTLINES, LINE_WHITE } from '../style/symbology';
import { toCss } from '../style/palette';
import { RING_SHARE } from '../map/swatchCanvas';

const WIDTH = 30;
const HEIGHT = 16;

/** A legend symbol in SVG: the same strokes and outlines as the map and the exported picture. */
export function Swatch({ swatch, scale = 1 }: { swatch: SwatchSymbol; scale?: number }) {
  const middle = HEIGHT / 2;
  return (
    <svg className="swatch" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      {swatch.kind === 'area' ? (
        <rect x={4} y={2} width={WIDTH - 8} height={HEIGHT - 4} fill={toCss(swatch.color, AREA_FILL_ALPHA / 255)} stroke={toCss(swatch.color)} />
      ) : swatch.kind === 'point' ? (
        <polygon
          points={SHAPE_OUTLINES[swatch.shape]
            .map(([x, y]) => `${WIDTH / 2 + x * Math.min(swatch.radius * scale, 6.5)},${middle + y * Math.min(swatch.radius * scale, 6.5)}`)
            .join(' ')}
          fill={toCss(swatch.color)}
          stroke="#fff"
          strokeWidth={Math.min(swatch.radius * scale, 6.5) * RING_SHARE}
          strokeLinejoin="round"
        />
      ) : (
        swatch.strokes.map((stroke, index) => {
          // Thick projector strokes are drawn at most this wide in a legend row.
          const width = Math.min(stroke.width * scale, 9);
          return (
            <line
              key={index}
              x1={4}
              y1={middle}
              x2={WIDTH - 4}
              y2={middle}
              stroke={stroke.color ? toCss(stroke.color) : toCss(LINE_WHITE, 0.85)}
              strokeWidth={width}
              strokeLinecap={stroke.dash ? 'butt' : 'round'}
              strokeDasharray={stroke.dash ? stroke.dash.map((part) => part * width).join(' ') : undefined}
            />
          );
        })
      )}
    </svg>
  );
}
