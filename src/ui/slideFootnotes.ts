/**
 * The footnotes of a vector slide: for each feature in the picture that the documents describe,
 * the passages that describe it, quoted byte for byte from the document's text, with the document,
 * its section and a link that opens the atlas at the passage.
 */
import { citationIndex, documents, featureById, texts } from '../state/atlasData.ts';
import { featureLink, passageLink } from '../model/documents/passageCitation.ts';
import { sectionAt } from '../model/documents/documentText.ts';
import { SOURCES } from '../model/documents/sources.ts';
import type { Footnote } from '../model/exports/slide.ts';
import type { DrawableFeature } from '../model/scene/drawable.ts';
import { appUrl } from './appUrl.ts';
import type { AtlasMap } from '../map/atlasMap.ts';
import type { SlideOptions, SlideResult } from '../map/exportSlide.ts';
import type { Scene } from '../model/scene/scene.ts';

export function slideFootnotes(
  featureIds: readonly string[],
  featureName?: (feature: DrawableFeature) => string,
  url: string = appUrl(),
): Omit<Footnote, 'number'>[] {
  return featureIds.flatMap((id) => {
    const feature = featureById.get(id);
    const described = (citationIndex.citationsByFeature.get(id) ?? []).filter((citation) => citation.role === 'describes');
    if (!feature || described.length === 0) return [];
    return [
      {
        featureId: id,
        name: featureName?.(feature) ?? feature.properties.name,
        link: featureLink(url, id),
        passages: described.map((citation) => ({
          quote: texts[citation.source].slice(citation.start, citation.end),
          documentTitle: SOURCES[citation.source].title,
          section: sectionAt(documents[citation.source], citation.start)?.title ?? null,
          link: passageLink(url, citation, id),
        })),
      },
    ];
  });
}

/** The view as an SVG or PDF, with the footnotes of the scene's features: the dialog and `npm run export --format` call this. */
export function exportSlideOf(atlas: AtlasMap, options: SlideOptions, scene: Scene): Promise<SlideResult> {
  return atlas.exportSlide(options, (ids) => slideFootnotes(ids, scene.featureName, options.linkBase), scene);
}
