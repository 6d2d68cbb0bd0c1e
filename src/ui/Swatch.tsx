import { AREA_FILL_ALPHA, type Swatch as SwatchSymbol } from '../model/scene/scene.ts';
import { SHAPE_OUTLINES, LINE_WHITE, ringDash } from '../model/scene/symbology.ts';
import { toCss } from '../style/palette.ts';
import { RING_SHARE } from '../map/swatchCanvas.ts';
import './Swatch.css';

const WIDTH = 30;
const HEIGHT = 16;

/** A legend symbol in SVG: the same strokes and outlines as the map and the exported picture. */
export function Swatch({ swatch, scale = 1 }: { swatch: SwatchSymbol; scale?: number }) {
  const middle = HEIGHT / 2;
  return (
    <svg className="swatch" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      {swatch.kind === 'area' ? (
        <rect
          x={4}
          y={2}
          width={WIDTH - 8}
          height={HEIGHT - 4}
          fill={toCss(swatch.color, AREA_FILL_ALPHA / 255)}
          stroke={toCss(swatch.color)}
          strokeWidth={1.5}
          strokeDasharray={swatch.dash ? swatch.dash.map((part) => part * 1.5).join(' ') : undefined}
        />
      ) : swatch.kind === 'point' ? (
        <PointMark swatch={swatch} radius={Math.min(swatch.radius * scale, swatch.ring || swatch.halo ? 4 : 6.5)} middle={middle} />
      ) : (
        swatch.strokes.map((stroke, index) => {
          // Thick projector strokes, bands and halos are drawn at most this wide in a legend row.
          const width = Math.min(stroke.width * scale, stroke.alpha === undefined ? 9 : HEIGHT);
          // Round caps reach half a width past the ends: a wide band stays inside the box.
          const inset = Math.max(4, Math.min(width / 2, 7.5));
          return (
            <line
              key={index}
              x1={inset}
              y1={middle}
              x2={WIDTH - inset}
              y2={middle}
              stroke={stroke.color ? toCss(stroke.color, stroke.alpha ?? 1) : toCss(LINE_WHITE, 0.85)}
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

/** A point's mark, with the dashed ring of a schematic position or a selected point's halo. */
function PointMark({ swatch, radius, middle }: { swatch: Extract<SwatchSymbol, { kind: 'point' }>; radius: number; middle: number }) {
  const cx = WIDTH / 2;
  const ringRadius = swatch.ring ? swatch.ring.radius * radius : 0;
  return (
    <>
      {swatch.halo && <circle cx={cx} cy={middle} r={Math.min(radius * 2, HEIGHT / 2)} fill={toCss(swatch.halo, 0.9)} />}
      {swatch.ring && (
        <circle
          cx={cx}
          cy={middle}
          r={ringRadius}
          fill="none"
          stroke={toCss(swatch.color)}
          strokeWidth={swatch.ring.width * radius}
          strokeDasharray={ringDash(swatch.ring, ringRadius).join(' ')}
        />
      )}
      <polygon
        points={SHAPE_OUTLINES[swatch.shape].map(([x, y]) => `${cx + x * radius},${middle + y * radius}`).join(' ')}
        fill={toCss(swatch.color)}
        stroke="#fff"
        strokeWidth={radius * RING_SHARE}
        strokeLinejoin="round"
      />
    </>
  );
}
