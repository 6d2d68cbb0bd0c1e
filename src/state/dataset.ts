/** The dataset as the app sees it: every layer file under data/features/, bundled at build time. */
import { loadDataset, parseAtlasLayer } from '../model/dataset';

const rawFiles = import.meta.glob('../../data/features/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const dataset = loadDataset(rawFiles, parseAtlasLayer);
