/**
 * Ids the atlas renamed, and what they are now. Ids and file names once carried one side's term
 * ("zangezur"); links, saved views and views files written with them still open what they meant.
 * The old ids live here only: nothing shows them.
 */
export const RENAMED_LAYER_IDS: Readonly<Record<string, string>> = {
  'zangezur-330kv': 'nakhchivan-330kv',
};

export const RENAMED_FEATURE_IDS: Readonly<Record<string, string>> = {
  'z330-jabrayil-aghband': 'l330-jabrayil-aghband',
  'z330-zangezur-segment': 'l330-syunik-segment',
  'z330-nakhchivan-ordubad': 'l330-nakhchivan-ordubad',
  'z330-nakhchivan-substation': 'l330-nakhchivan-substation',
};

/** The id a link's layer id stands for today (itself, unless it was renamed). */
export function currentLayerId(id: string): string {
  return Object.hasOwn(RENAMED_LAYER_IDS, id) ? RENAMED_LAYER_IDS[id] : id;
}

/** The id a link's feature id stands for today (itself, unless it was renamed). */
export function currentFeatureId(id: string): string {
  return Object.hasOwn(RENAMED_FEATURE_IDS, id) ? RENAMED_FEATURE_IDS[id] : id;
}
