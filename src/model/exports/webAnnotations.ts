/**
 * The atlas's citations as W3C Web Annotations (JSON-LD): one annotation per link between a
 * feature and a passage. The target is the document with a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (in code points, as the model requires); the body is the feature.
 */
import type { AtlasFeature, CitationRole } from '../features/feature.ts';
import { ALTERNATE_NAME_USAGE_LABELS } from '../features/featureVocabulary.ts';
import type { CitationIndex, PassageRef } from '../documents/citationIndex.ts';
import { SOURCES } from '../documents/sources.ts';
import { documentLink, featureLink, passageLink } from '../documents/passageCitation.ts';

/** Characters of context either side of the quote, enough to tell repeated words apart. */
const CONTEXT = 32;

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  /** "describing": the passage describes the feature; "linking": it is context for it. */
  motivation: 'describing' | 'linking';
  body: {
    id: string;
    type: 'Dataset';
    format: 'application/geo+json';
    label: string;
    /** The feature's other names, each with whose usage it is (SKOS altLabel, as JSON-LD readers know it). */
    altLabel?: { '@value': string; note: string }[];
  };
  target: {
    type: 'SpecificResource';
    source: { id: string; type: 'Text'; label: string };
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** Code points before a UTF-16 offset: the unit the Web Annotation model counts text in. */
function codePointOffset(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate and its low partner are one code point.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) count++;
  }
  return count;
}

export function annotation(feature: AtlasFeature, passage: PassageRef & { role: CitationRole }, text: string, appUrl: string): WebAnnotation {
  const alternateNames = feature.properties.alternate_names ?? [];
  return {
    id: passageLink(appUrl, passage, feature.id),
    type: 'Annotation',
    motivation: passage.role === 'describes' ? 'describing' : 'linking',
    body: {
      id: featureLink(appUrl, feature.id),
      type: 'Dataset',
      format: 'application/geo+json',
      label: feature.properties.name,
      ...(alternateNames.length > 0 && { altLabel: alternateNames.map(({ name, usage }) => ({ '@value': name, note: ALTERNATE_NAME_USAGE_LABELS[usage] })) }),
    },
    target: {
      type: 'SpecificResource',
      source: { id: documentLink(appUrl, passage.source), type: 'Text', label: SOURCES[passage.source].title },
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(passage.start, passage.end),
          prefix: text.slice(Math.max(0, passage.start - CONTEXT), passage.start),
          suffix: text.slice(passage.end, passage.end + CONTEXT),
        },
        { type: 'TextPositionSelector', start: codePointOffset(text, passage.start), end: codePointOffset(text, passage.end) },
      ],
    },
  };
}

/** Every feature–passage link of these features, as one annotation collection. */
export function citationsAsWebAnnotations(
  features: readonly AtlasFeature[],
  index: Pick<CitationIndex, 'citationsByFeature'>,
  texts: Readonly<Record<PassageRef['source'], string>>,
  appUrl: string,
): string {
  const items = features.flatMap((feature) =>
    (index.citationsByFeature.get(feature.id) ?? []).map((passage) => annotation(feature, passage, texts[passage.source], appUrl)),
  );
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${appUrl}#annotations`,
    type: 'AnnotationCollection',
    label: 'Corridor Atlas: passages of the source documents that describe each feature (motivation "describing") or are context for it ("linking")',
    total: items.length,
    first: { id: `${appUrl}#annotations-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
