import type { Status } from '../style/symbology';
import { PALETTES } from '../style/palette';
import { subjectSwatch } from '../model/scene';
import type { LayerId } from '../model/layers';
import { useAtlas } from '../state/store';
import { Swatch } from './Swatch';

/** A list's swatch keeps its line within the box, however thick the layer draws on the map. */
const LIST_MAX_LINE_WIDTH = 4;

/** How a feature of a layer is drawn on the map, in the palette the map uses: its line with its status's pattern, or its point's mark. */
export function LayerSwatch({ layer, status, point = false, kind = 'place' }: { layer: LayerId; status?: Status; point?: boolean; kind?: string }) {
  const palette = useAtlas((state) => PALETTES[state.palette]);
  return <Swatch swatch={subjectSwatch({ layer, shape: point ? 'point' : 'line', status, kind }, palette, LIST_MAX_LINE_WIDTH)} />;
}
