/**
 * How search reads words: folded (case, diacritics, dashes), cut into terms, and each term put in
 * one canonical form, so spellings of one name (Nakhichevan, Nakhchivan, Naxçıvan), a unit and its
 * symbol (kilovolt, kV) and an abbreviation and what it stands for (BTK, Baku–Tbilisi–Kars) meet.
 * A place's names in other languages and scripts (Нахчыван, Նախիջևան) meet its English one
 * through the gazetteer's forms, never through a transliteration made up at run time.
 */
import { GAZETTEER } from '../names/gazetteerData.ts';
import type { Gazetteer } from '../names/gazetteer.ts';

/** Letters that NFD does not decompose into a base letter and a mark, and marks that read as nothing. */
const FOLD: Record<string, string> = {
  ı: 'i', ə: 'e', Ə: 'e', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', '’': "'", '‘': "'",
  // Every dash is a hyphen: "Baku-Tbilisi-Kars" typed with a hyphen finds "Baku–Tbilisi–Kars".
  '–': '-', '—': '-', '‐': '-', '‑': '-', '‒': '-', '−': '-',
  // The bulletin's mark-up (a backslash before "$", "**") reads as nothing: fold it to space so "$8.8" is found.
  '\\': ' ', '*': ' ',
};

/** Lower case, no diacritics, one dash, one character out for each character in (so offsets carry over). */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text) {
    const mapped = FOLD[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Keep one UTF-16 unit per unit in: offsets in the folded text are offsets in the original.
    folded += mapped.length === char.length ? mapped : char.length === 1 ? (mapped[0] ?? ' ') : char;
  }
  return folded;
}

export function normaliseQuery(query: string): string {
  return foldForSearch(query.trim().replace(/\s+/g, ' '));
}

/**
 * Spellings of one thing, each mapped to one form. Place names come in Azerbaijani, Russian-era and
 * Armenian spellings; search treats them as the same place without the atlas choosing a name.
 */
const SAME_TERM = new Map<string, string>(Object.entries({
  // Transliterations (after folding: "Naxçıvan" is already "naxcivan").
  nakhichevan: 'nakhchivan', naxcivan: 'nakhchivan', nakhijevan: 'nakhchivan', nakhchevan: 'nakhchivan',
  stepanakert: 'khankendi', xankendi: 'khankendi', hankendi: 'khankendi',
  agbend: 'aghband', agband: 'aghband', aghbend: 'aghband',
  salakatin: 'selaketin', salaketin: 'selaketin',
  xocali: 'khojaly', khojali: 'khojaly', xojaly: 'khojaly',
  culfa: 'julfa', jolfa: 'julfa', dzhulfa: 'julfa',
  cebrayil: 'jabrayil', jabrail: 'jabrayil', jebrail: 'jabrayil',
  gence: 'ganja', ganca: 'ganja',
  baki: 'baku', tiflis: 'tbilisi', turkey: 'turkiye',
  megri: 'meghri', siunik: 'syunik', zangazur: 'zangezur', zengezur: 'zangezur',
  aqtau: 'aktau', quryq: 'kuryk', turkmenbasy: 'turkmenbashi', kazakstan: 'kazakhstan',
  // Units and their symbols, singular and plural, both spellings of the metre.
  kilovolt: 'kv', kilovolts: 'kv',
  megawatt: 'mw', megawatts: 'mw', gigawatt: 'gw', gigawatts: 'gw',
  kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
}));

/**
 * The one-word forms of every gazetteer name, each mapped to its English name's term ("нахчыван",
 * "նախիջևան", "naxcivan" → "nakhchivan"). Only spellings of the same name meet: another name
 * (one side's usage, a historic name: Artsakh, Zangezur) stays a word of its own, found where it is
 * written and through the features it names. A word two names share (Днепр: the river and the
 * city) is left alone rather than guessed.
 */
export function gazetteerSpellings(gazetteer: Gazetteer): Map<string, string> {
  const spellings = new Map<string, string>();
  const ambiguous = new Set<string>();
  const oneWord = (text: string) => {
    const words = [...foldForSearch(text).matchAll(TERM)].map((match) => match[0]);
    return words.length === 1 ? words[0] : null;
  };
  for (const entry of gazetteer.file.entries) {
    const english = entry.rows.find((row) => row.lang === 'en' && row.form !== 'alternate' && row.form !== 'historic');
    const target = english && oneWord(english.name);
    if (!target) continue;
    const canonical = SAME_TERM.get(target) ?? target;
    for (const row of entry.rows) {
      if (row.form === 'usage' || row.form === 'historic') continue;
      const word = oneWord(row.name);
      if (!word || word === canonical || SAME_TERM.has(word)) continue;
      if (spellings.has(word) && spellings.get(word) !== canonical) ambiguous.add(word);
      spellings.set(word, canonical);
    }
  }
  for (const word of ambiguous) spellings.delete(word);
  return spellings;
}

// Made on the first search, with the indexes.
let spellings: Map<string, string> | undefined;

/** Abbreviations the documents and readers use, each with the words it stands for (canonical terms). */
export const ABBREVIATIONS: Record<string, readonly (readonly string[])[]> = {
  btk: [['baku', 'tbilisi', 'kars']],
  scp: [['south', 'caucasus', 'pipeline']],
  tanap: [['trans', 'anatolian']],
  tap: [['trans', 'adriatic']],
  titr: [['trans', 'caspian', 'international', 'transport', 'route'], ['middle', 'corridor']],
  sgc: [['southern', 'gas', 'corridor']],
  acg: [['azeri', 'chirag', 'gunashli']],
};

/** Words too common to tell passages apart; a query of "the key role" searches "key role". */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'by', 'at', 'as', 'is', 'its', 'it', 'be', 'with', 'from', 'that']);

/** A number keeps its separators ("1,155", "8.8"); a word is letters and digits. */
const TERM = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{N}]*/gu;

export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/** The canonical form of one folded word, or null for a word search ignores. */
export function canonicalTerm(word: string): string | null {
  if (STOP_WORDS.has(word) || (word.length === 1 && !/\p{N}/u.test(word))) return null;
  return SAME_TERM.get(word) ?? (spellings ??= gazetteerSpellings(GAZETTEER)).get(word) ?? word;
}

/** The terms of a text in order, with their offsets, abbreviations included where their words stand. */
export function termSpans(text: string, from = 0, to = text.length): TermSpan[] {
  const folded = foldForSearch(text.slice(from, to));
  const spans: TermSpan[] = [];
  for (const match of folded.matchAll(TERM)) {
    const term = canonicalTerm(match[0]);
    if (term) spans.push({ term, start: from + match.index, end: from + match.index + match[0].length });
  }
  const abbreviations: TermSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (const [abbreviation, phrases] of Object.entries(ABBREVIATIONS)) {
      for (const phrase of phrases) {
        if (phrase.every((word, k) => spans[i + k]?.term === word)) {
          abbreviations.push({ term: abbreviation, start: spans[i].start, end: spans[i + phrase.length - 1].end });
        }
      }
    }
  }
  return [...spans, ...abbreviations];
}

/** Words for the search index: a text's canonical terms, abbreviations included, space-separated. */
export function indexedTerms(text: string): string {
  return termSpans(text)
    .map((span) => span.term)
    .join(' ');
}

/** The search library's view of a text: canonical terms, already processed. */
export function tokenizeForSearch(text: string): string[] {
  return [...foldForSearch(text).matchAll(TERM)].map((match) => match[0]);
}
