/** The parts of the `edtf` library the atlas uses (it ships no types). */
declare module 'edtf' {
  interface Edtf {
    /** The class's name: not to be relied on in a minified build. */
    type: string;
    /** An interval's ends (absent for a single date). */
    lower?: unknown;
    upper?: unknown;
    /** The first and last millisecond the date stands for (±Infinity for an open interval). */
    min: number;
    max: number;
    /** Bitmasks of the date's parts marked approximate (`~`) or uncertain (`?`); 0 for none. */
    approximate?: { value: number };
    uncertain?: { value: number };
  }
  export default function edtf(text: string): Edtf;
}
