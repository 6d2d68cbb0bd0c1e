/**
 * JSON text placed into a larger document as it is. A views file carries the user's layers, whose
 * GeoJSON may run to tens of millions of characters: parsing it only to print it again (indented)
 * froze the page for seconds, so the text already checked on import is spliced in whole.
 */
export class VerbatimJson {
  constructor(readonly text: string) {}
}

/** JSON.stringify, writing each VerbatimJson value as its own text. */
export function stringifyWithVerbatim(value: unknown, indent?: number): string {
  const pieces: string[] = [];
  // A mark no other string of the document holds, for where each piece goes.
  const mark = `verbatim-json-${Math.random().toString(36).slice(2)}-`;
  const text = JSON.stringify(value, (_key, item: unknown) => (item instanceof VerbatimJson ? `${mark}${pieces.push(item.text) - 1}` : item), indent);
  return text.replace(new RegExp(`"${mark}(\\d+)"`, 'g'), (_whole, index: string) => pieces[Number(index)]);
}
