/**
 * Contested terms and their attribution: in the atlas's own voice a term one side uses (the
 * "Zangezur corridor", "liberated" territories, a single form of a renamed town) must be put in the
 * mouth of the document or side that uses it, sentence by sentence. Pure: callers pass the strings to check.
 */

import type { AlternateName, AlternateNameUsage } from '../features/featureVocabulary.ts';

export interface ContestedTerm {
  /** How the term is found (case as written). */
  pattern: RegExp;
  /** Why it needs attribution, for the failure message. */
  why: string;
  /** A term that is fine when its counterpart form is given alongside (dual names). */
  unlessAlongside?: RegExp;
}

/** The town has two names in use; the atlas gives both, side by side. */
const DUAL_NAME = 'one of the town’s two names (Stepanakert in Armenian usage, Khankendi in Azerbaijani usage): give both forms';

export const CONTESTED_TERMS: readonly ContestedTerm[] = [
  { pattern: /\bZangezur\b/i, why: 'the Azerbaijani name for the route through Syunik (Armenia): say "which the bulletin calls the Zangezur corridor"' },
  { pattern: /\bliberat(?:ed|ion)\b/i, why: "one side's description of the 2020–2023 changes of control" },
  { pattern: /\boccup(?:ied|ation|ier)\b/i, why: "one side's description of control of territory" },
  { pattern: /\bgenocide\b/i, why: "the bulletin's characterisation of the Khojaly events" },
  { pattern: /\bmassacre\b/i, why: 'a characterisation of the Khojaly events' },
  { pattern: /(?<![-\w])western Azerbaijan\b/i, why: 'reads as the Azerbaijani term for territory of Armenia: name the districts, or say "north-western Azerbaijan"' },
  { pattern: /\bArtsakh\b/i, why: 'the Armenian name for Nagorno-Karabakh' },
  { pattern: /\bending (?:its|the exclave's|Nakhchivan's) isolation\b/i, why: 'in neither document: use their words ("energy island", "unimpeded connectivity")' },
  { pattern: /\b(?:rail(?:way)? )?chain (?:that )?(?:it|TRIPP) would close\b/i, why: 'the atlas\'s inference: the TRIPP framework leaves routes "to be detailed"; say what each document says and whose plan each link is' },
  { pattern: /\bjoin(?:ing|s)? the two parts of Azerbaijan\b/i, why: 'one side\'s purpose: the Charter speaks of reciprocal benefits for the countries involved' },
  { pattern: /\bStepanakert\b/, why: DUAL_NAME, unlessAlongside: /\bKhankendi\b/ },
  { pattern: /\bKhankendi\b/, why: DUAL_NAME, unlessAlongside: /\bStepanakert\b/ },
  { pattern: /\b(?:terrorist|aggressor|separatist|puppet regime)s?\b/i, why: "one side's characterisation" },
];

/** A sentence that puts its words in a document's or a side's mouth. */
const ATTRIBUTION = [
  /\b(?:bulletin|charter|documents?|AzerEnerji)(?:'s|’s)?\b[^.]*?\b(?:calls?|called|describes?|described|says?|said|terms?|names?|named|spells?|speaks? of|refers? to|words|presents?|places?|reports?|puts? it)\b/i,
  /\b(?:as|which|what|that) the (?:bulletin|charter|documents?)\b/i,
  /\b(?:according to|in the words of) the (?:bulletin|charter)\b/i,
  /\bthe (?:bulletin|charter)(?:'s|’s)\s+[“"‘']/i,
  /\b(?:Armenian|Azerbaijani) (?:name|names|sources|usage|term)\b/i,
  /\buses? (?:its|their) terms\b/i,
];

/** Sentences of a string (a line break ends one too). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim().length > 0);
}

/**
 * Usages that say whose name an alternate name is. A contested term among a feature's other names
 * is searchable, and always shown with one of these, never as a plain spelling.
 */
export const ATTRIBUTING_USAGES: ReadonlySet<AlternateNameUsage> = new Set(['bulletin', 'charter', 'azerbaijani-official', 'armenian', 'historic']);

/** Alternate names that are contested terms but carry no usage saying whose term they are. */
export function unattributedAlternateNames(names: readonly AlternateName[]): AlternateName[] {
  return names.filter(({ name, usage }) => !ATTRIBUTING_USAGES.has(usage) && CONTESTED_TERMS.some((term) => term.pattern.test(name) && !term.unlessAlongside?.test(name)));
}

export interface UnattributedTerm {
  term: string;
  sentence: string;
  why: string;
}

/** The contested terms a string uses in its own voice, without attributing them. */
export function unattributedTerms(text: string): UnattributedTerm[] {
  const found: UnattributedTerm[] = [];
  for (const sentence of sentences(text)) {
    if (ATTRIBUTION.some((pattern) => pattern.test(sentence))) continue;
    for (const term of CONTESTED_TERMS) {
      const match = term.pattern.exec(sentence);
      if (!match) continue;
      // Dual names count only side by side: a form given in another sentence attributes nothing here.
      if (term.unlessAlongside?.test(sentence)) continue;
      found.push({ term: match[0], sentence: sentence.trim(), why: term.why });
    }
  }
  return found;
}
