import type { GeometryAccuracy, Status } from '../model/scene/symbology.ts';
import { PALETTES } from '../style/palette.ts';
import { subjectSwatch } from '../model/scene/scene.ts';
import type { LayerId } from '../model/features/layers.ts';
import { useAtlas } from '../state/store.ts';
import { Swatch } from './Swatch.tsx';

/** A list's swatch keeps its line within the box, however thick the layer draws on the map. */
const LIST_MAX_LINE_WIDTH = 4;

/**
 * How a feature of a layer is drawn on the map, in the palette the map uses: its line with its
 * status's pattern and its accuracy's band, or its point's mark (ringed where schematic).
 */
export function LayerSwatch({
  layer,
  status,
  point = false,
  kind = 'place',
  accuracy,
}: {
  layer: LayerId;
  status?: Status;
  point?: boolean;
  kind?: string;
  accuracy?: GeometryAccuracy;
}) {
  const palette = useAtlas((state) => PALETTES[state.palette]);
  return <Swatch swatch={subjectSwatch({ layer, shape: point ? 'point' : 'line', status, kind, accuracy }, palette, LIST_MAX_LINE_WIDTH)} />;
}
