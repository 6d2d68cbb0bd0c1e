/** The words of the embed code and of the atlas shown inside another page (EmbedCard, ViewsDialog). */
import { defineMessages } from '../model/words/message.ts';

export const EMBED_WORDS = defineMessages({
  openInAtlas: {
    id: 'embed.openInAtlas',
    defaultMessage: 'Open in Corridor Atlas',
    description: 'Link from the atlas shown inside another page (and from the embed code) to the full atlas at the same view',
  },
  passages: {
    id: 'embed.passages',
    defaultMessage: '{count, plural, =0 {No passage names it.} one {# passage names it:} other {# passages name it:}}',
    description: 'Over the embedded map, above the passages of the feature clicked',
  },
  frameTitle: {
    id: 'embed.frameTitle',
    defaultMessage: 'Corridor Atlas map: {subject}',
    description: 'The embedded map’s title for screen readers; {subject} is the feature it shows, e.g. TRIPP route',
  },
  frameTitleRegion: {
    id: 'embed.frameTitle.region',
    defaultMessage: 'Corridor Atlas map of South Caucasus and Caspian connectivity projects',
    description: 'The embedded map’s title for screen readers when it shows no one feature',
  },
});
