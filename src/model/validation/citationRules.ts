/**
 * Rules a careful reader holds every citation to, beyond "the quote is in the document":
 * a quote keeps the qualifier of its own sentence, and a passage is never cited for a feature it
 * is known not to describe (data/never-linked.json, each pair with its reason).
 */
import { anchorQuote, type SourceTexts } from '../documents/anchor.ts';
import type { WrittenFeature, Citation } from '../features/feature.ts';
import type { SourceId } from '../documents/sources.ts';

/**
 * Words that open a qualifier: a clause that limits or contradicts what came before it. A quote
 * that stops right before one ("…within roughly a year" | ", although full synchronization…")
 * claims more than its sentence does.
 */
const QUALIFIER = /^[\s,;–—-]*(although|though|but|however|unless|except|provided|only if|if|yet|subject to|whereas|while)\b/i;

/** The words of a quote's sentence after the quote, when they open a qualifier; null otherwise. */
export function qualifierLeftOut(text: string, end: number): string | null {
  // A quote that ends its sentence leaves nothing of it out; the next sentence is another claim.
  if (/[.!?][”"’]?$/.test(text.slice(Math.max(0, end - 2), end))) return null;
  const rest = text.slice(end, end + 200);
  const sentenceEnd = rest.search(/[.!?](\s|$)/);
  const tail = sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd + 1);
  return QUALIFIER.test(tail) ? tail.trim() : null;
}

/** A passage that must never be cited for a feature, and why. */
export interface NeverLinked {
  source: SourceId;
  /** Words of the passage, verbatim: any citation overlapping them is the forbidden link. */
  passage: string;
  feature: string;
  reason: string;
}

export interface NeverLinkedFinding {
  featureId: string;
  message: string;
}

/** Every citation (of any role, figures included) that links a feature to a passage it must not cite. */
export function neverLinkedFindings(features: readonly WrittenFeature[], texts: SourceTexts, rules: readonly NeverLinked[]): NeverLinkedFinding[] {
  const findings: NeverLinkedFinding[] = [];
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  for (const rule of rules) {
    const forbidden = anchorQuote(texts[rule.source], { exact: rule.passage });
    const feature = byId.get(rule.feature);
    if (!forbidden.ok) {
      findings.push({ featureId: rule.feature, message: `never-linked rule: "${rule.passage.slice(0, 60)}" is not found once in ${rule.source}` });
      continue;
    }
    if (!feature) {
      findings.push({ featureId: rule.feature, message: 'never-linked rule names a feature that does not exist' });
      continue;
    }
    const citations: Citation[] = [...feature.properties.citations, ...feature.properties.figures.map((figure) => figure.citation)];
    for (const citation of citations) {
      if (citation.source !== rule.source) continue;
      const cited = anchorQuote(texts[citation.source], citation);
      if (cited.ok && cited.start < forbidden.end && cited.end > forbidden.start) {
        findings.push({ featureId: feature.id, message: `cites "${rule.passage.slice(0, 60)}…", which must never be linked to it: ${rule.reason}` });
      }
    }
  }
  return findings;
}
