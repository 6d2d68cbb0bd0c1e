/** Places the documents name that can honestly be put on a map as a point. */
import * as q from './quotes.ts';
import type { Position } from './geo.ts';
import { NE_PLACES, point, UNSOURCED, type Draft } from './draft.ts';
import { usage } from './alternateNames.ts';
import type { Citation, GeometrySource } from '../../src/model/features/feature.ts';

const place = (
  id: string,
  name: string,
  at: Position,
  countries: string[],
  summary: string,
  geometry_sources: GeometrySource[],
  citations: Citation[],
  extra: Pick<Draft['properties'], 'alternate_names' | 'name_note'> & { kind?: 'place' | 'region' } = {},
): Draft => ({
  id: `place-${id}`,
  geometry: point(at),
  properties: {
    name,
    ...(extra.alternate_names && { alternate_names: extra.alternate_names }),
    ...(extra.name_note && { name_note: extra.name_note }),
    kind: extra.kind ?? 'place',
    countries,
    summary,
    figures: [],
    geometry_accuracy: 'approximate',
    geometry_sources,
    citations,
  },
});

const wiki = (title: string, url: string): GeometrySource => ({ title: `Wikipedia article “${title}”`, url, note: 'Coordinates of the article’s infobox, read from the copy at this address.' });

const SETTLEMENTS_SUMMARY =
  'A settlement the bulletin lists among places where Azerbaijani civilians were attacked during the conflict, in its article on the Khojaly events of February 1992.';

export const places: Draft[] = [
  place('baku', 'Baku', [49.86, 40.397], ['Azerbaijan'], 'The capital of Azerbaijan. The bulletin reports that the Strategic Partnership Charter was signed there during the US vice president’s visit of 9–11 February 2026 (the Charter’s text is datelined Baku, 10 February, the day it was published), and says the Middle Corridor places Baku at the centre of Eurasian connectivity.', [NE_PLACES], [
    q.C_BAKU,
    q.B_CHENEY_BAKU,
    q.B_BAKU_VISIT,
    q.B_BRUSSELS_BAKU,
    q.B_MIDDLE_CORRIDOR_LINKS,
  ]),
  place('washington', 'Washington, D.C.', [-77.037, 38.907], ['United States'], 'Where the August 2025 peace summit and the memorandum on the charter working group took place, and where the November 2025 C5+1 summit was held.', [UNSOURCED], [
    q.C_WASHINGTON_MOU,
    q.C_WASHINGTON_DECLARATION,
    q.B_WASHINGTON_SUMMIT,
    q.B_C5_WASHINGTON,
  ]),
  place('nakhchivan-autonomous-republic', 'Nakhchivan Autonomous Republic', [45.35, 39.3], ['Azerbaijan'], "Azerbaijan's exclave, separated from the rest of Azerbaijan by Armenia's Syunik province. The Charter says TRIPP will provide “unimpeded connectivity” between the main part of Azerbaijan and Nakhchivan; the bulletin calls the 330 kV line a step toward ending Nakhchivan's status as an “energy island”. Label point only.", [
    { ...UNSOURCED, note: 'Label point near the centre of the exclave.' },
  ], [q.C_TRIPP, q.B_TRIPP_DEFINITION, q.B_ENERGY_ISLAND, q.B_NAKHCHIVAN_TRANSIT], {
    kind: 'region',
    alternate_names: [
      ...usage('azerbaijani-official', 'Naxçıvan Muxtar Respublikası', 'Naxçıvan'),
      ...usage('spelling', 'Nakhichevan Autonomous Republic', 'Nakhichevan'),
      ...usage('armenian', 'Nakhijevan'),
    ],
  }),
  place('nakhchivan', 'Nakhchivan (city)', [45.412, 39.209], ['Azerbaijan'], 'The capital of the Nakhchivan Autonomous Republic, where the bulletin says a new 330 kV substation will be built.', [NE_PLACES], [q.B_330_SUBSTATION], {
    alternate_names: [...usage('azerbaijani-official', 'Naxçıvan'), ...usage('spelling', 'Nakhichevan'), ...usage('armenian', 'Nakhijevan')],
  }),
  place('jabrayil', 'Jabrayil', [47.026, 39.4], ['Azerbaijan'], 'The eastern end of the first segment of the 330 kV line to Nakhchivan, which the bulletin calls the Zangezur power line.', [{ title: 'Public place list (GitHub data file)', note: 'Weak source; consistent with the town within about 1 km.' }], [q.B_330_SEGMENT_A], {
    alternate_names: [...usage('azerbaijani-official', 'Cəbrayıl'), ...usage('spelling', 'Cabrayıl', 'Jabrail', 'Jebrail'), ...usage('russian', 'Dzhebrail')],
  }),
  place('aghband', 'Aghband', [46.567, 38.9], ['Azerbaijan'], 'A village on the Aras near the Azerbaijan–Armenia–Iran tripoint (the bulletin spells it Agbend), where the first segment of the Zangezur 330 kV line ends and the 44 km segment through Syunik (Armenia), which the bulletin calls the Zangezur corridor, is to begin.', [
    wiki('Aghband', 'https://en.wikipedia.org/wiki/Aghband'),
  ], [q.B_330_SEGMENT_A, q.B_330_SEGMENT_C], { alternate_names: [...usage('bulletin', 'Agbend'), ...usage('azerbaijani-official', 'Ağbənd'), ...usage('spelling', 'Aghbend')] }),
  place('ordubad', 'Ordubad', [46.023, 38.906], ['Azerbaijan'], 'A town in Nakhchivan on the Aras near the Armenian border; the bulletin names the Ordubad border as the end of the 105 km segment.', [{ title: 'Public place list (GitHub data file)', note: 'Weak source; consistent with the town within about 1 km.' }], [
    q.B_330_SEGMENT_B,
    q.B_330_SEGMENT_C,
  ]),
  place('tashkent', 'Tashkent', [69.293, 41.314], ['Uzbekistan'], 'The capital of Uzbekistan, where Azerbaijani, Uzbek and Georgian railway heads met in February 2026 on the Middle Corridor.', [NE_PLACES], [
    q.B_TASHKENT_MEETING,
    q.B_TASHKENT_RAILWAYS,
  ]),
  place('brussels', 'Brussels', [4.352, 50.846], ['Belgium'], 'Seat of the European Commission; the bulletin reports that Brussels and Baku agreed in January 2026 to deepen transport and logistics cooperation.', [UNSOURCED], [q.B_BRUSSELS_BAKU]),
  place('davos', 'Davos', [9.836, 46.802], ['Switzerland'], 'Where President Aliyev spoke at the World Economic Forum in January 2026 about European demand guarantees for gas.', [UNSOURCED], [q.B_DAVOS]),
  place('karabakh', 'Karabakh', [46.85, 39.8], ['Azerbaijan'], 'The region of the armed conflict in which the bulletin places the Khojaly events. Label point only.', [{ ...UNSOURCED, note: 'Label point; the region has no single agreed outline.' }], [q.B_KHOJALY_1992], {
    kind: 'region',
    alternate_names: [
      ...usage('azerbaijani-official', 'Qarabağ'),
      ...usage('spelling', 'Garabagh'),
      ...usage('international', 'Nagorno-Karabakh'),
      ...usage('russian', 'Nagorny Karabakh'),
      ...usage('armenian', 'Artsakh'),
    ],
    name_note:
      'Karabakh is the historical region (highland and lowland). Nagorno-Karabakh names its highland part, the Soviet-era autonomous oblast; Artsakh is the Armenian name for that part. Searchable under all of these.',
  }),
  place('khankendi', 'Khankendi / Stepanakert', [46.752, 39.816], ['Azerbaijan'], 'The main town of Karabakh, near Khojaly; the bulletin calls it Khankendi and says a Soviet motorised rifle regiment stationed there took part in the 1992 assault.', [NE_PLACES], [
    q.B_KHOJALY_NEAR_KHANKENDI,
    q.B_KHANKENDI_REGIMENT,
  ], {
    alternate_names: [
      ...usage('azerbaijani-official', 'Khankendi', 'Xankəndi'),
      ...usage('armenian', 'Stepanakert'),
      ...usage('spelling', 'Khankendy'),
      ...usage('historic', 'Vararakn'),
    ],
    name_note:
      'Khankendi (Xankəndi) is the Azerbaijani name, official in Azerbaijan and used by the bulletin; Stepanakert is the name the town bore from 1923 and that Armenian sources and much international reporting still use. The atlas shows both.',
  }),
  place('khojaly', 'Khojaly', [46.7892, 39.9111], ['Azerbaijan'], 'The town where, as the bulletin describes, hundreds of Azerbaijani civilians were killed in February 1992; it then hosted the region’s only airport. The bulletin reports reconstruction and resettlement under way.', [
    wiki('Khojaly', 'https://en.wikipedia.org/wiki/Khojaly'),
  ], [q.B_KHOJALY_1992, q.B_KHOJALY_NEAR_KHANKENDI, q.B_KHOJALY_AIRPORT, q.B_KHOJALY_ASSAULT, q.B_KHOJALY_RESETTLEMENT], {
    alternate_names: [...usage('azerbaijani-official', 'Xocalı'), ...usage('spelling', 'Khojali', 'Khodjaly'), ...usage('armenian', 'Ivanyan')],
    name_note: 'Khojaly (Xocalı) is the Azerbaijani name used by the bulletin; Armenian sources called the town Ivanyan from 1991 to 2023.',
  }),
  place('baghanis-ayrim', 'Baghanis Ayrim', [45.0819, 41.0967], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [wiki('Bağanis Ayrum', 'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Ba%C4%9Fanis_Ayrum')], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Bağanis Ayrım'), ...usage('spelling', 'Baganis Ayrum', 'Baghanis Ayrum')] }),
  place('jamilli', 'Jamilli', [46.7217, 39.8394], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [wiki('Jamilli', 'https://jmediawiki.org/wiki/Jamilli')], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Cəmilli'), ...usage('spelling', 'Jamili')] }),
  place('karkijahan', 'Karkijahan', [46.7379, 39.8033], ['Azerbaijan'], `${SETTLEMENTS_SUMMARY} It now lies within the city limits of Khankendi / Stepanakert.`, [
    wiki('Karkijahan / Krkjan', 'https://n.global.ssl.fastly.net/Karkijahan'),
  ], [q.B_SETTLEMENTS], {
    alternate_names: [...usage('azerbaijani-official', 'Kərkicahan'), ...usage('spelling', 'Karkijan'), ...usage('armenian', 'Krkjan')],
    name_note: 'Karkijahan (Kərkicahan) is the Azerbaijani name used by the bulletin; Krkjan is the Armenian name.',
  }),
  place('meshali', 'Meshali', [46.5797, 39.8881], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [
    wiki('Meşəli (Xocalı)', 'https://obastan.com/w/index.php?diff=prev&oldid=5650421&title=Me%C5%9F%C9%99li_%28Xocal%C4%B1%29'),
  ], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Meşəli'), ...usage('spelling', 'Mesheli')] }),
  place('malibeyli', 'Malibeyli', [46.7933, 39.8294], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [wiki('Malıbəyli', 'https://de.wikipedia.org/wiki/Mal%C4%B1b%C9%99yli')], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Malıbəyli'), ...usage('spelling', 'Malibayli')] }),
  place('tugh', 'Tugh', [46.9653, 39.585], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [wiki('Tugh', 'https://it.qaz.wiki/wiki/Tu%C4%9F')], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Tuğ'), ...usage('armenian', 'Togh')] }),
  place('selaketin', 'Selaketin', [46.9892, 39.6297], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [wiki('Salakatin', 'https://perceptiopt.com/%D0%A1%D0%B0%D0%BB%D0%B0%D0%BA%D0%B5%D1%82%D0%B8%D0%BD')], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Səlakətin'), ...usage('spelling', 'Salakatin')] }),
  place('garadaghly', 'Garadaghly', [46.9756, 39.7969], ['Azerbaijan'], SETTLEMENTS_SUMMARY, [
    {
      title: 'Garadaghly (Qaradağlı), Khojavend District (Wikipedia mirror)',
      url: 'http://cryer.org.uk/Qarada%c4%9fl%c4%b1%2c_Khojavend',
      note: 'The mirror prints 39.7969° N 46.9756° W; the village is in Khojavend District, Azerbaijan, so east is meant.',
    },
    {
      title: 'Qaradağlı lies 13 km west of the Khojavend district centre, beside the Khojavend–Khankendi road (herbiand.az)',
      url: 'https://herbiand.az/post.php?id=62185',
      note: 'Agrees with the point within about 2 km; the name is shared by other villages in Azerbaijan, this is the Khojavend one.',
    },
  ], [q.B_SETTLEMENTS], { alternate_names: [...usage('azerbaijani-official', 'Qaradağlı'), ...usage('spelling', 'Garadagly', 'Karadaghly')] }),
  place('khojaly-airport', 'Airport at Khojaly', [46.7869, 39.9014], ['Azerbaijan'], 'The airfield at Khojaly, about 10 km north-east of Khankendi / Stepanakert; the bulletin says Khojaly hosted the region’s only airport when the conflict began. Flights stopped in 1990 and it has not reopened (Wikipedia).', [
    { title: 'Stepanakert Airport / Khojaly Airport (UBBS), 39°54′05″ N 46°47′13″ E (Wikipedia)', url: 'https://en.m.wikipedia.org/wiki/Stepanakert_Airport' },
  ], [q.B_KHOJALY_AIRPORT], {
    alternate_names: [
      ...usage('azerbaijani-official', 'Khojaly Airport', 'Xocalı Hava Limanı'),
      ...usage('armenian', 'Stepanakert Airport'),
      ...usage('abbreviation', 'UBBS'),
    ],
    name_note: 'Called Khojaly Airport (Xocalı Hava Limanı) in Azerbaijani usage and Stepanakert Airport in Armenian and much international usage; the atlas names it by the town it lies in and finds it under both.',
  }),
];
