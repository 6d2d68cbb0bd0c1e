/**
 * The basemap's credit: the live map's credit line (map/basemapStyle.ts, with a link) and the foot of
 * a picture or slide (exports/exportLayout.ts, as plain text) say it in the same words.
 */
import { defineMessages, type Translate } from '../words/message.ts';

const CREDIT = defineMessages({
  basemap: {
    id: 'map.basemapCredit',
    defaultMessage: 'Basemap: {naturalEarth} (public domain)',
    description: 'The map’s credit line, on the map and at the foot of a picture; {naturalEarth} is the name Natural Earth (a link on the map)',
  },
});

/** The basemap's credit in the language shown, naming Natural Earth as `naturalEarth` (a link on the map, plain text in a picture). */
export const basemapCredit = (translate: Translate, naturalEarth: string): string => translate(CREDIT.basemap, { naturalEarth });
