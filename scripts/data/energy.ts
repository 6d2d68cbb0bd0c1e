/** Power lines, the Black Sea cable, the green energy corridor, the Southern Gas Corridor and power plants. */
import * as q from './quotes.ts';
import { alongBorderInside, path, type Position } from './geo.ts';
import { line, lines, NE_BORDER_BANK, NE_PLACES, point, UNSOURCED, type Draft } from './draft.ts';
import type { GeometrySource, StatusSource } from '../../src/model/features/feature.ts';
import { passage, published, reported, type DatedSource } from './events.ts';

const JABRAYIL: Position = [47.026, 39.4]; // G, town; the hub substation site is not located
const AGHBAND: Position = [46.567, 38.9]; // W
const NAKHCHIVAN: Position = [45.412, 39.209]; // NE, city; the substation site is not located
const NAKHCHIVAN_CONVERTER: Position = [45.39, 39.215]; // schematic, 2 km west of the city point (site not published)
// On the Natural Earth 1:10m Azerbaijan (Nakhchivan)–Armenia border 3 km north of the Aras tripoint, on land: where the
// Nakhchivan–Ordubad segment and the segment through Syunik meet on the map. Not published; north of the rail junction
// (1 km from the tripoint) because Armenia's prime minister said energy lines would run north of the railway.
const ORDUBAD_BORDER_JUNCTION: Position = [46.1204, 38.8874];
const NEHRAM: Position = [45.4611, 39.1122]; // W, village on the Nakhchivan–Julfa corridor
const QOSHADIZE: Position = [45.8344, 38.9536]; // W, village at the mouth of the Gilanchay valley
const ORDUBAD: Position = [46.023, 38.906]; // G, town
// The Greek–Turkish border on the Evros/Meriç between İpsala and Kipoi (Natural Earth 1:10m), where TANAP and TAP were welded together.
const TANAP_TAP_JUNCTION: Position = [26.32, 40.9401];
const SANGACHAL: Position = [49.47, 40.18]; // G
const ANAKLIA: Position = [41.56, 42.4]; // U
const CONSTANTA_LANDING: Position = [28.63, 44.17]; // U, on the shore of Constanța (the earlier point lay at sea)
const AKTAU_COAST: Position = [51.22, 43.6]; // U, indicative landing area, on the Natural Earth shore
const TASHKENT: Position = [69.293, 41.314]; // NE

const AZERENERJI: GeometrySource = {
  title: 'AzerEnerji: construction of the Zangezur 330 kV line begins (29 Jan 2026)',
  url: 'https://www.azernews.az/business/253653.html',
};
const AZERENERJI_AGRI: GeometrySource = {
  title: 'AzerEnerji: Nakhchivan converter substation and the Jabrayil–Nakhchivan–Ağrı link (22 Nov 2025)',
  url: 'https://report.az/energetika/azerenerji-naxcivanda-avropa-enerji-bazarlarina-birbasa-cixis-ucun-yarimstansiyanin-insasi-planlasdirilir',
};

/** AzerEnerji's statement that construction began, as Azernews reported it. */
const ZANGEZUR_START: StatusSource = {
  title: 'Construction begins on Zangezur transmission line',
  publisher: 'Azernews',
  url: 'https://www.azernews.az/business/253653.html',
  says: '29 January 2026: construction has begun; AzerEnerji is building a double-circuit 330 kV line of 1,000 MW, a 74 km section from Jabrayil to Aghband and a parallel 105 km line from Nakhchivan to the Ordubad border. At the next stage a further 44 km line will be constructed across what AzerEnerji calls the Zangezur corridor.',
};

/** AzerEnerji's plan of February 2022 for the 330 kV line to Nakhchivan, as Trend reported it. */
const AZERENERJI_PLAN_2022: DatedSource = {
  title: '330 kV power line to Nakhchivan planned, AzerEnerji says',
  publisher: 'Trend',
  url: 'https://en.trend.az/business/3555573.html',
  says: '15 February 2022: AzerEnerji’s spokesman Teymur Abdullayev said it is planned to lay a 330 kV power transmission line from Aghjabadi to Nakhchivan, through what he called the Zangazur corridor, fed by a 330 kV station to be built in Jabrayil district, and to export electricity through it to Türkiye and on to the European market.',
  published: '2022-02-15',
};

/** AzerEnerji's plan of May 2022 for the substations in Nakhchivan and the line to Türkiye, as Trend reported it. */
const AZERENERJI_PLAN_NAKHCHIVAN_2022: DatedSource = {
  title: 'Jabrayil energy unit to connect Azerbaijan’s power lines with Nakhchivan and Turkey',
  publisher: 'Trend',
  url: 'https://en.trend.az/business/energy/3602120.html',
  says: '29 May 2022: AzerEnerji’s spokesman said that at the next stage a 330 kV line will be laid from the Jabrayil junction substation to Nakhchivan and a 330 kV substation will be built in Nakhchivan; further, a conversion substation will be built near Nakhchivan to step 330 kV up to 400 kV, and then a power transmission line will be laid from Nakhchivan to Türkiye.',
  published: '2022-05-29',
};

/** AzerEnerji's statement of 29 January 2026 on the segment through Syunik, as Anadolu Agency reported it. */
const AA_SYUNIK_SEGMENT: DatedSource = {
  title: 'Azerbaijan begins construction of Zangezur power transmission line to link Nakhchivan, Türkiye and Europe',
  publisher: 'Anadolu Agency',
  url: 'https://www.aa.com.tr/en/energy/electricity/azerbaijan-begins-construction-of-zangezur-power-transmission-line-to-link-nakhchivan-turkiye-and-europe/54360?amp=1',
  says: 'AzerEnerji said that in the next phase of the project the construction of an additional 44-kilometre transmission line within what it calls the Zangezur Corridor is planned, to be connected later to the lines extending towards Agbend and Ordubad.',
  published: '2026-01-29',
};

const line330 = (
  id: string,
  name: string,
  coordinates: Position[],
  extra: Pick<Draft['properties'], 'status' | 'status_note' | 'status_events' | 'countries' | 'summary' | 'figures' | 'geometry_accuracy' | 'geometry_sources' | 'citations'> &
    Partial<Pick<Draft['properties'], 'length_note' | 'status_sources'>>,
): Draft => ({
  id,
  geometry: line(path(coordinates)),
  properties: { name, kind: 'power-line', status_year: 2026, ...extra },
});

/** The segments in Azerbaijan: planned since 2022, construction announced on 29 January 2026, reported begun by the bulletin. */
const SEGMENT_UNDER_CONSTRUCTION = [
  reported('planned', '2022-02-15', AZERENERJI_PLAN_2022),
  reported('under construction', '2026-01-29', published(ZANGEZUR_START, '2026-01-29')),
  passage('under construction', q.B_330_DESIGN),
];

const VOLTAGE_330 = { quantity: 'voltage', value: 330, unit: 'kV', label: '330-kilovolt', citation: q.B_330_VOLTAGE } as const;
const POWER_330 = { quantity: 'power', value: 1000, unit: 'MW', label: '1,000 megawatts', citation: q.B_330_POWER } as const;

/**
 * Nakhchivan city down the Aras valley to Julfa, Ordubad and the Armenian border: by Nehrəm, along the own bank of
 * the Aras to Julfa, past the mouth of the Gilanchay (Qoşadizə) and through Ordubad, kept inside the Natural Earth
 * border, which cuts across the river's bends (Dəstə, on the real left bank, lies beyond it on the map).
 */
const NAKHCHIVAN_ORDUBAD_ROUTE: Position[] = [
  NAKHCHIVAN,
  NEHRAM,
  ...alongBorderInside('Azerbaijan', [45.47, 39.06], [45.62, 38.97], 1.5),
  [45.68, 38.972],
  QOSHADIZE,
  [45.92, 38.928],
  ORDUBAD,
  [46.075, 38.895],
  ORDUBAD_BORDER_JUNCTION,
];

export const line330ToNakhchivan: Draft[] = [
  line330('l330-jabrayil-aghband', '330 kV line to Nakhchivan: Jabrayil–Aghband segment', [JABRAYIL, [46.96, 39.25], ...alongBorderInside('Azerbaijan', [46.95, 39.16], AGHBAND, 1.5), AGHBAND], {
    status: 'under construction',
    status_note: 'Construction announced by AzerEnerji on 29 January 2026.',
    status_sources: [ZANGEZUR_START],
    status_events: SEGMENT_UNDER_CONSTRUCTION,
    countries: ['Azerbaijan'],
    summary:
      'The eastern segment of the double-circuit 330 kV line that is to join Nakhchivan to Azerbaijan\'s grid, from the Jabrayil hub down to the Aras and upstream to Aghband. The bulletin states its length and that the route follows the Araz River.',
    figures: [
      { quantity: 'length', value: 74, unit: 'km', label: '74-kilometer', citation: q.B_330_SEGMENT_A },
      VOLTAGE_330,
      POWER_330,
    ],
    geometry_accuracy: 'approximate',
    geometry_sources: [AZERENERJI, { ...NE_BORDER_BANK, note: 'The Araz stretch drawn 1.5 km inside Azerbaijan along the border with Iran; tower positions are not published.' }, UNSOURCED],
    citations: [...q.ZANGEZUR_LINE_GENERAL, q.B_330_SEGMENT_A, q.B_330_ARAZ],
  }),
  line330('l330-syunik-segment', '330 kV line to Nakhchivan: segment through Syunik (Armenia)', [AGHBAND, [46.47, 38.96], [46.35, 38.97], ORDUBAD_BORDER_JUNCTION], {
    status: 'planned',
    status_note:
      'Planned for the next stage. No alignment has been published; Armenia\'s prime minister said in November 2025 that power lines would pass north of the TRIPP railway (Public Radio of Armenia).',
    status_sources: [
      ZANGEZUR_START,
      {
        title: 'Construction of the “Trump Route” scheduled to begin in the second half of 2026',
        publisher: 'Public Radio of Armenia',
        url: 'https://www.1lurer.am/en/2025/11/12/1/1414542',
        says: '12 November 2025: Prime Minister Pashinyan said the railway will run along the Soviet-era route, and that the gas pipeline and power lines will pass through the section north of the railway.',
      },
    ],
    status_events: [
      reported('planned', '2022-02-15', AZERENERJI_PLAN_2022),
      passage('planned', q.B_330_SEGMENT_C),
      // Its construction is to come at the next stage; no one has said when.
      reported('under construction', null, AA_SYUNIK_SEGMENT),
    ],
    countries: ['Armenia', 'Azerbaijan'],
    summary:
      'The 44 km link through Syunik (Armenia), which the bulletin calls the Zangezur corridor, that would join the Aghband and Ordubad ends (both in Azerbaijan) into one line. Drawn schematically: its route is not known.',
    figures: [{ quantity: 'length', value: 44, unit: 'km', label: '44-kilometer', citation: q.B_330_SEGMENT_C_LENGTH }, VOLTAGE_330],
    geometry_accuracy: 'schematic',
    geometry_sources: [
      AZERENERJI,
      { title: 'Pashinyan: energy lines to run north of the rail route', url: 'https://news.day.az/world/1794965.html' },
      {
        title: 'Schematic link between the two segment ends',
        note: 'Bowed north of the river only to show it is not the rail alignment; it meets the Nakhchivan–Ordubad segment on the Nakhchivan–Armenia border 3 km north of the Aras, a junction point chosen for the map.',
      },
    ],
    citations: [q.B_330_SEGMENT_C, q.B_ZANGEZUR_LINE_BEGINS, ...q.context(q.B_TURKIYE_INTEREST, q.B_ZANGEZUR_PLATFORM)],
  }),
  line330('l330-nakhchivan-ordubad', '330 kV line to Nakhchivan: Nakhchivan–Ordubad border segment', NAKHCHIVAN_ORDUBAD_ROUTE, {
    status: 'under construction',
    status_note: 'Construction announced by AzerEnerji on 29 January 2026.',
    status_sources: [ZANGEZUR_START],
    status_events: SEGMENT_UNDER_CONSTRUCTION,
    countries: ['Azerbaijan'],
    summary:
      'The western segment of the 330 kV line, from Nakhchivan city down the Aras valley past Julfa and Ordubad to the Armenian border.',
    figures: [
      { quantity: 'length', value: 105, unit: 'km', label: '105-kilometer', citation: q.B_330_SEGMENT_B },
      VOLTAGE_330,
      POWER_330,
    ],
    length_note:
      'Drawn about 83 km down the Aras valley through waypoints a few km apart, kept inside the Natural Earth border, which cuts across the river’s bends. The stated 105 km follows the tower route, which is not published; the Nakhchivan railway in the same valley runs 188 km against about 150 km between its stations in straight lines, a factor of 1.25 that would make the drawn 83 km about 104 km on the ground.',
    geometry_accuracy: 'approximate',
    geometry_sources: [
      AZERENERJI,
      { title: 'AzerEnerji: the line is built along the Araz, cutting through mountainous and rocky massifs (day.az, 29 Jan 2026)', url: 'https://news.day.az/azerinews/1812665.html' },
      { ...NE_BORDER_BANK, note: 'From Nehrəm to Julfa drawn 1.5 km inside Nakhchivan along the border with Iran; tower positions are not published.' },
      NE_PLACES,
      { title: 'Nehrəm coordinates (Wikipedia mirror)', url: 'https://it.qaz.wiki/wiki/Nehram' },
      { title: 'Qoşadizə coordinates (Wikipedia mirror)', url: 'https://de.mgwiki.top/wiki/Qo%C5%9Fadiz%C9%99,_Ordubad' },
      {
        title: 'Approximate route and junction',
        note: 'Nakhchivan city, Nehrəm, Julfa, the Gilanchay mouth and Ordubad are on the route as the valley and road run; the points between them and the end on the Armenian border 3 km north of the Aras (where the segment through Syunik takes over) are placed for the map, within a few km.',
      },
    ],
    citations: [...q.ZANGEZUR_LINE_GENERAL, q.B_330_SEGMENT_B, q.B_330_ARAZ],
  }),
  {
    id: 'l330-nakhchivan-substation',
    geometry: point(NAKHCHIVAN),
    properties: {
      name: 'New 330 kV substation, Nakhchivan',
      kind: 'substation',
      status: 'planned',
      status_year: 2026,
      status_note: 'The bulletin says it "will be built"; preparatory work and mobilisation had begun on a 49 ha plot.',
      status_events: [reported('planned', '2022-05-29', AZERENERJI_PLAN_NAKHCHIVAN_2022), passage('planned', q.B_330_SUBSTATION)],
      countries: ['Azerbaijan'],
      summary: 'The new 330 kV substation in the city of Nakhchivan at the western end of the line the bulletin calls the Zangezur power line.',
      figures: [
        { quantity: 'voltage', value: 330, unit: 'kV', label: '330-kilovolt', citation: q.B_330_SUBSTATION_VOLTAGE },
        { quantity: 'area', value: 49, unit: 'ha', label: '49 hectares', citation: q.B_330_SUBSTATION_AREA },
      ],
      geometry_accuracy: 'schematic',
      geometry_sources: [AZERENERJI, { ...NE_PLACES, note: 'Placed at the city point; the plot has not been located.' }],
      citations: [q.B_330_SUBSTATION, q.B_330_SUBSTATION_SITE],
    },
  },
];

const N400_PASSAGES = [q.B_400_LINE, q.B_400_EFFECT, q.B_400_NEW_ROUTE, q.B_400_SUBSEQUENT, ...q.context(q.B_ELECTRICITY_CORRIDOR, q.B_NAKHCHIVAN_TRANSIT, q.B_TURKIYE_TRANSIT)];

export const nakhchivanTurkiye400: Draft[] = [
  {
    id: 'n400-nakhchivan-agri',
    geometry: line(path(NAKHCHIVAN, NAKHCHIVAN_CONVERTER, [45.1, 39.42], [44.944, 39.56], [44.84, 39.66], [44.786, 39.677], [44.6, 39.82], [44.4, 39.86], [44.04, 39.88], [43.5, 39.78], [43.051, 39.72])),
    properties: {
      name: 'Nakhchivan–Türkiye 400 kV line (towards Ağrı)',
      kind: 'power-line',
      status: 'planned',
      status_year: 2026,
      status_note:
        'Preparatory and engineering work for the 400 kV Nakhchivan–Türkiye line was under way in October 2025, Azerbaijan’s energy minister wrote (Report.az). AzerEnerji describes the link as Jabrayil–Nakhchivan–Ağrı.',
      status_sources: [
        {
          title: 'Azerbaijan reveals plans for electricity export from Nakhchivan to Türkiye',
          publisher: 'Report.az',
          url: 'https://report.az/en/energy/azerbaijan-reveals-plans-for-electricity-export-from-nakhchivan-to-turkiye',
          says: '20 October 2025: Energy Minister Parviz Shahbazov wrote that preparatory and engineering work is under way for the construction of a converter substation in Nakhchivan and of the 330 kV Jabrayil–Nakhchivan and 400 kV Nakhchivan–Türkiye transmission lines.',
        },
        {
          title: 'Foundation stone for 330/110 kilovolt Jabrayil energy junction of AzerEnergy OJSC was laid',
          publisher: 'AZERTAC',
          url: 'https://azertag.az/en/xeber/Foundation_stone_for_330_110_kilovolt_Jabrayil_energy_junction_of_AzerEnergy_OJSC_was_laid-2152493',
          says: '26 May 2022: the Jabrayil substation gives access to the Jabrayil–Nakhchivan–Ağrı (Türkiye) substations, and from there to European energy markets through the Turkish energy system.',
        },
      ],
      status_events: [
        reported('planned', '2022-05-29', AZERENERJI_PLAN_NAKHCHIVAN_2022),
        passage('planned', q.B_400_LINE),
        // "A subsequent phase … envisages the construction": to come, with no date.
        passage('under construction', q.B_400_SUBSEQUENT, null),
      ],
      countries: ['Azerbaijan', 'Türkiye'],
      summary:
        'The planned 230 km, 400 kV line from Nakhchivan to the Turkish grid, which the bulletin presents as part of an electricity corridor linking Azerbaijan, Türkiye and European markets. Drawn schematically to Ağrı, the Turkish end AzerEnerji names.',
      figures: [
        { quantity: 'length', value: 230, unit: 'km', label: '230-kilometer', citation: q.B_400_LINE_LENGTH },
        { quantity: 'voltage', value: 400, unit: 'kV', label: '400-kilovolt', citation: q.B_400_LINE_LENGTH },
      ],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        AZERENERJI_AGRI,
        {
          title: 'AzerEnerji: Jabrayil–Nakhchivan–Ağrı works (13 Dec 2025)',
          url: 'https://report.az/energetika/naxcivan-ve-cebrayilda-azerbaycan-turkiye-avropa-enerji-qovsaginin-yaradilmasi-ile-bagli-islere-baslanilib',
        },
        NE_PLACES,
        { ...UNSOURCED, note: 'Path assumed: from the 330 kV substation by the converter substation (the Jabrayil–Nakhchivan–Ağrı link AzerEnerji describes), north-west through Sharur district, across the 8 km Türkiye–Nakhchivan border near Dilucu (Natural Earth 1:10m), then through the Iğdır plain north of the Iranian border.' },
      ],
      citations: N400_PASSAGES,
    },
  },
  {
    id: 'n400-converter-substation',
    geometry: point(NAKHCHIVAN_CONVERTER),
    properties: {
      name: '400 kV converter substation, Nakhchivan',
      kind: 'substation',
      status: 'planned',
      status_year: 2026,
      status_events: [
        reported('planned', '2022-05-29', AZERENERJI_PLAN_NAKHCHIVAN_2022),
        passage('planned', q.B_400_LINE),
        // "The project will also include the construction of a converter substation": to come, with no date.
        passage('under construction', q.B_400_CONVERTER, null),
      ],
      countries: ['Azerbaijan'],
      summary:
        "The converter substation of the 400 kV class that is to serve the line to Türkiye; the bulletin says Azerbaijan's grid has had no such capability before.",
      figures: [{ quantity: 'voltage', value: 400, unit: 'kV', label: '400-kilovolt', citation: q.B_400_CONVERTER_VOLTAGE }],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        AZERENERJI_AGRI,
        { title: 'Schematic position', note: 'Site not published; marker set 2 km west of the city point so it can be told apart from the 330 kV substation.' },
      ],
      citations: [q.B_400_CONVERTER, q.B_400_LINE],
    },
  },
];

const BSSC_SOURCES: GeometrySource[] = [
  { title: 'Black Sea submarine cable: 1,155 km, 525 kV HVDC, 1,300 MW (22 Jan 2026)', url: 'https://report.az/en/energy/acwa-power-to-participate-in-synergy-of-projects-on-export-of-green-energy-via-azerbaijan-to-europe' },
  { title: 'Landing points Anaklia and Constanța', url: 'https://en.wikipedia.org/wiki/Black_Sea_Energy_submarine_cable' },
];
/** The cable as a proposal, and its feasibility study. */
const BSSC_PROPOSED: StatusSource = {
  title: 'Black Sea Energy submarine cable',
  publisher: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Black_Sea_Energy_submarine_cable',
  says: 'A proposed electricity interconnector that would connect Anaklia (Georgia) to Constanța (Romania). A study by the Italian consultancy CESI, begun in 2022 and completed at the 2024 UN climate conference, affirmed that phase one of the proposed construction was feasible.',
};
/** The four governments' agreement of 17 December 2022, as Xinhua reported it: the cable proposed, and its commissioning then expected. */
const BSSC_AGREEMENT: DatedSource = {
  title: 'Azerbaijan, Georgia, Romania and Hungary sign green energy strategic partnership agreement',
  publisher: 'Xinhua (via breakinglatest.news)',
  url: 'https://www.breakinglatest.news/world/the-four-countries-of-agro-hungary-signed-a-green-energy-strategic-partnership-agreement-international-%E4%B8%AD%E5%B7%A5%E7%BD%91/',
  says: '17 December 2022: Azerbaijan, Georgia, Romania and Hungary signed a strategic partnership agreement on green energy development and transmission in Bucharest. Under the plan, Azerbaijan will transmit green energy to Georgia through the grid, then to Romania through the proposed Georgia–Romania Black Sea submarine cable, and on to Hungary and other countries through the European power system; the 500 kV cable, over 1,100 km long, is scheduled to be commissioned by the end of 2029.',
  published: '2022-12-17',
};
/** The landing points as a proposal: the Wikipedia article, written after the study it reports was completed in November 2024. */
const BSSC_LANDINGS_PROPOSED = published(BSSC_PROPOSED, '2024-11');
const BSSC_GENERAL = [q.B_CABLE_AIM, q.B_CABLE_SPEC, q.B_CABLE_PMI, q.B_CABLE_2032, q.B_BLACK_SEA_CORRIDOR];

export const blackSeaCable: Draft[] = [
  {
    id: 'bsc-submarine-cable',
    geometry: line(path(ANAKLIA, [40.6, 42.75], [36.0, 43.35], [31.5, 43.85], CONSTANTA_LANDING)),
    properties: {
      name: 'Black Sea submarine cable (Anaklia–Constanța)',
      kind: 'cable',
      status: 'proposed',
      status_year: 2026,
      status_events: [
        reported('proposed', '2022-12-17', BSSC_AGREEMENT),
        passage('proposed', q.B_CABLE_AIM),
        // Two expected dates of operation: by the end of 2029 (December 2022), around 2032 (the bulletin, February 2026).
        reported('operating', '../2029', BSSC_AGREEMENT),
        passage('operating', q.B_CABLE_2032, '2032~'),
      ],
      status_note:
        'A feasibility study found phase one feasible; seabed surveys are being prepared. The bulletin reports EU Project of Mutual Interest status since December 2025 and operation possible around 2032.',
      status_sources: [
        BSSC_PROPOSED,
        {
          title: 'Seabed exploration for Caspian–Black Sea–Europe green energy corridor to be conducted in 2 phases',
          publisher: 'Report.az',
          url: 'https://report.az/en/energy/seabed-exploration-for-caspian-black-sea-europe-green-energy-corridor-to-be-conducted-in-2-phases',
          says: '26 February 2026: seabed surveys for the cable will be conducted in two phases under a new three-year mandate for CESI; the cable is to be over 1,155 km long, 525 kV and 1,300 MW, with completion scheduled for 2032.',
        },
      ],
      countries: ['Georgia', 'Romania'],
      summary:
        'The planned HVDC cable across the Black Sea from Georgia to Romania, developed by Azerbaijan, Georgia, Romania and Hungary. The bulletin gives its length and capacity and calls it the first direct electricity link between the South Caucasus and the EU.',
      figures: [
        { quantity: 'length', value: 1155, unit: 'km', label: '1,155-kilometer', citation: q.B_CABLE_LENGTH },
        { quantity: 'power', value: 1300, unit: 'MW', label: '1,300 megawatts', citation: q.B_CABLE_POWER },
      ],
      length_note:
        'Drawn about 1,065 km between the landings; the stated 1,155 km is the whole cable, about 1,115 km under the sea and 40 km on land (report.az, January 2026), along a seabed route not yet published.',
      geometry_accuracy: 'schematic',
      geometry_sources: [...BSSC_SOURCES, { title: 'Schematic sea path', note: 'Seabed route not published (surveys under way); drawn as a smooth path between the landings.' }],
      citations: BSSC_GENERAL,
    },
  },
  {
    id: 'bsc-landing-anaklia',
    geometry: point(ANAKLIA),
    properties: {
      name: 'Black Sea cable landing and converter station, Anaklia (planned)',
      kind: 'landing',
      status: 'proposed',
      status_year: 2026,
      countries: ['Georgia'],
      status_sources: [BSSC_PROPOSED],
      status_events: [reported('proposed', '2022', BSSC_LANDINGS_PROPOSED)],
      summary: 'The Georgian landing of the Black Sea submarine cable. The documents do not name the landing points.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [...BSSC_SOURCES, UNSOURCED],
      citations: q.context(q.B_CABLE_AIM, q.B_CABLE_SPEC),
    },
  },
  {
    id: 'bsc-landing-constanta',
    geometry: point(CONSTANTA_LANDING),
    properties: {
      name: 'Black Sea cable landing and converter station, Constanța (planned)',
      kind: 'landing',
      status: 'proposed',
      status_year: 2026,
      countries: ['Romania'],
      status_sources: [BSSC_PROPOSED],
      status_events: [reported('proposed', '2022', BSSC_LANDINGS_PROPOSED)],
      summary: 'The Romanian landing of the Black Sea submarine cable. The documents do not name the landing points.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [...BSSC_SOURCES, UNSOURCED],
      citations: q.context(q.B_CABLE_AIM, q.B_CABLE_SPEC),
    },
  },
  {
    id: 'bsc-onward-azerbaijan-georgia',
    geometry: line(path([46.403, 40.814], [45.09, 41.46], [44.6, 41.9], [43.05, 42.11], [42.05, 42.72], ANAKLIA)),
    properties: {
      name: 'Onward link: Azerbaijan–Georgia grid to the Anaklia landing',
      kind: 'power-line',
      status: 'proposed',
      status_year: 2026,
      status_note: 'Partly along the existing 500 kV Samukh–Gardabani corridor; which lines the project would use is not published.',
      status_sources: [
        BSSC_PROPOSED,
        {
          title: 'Visit to Anaklia within the Black Sea Submarine Cable Project',
          publisher: 'Georgian State Electrosystem',
          url: 'https://www.gse.com.ge/communication/news/2023/Visit-to-Anaklia-within-the-Black-Sea-Submarine-Cable-Project',
          says: 'The delegation visited the Jvari 500 substation, where the Black Sea submarine cable is planned to be coupled to the Georgian power system; the feasibility study by CESI was being carried out.',
        },
      ],
      status_events: [reported('proposed', '2022-12-17', BSSC_AGREEMENT)],
      countries: ['Azerbaijan', 'Georgia'],
      summary:
        'The land connection that would carry Azerbaijani power through Georgia to the cable. The bulletin names Azerbaijan and Georgia among the countries the Black Sea Energy Corridor links; the route is schematic.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ title: 'Samukh–Gardabani 500 kV line', url: 'http://www.vestikavkaza.ru/news/47219.html' }, UNSOURCED],
      citations: q.context(q.B_BLACK_SEA_CORRIDOR, q.B_CABLE_SPEC),
    },
  },
  {
    id: 'bsc-onward-romania-hungary',
    geometry: line(path(CONSTANTA_LANDING, [26.098, 44.435], [24.137, 45.797], [21.32, 46.17], [20.15, 46.25])),
    properties: {
      name: 'Onward link: Romanian grid to Hungary',
      kind: 'power-line',
      status: 'proposed',
      status_year: 2026,
      status_note: 'Via the Romanian 400 kV grid to the Romania–Hungary interconnectors; the lines to be used are not published.',
      status_sources: [BSSC_PROPOSED],
      status_events: [reported('proposed', '2022-12-17', BSSC_AGREEMENT)],
      countries: ['Romania', 'Hungary'],
      summary:
        'The onshore continuation from Constanța across Romania to Hungary, the fourth partner the bulletin names. Schematic.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [NE_PLACES, UNSOURCED],
      citations: q.context(q.B_BLACK_SEA_CORRIDOR, q.B_CABLE_SPEC),
    },
  },
];

/** The first step of the Central Asia–Azerbaijan link, as News.Az reported it in August 2024. */
const GEC_MEMORANDUM: DatedSource = {
  title: 'Azerbaijan, Kazakhstan and Uzbekistan ink protocol following trilateral meeting',
  publisher: 'News.Az',
  url: 'https://news.az/news/azerbaijan-kazakhstan-and-uzbekistan-ink-protocol-following-trilateral-meeting',
  says: '6 August 2024: following a tripartite meeting in Astana on a proposal to link their energy networks, Azerbaijan, Kazakhstan and Uzbekistan signed a protocol on the green energy corridor connecting Azerbaijan, Central Asia and Europe; the energy ministers of the three countries had signed a memorandum of cooperation on interconnecting their energy systems at the Tashkent International Investment Forum on 1 May 2024.',
  published: '2024-08-06',
};

export const greenEnergyCorridor: Draft[] = [
  {
    id: 'gec-central-asia-azerbaijan',
    geometry: lines(
      path(TASHKENT, [59.0, 43.3], AKTAU_COAST),
      path(AKTAU_COAST, SANGACHAL),
    ),
    properties: {
      name: 'Central Asia–Azerbaijan green energy corridor (Trans-Caspian electricity link)',
      kind: 'corridor',
      status: 'proposed',
      status_year: 2026,
      status_events: [reported('proposed', '2024-05-01', GEC_MEMORANDUM), passage('proposed', q.B_TRANS_CASPIAN_ELECTRICITY)],
      status_note:
        'The presidents of Azerbaijan, Kazakhstan and Uzbekistan signed an agreement on green energy on 13 November 2024; the first seminar on the feasibility study of the first phase, with ADB and AIIB, was held in Baku in March 2026.',
      status_sources: [
        {
          title: 'Azerbaijan, Kazakhstan, Uzbekistan sign strategic green energy partnership agreement',
          publisher: 'Turan',
          url: 'https://turan.az/en/politics/azerbaijan-kazakhstan-uzbekistan-sign-strategic-green-energy-partnership-agreement-786900',
          says: '13 November 2024: the three presidents signed an agreement on strategic partnership in the development and transmission of green energy; President Aliyev spoke of plans for an underwater electric cable through the Caspian Sea.',
        },
        {
          title: 'First seminar on the feasibility study of the Central Asia–Azerbaijan Green Energy Corridor',
          publisher: 'Azernews',
          url: 'https://www.azernews.az/business/255237.html',
          says: '4 March 2026: the first seminar on the feasibility study for the initial development phase of the Central Asia–Azerbaijan Green Energy Corridor was held in Baku, with officials of the three countries, ADB and AIIB.',
        },
      ],
      water_crossings: [
        {
          name: 'Caspian crossing (a subsea cable, landing points not published)',
          from: [51.2, 43.6],
          to: [49.47, 40.18],
          source: { title: 'Subsea cable concept on the Caspian seabed', url: 'https://en.trend.az/azerbaijan/business/3897561.html' },
        },
      ],
      countries: ['Uzbekistan', 'Kazakhstan', 'Azerbaijan'],
      summary:
        'A proposed power link carrying renewable electricity from Uzbekistan and Kazakhstan under the Caspian to Azerbaijan. The bulletin reports the agreements and the feasibility studies; no route, landing or capacity has been published, so it is drawn as a schematic link of straight lines between the three countries, not along any existing line.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        { title: 'Parties and equal shares', url: 'https://en.trend.az/business/4026248.html' },
        { title: 'Subsea cable concept on the Caspian seabed', url: 'https://en.trend.az/azerbaijan/business/3897561.html' },
        { title: 'ADB technical assistance', url: 'https://turan.az/en/energy/adb-to-assist-in-the-preparation-of-the-caspian-green-energy-corridor-project-785653' },
        { ...UNSOURCED, note: 'A schematic link: Tashkent to the Kazakh coast near Aktau and across to Sangachal. Landing areas are assumptions.' },
      ],
      citations: [q.B_GREEN_CORRIDOR, q.B_GREEN_FEASIBILITY, q.B_TRANS_CASPIAN_ELECTRICITY],
    },
  },
];

const SGC_SOURCE: GeometrySource = { title: 'Southern Gas Company: South Caucasus Pipeline', url: 'https://www.sgc.az/en/project/scp' };
const TANAP_TAP_WELD: GeometrySource = {
  title: 'TANAP and TAP interlinked at the Maritsa (Evros/Meriç) on the Turkey–Greece border (News.Az, 22 Nov 2018)',
  url: 'https://news.az/news/tanap-tap-plines-interconnect-at-turkey-greece-border',
  note: 'Both pipelines end on the Natural Earth 1:10m border between İpsala and Kipoi, where they were welded together.',
};

/** TANAP opened to Türkiye at Eskişehir. */
const TANAP_ESKISEHIR: StatusSource = {
  title: 'Turkey one step closer to becoming a regional energy hub',
  publisher: '7 Hills Investments',
  url: 'https://7hillsinvestments.com/turkey-one-step-closer-to-becoming-a-regional-energy-hub',
  says: 'TANAP, the 1,850 km pipeline from the Turkish–Georgian border to the Turkish–Greek border, was officially launched on June 12, 2018, in Eskişehir.',
};

/** TANAP opened to the Greek border at İpsala. */
const TANAP_IPSALA: StatusSource = {
  title: 'Turkish, Azerbaijani leaders inaugurate gas pipeline to Europe',
  publisher: 'UrduPoint (Sputnik)',
  url: 'https://www.urdupoint.com/en/business/turkish-azerbaijani-leaders-inaugurate-gas-p-775571.html',
  says: '30 November 2019: Presidents Erdoğan and Aliyev officially launched TANAP at a ceremony in İpsala, near the Greek border.',
};

/** The first gas through TAP to Italy. */
const TAP_FIRST_GAS: StatusSource = {
  title: 'TAP, è arrivato in Italia il primo gas dall’Azerbaijan',
  publisher: 'Teleborsa (Borsa Italiana)',
  url: 'https://www.borsaitaliana.it/borsa/notizie/teleborsa/economia/tap-e-arrivato-in-italia-il-primo-gas-dall-azerbaijan-42_2020-12-31_TLB.html?lang=it',
  says: '31 December 2020: the first Azerbaijani gas reached Italy through TAP; gas began flowing physically to Europe on 31 December 2020, after TAP announced commercial operations in mid-November 2020.',
};

/** Azerbaijani gas for buyers in Austria and Germany from January 2026. */
const SOCAR_AUSTRIA_GERMANY: StatusSource = {
  title: 'Azerbaijan begins supplying natural gas to Austria, Germany',
  publisher: 'Hürriyet Daily News',
  url: 'https://www.hurriyetdailynews.com/azerbaijan-begins-supplying-natural-gas-to-austria-germany-217905',
  says: '16 January 2026: SOCAR said it began this month supplying natural gas to Austria and Germany via TAP: “starting from January 2026, Azerbaijani gas is being supplied, among others, to the buyers from Austria and Germany”, via Italy.',
};

/** The ACG production-sharing agreement and its first oil. */
const ACG_EXTENSION: StatusSource = {
  title: 'Turkish ambassador: tomorrow Baku signs extension of Contract of the Century until 2050',
  publisher: 'Report.az',
  url: 'https://report.az/en/energy/turkish-ambassador-tomorrow-baku-signs-extension-of-contract-of-the-century-until-2050/',
  says: '13 September 2017: the agreement extending the Contract of the Century (the ACG production-sharing agreement) until 2050 is to be signed; ACG is the biggest producing oil field in the Caspian. The existing PSA was signed on September 20, 1994 for 30 years; oil production began in November 1997.',
};

/** SCP in operation since late 2006, as BP Azerbaijan described it in 2017. */
const SCP_IN_OPERATION: DatedSource = {
  title: 'South Caucasus pipeline',
  publisher: 'BP Azerbaijan',
  url: 'https://www.bp.com/en_az/caspian/operationsprojects/pipelines/SCP.html',
  says: 'The South Caucasus Pipeline, built to export Shah Deniz gas from the Sangachal terminal through Georgia to Turkey, has been operational since late 2006, transporting gas to Azerbaijan and Georgia, and to Turkey from July 2007.',
  published: '2017',
};

const TANAP_GROUNDBREAKING: DatedSource = {
  title: 'Kars (Turkey) hosts groundbreaking ceremony of TANAP',
  publisher: 'Report.az',
  url: 'https://report.az/en/energy/kars-turkey-hosts-groundbreaking-ceremony-of-tanap',
  says: '17 March 2015: the groundbreaking ceremony of the Trans-Anatolian Gas Pipeline (TANAP) was held today in Kars, attended by the presidents of Azerbaijan, Turkey and Georgia; the pipeline under construction is to be commissioned in 2018.',
  published: '2015-03-17',
};

const TAP_GROUNDBREAKING: DatedSource = {
  title: 'Terms of launching TAP operation on a trial basis announced',
  publisher: 'Report.az',
  url: 'https://report.az/en/energy/terms-of-launching-tap-operation-on-a-trial-basis-announced/',
  says: '25 November 2019: the construction of TAP in northern Greece began in May 2016; the groundbreaking ceremony for TAP took place on 17 May 2016 in Thessaloniki.',
  published: '2019-11-25',
};

const TAP_COMMERCIAL_OPERATION: DatedSource = {
  title: 'BP Azerbaijan on the start of TAP’s commercial operation',
  publisher: 'Trend (via Today.az)',
  url: 'http://www.today.az/news/politics/200459.html',
  says: '15 November 2020: four and a half years after the inauguration of construction works in Thessaloniki, the 878 km Trans Adriatic Pipeline began commercial operations; BP Azerbaijan said this would allow first gas deliveries from Azerbaijan to Europe by the end of the year.',
  published: '2020-11-15',
};

const pipeline = (
  id: string,
  name: string,
  coordinates: Position[],
  extra: Pick<Draft['properties'], 'status_note' | 'status_sources' | 'status_events' | 'countries' | 'summary' | 'geometry_sources' | 'citations'> &
    Partial<Pick<Draft['properties'], 'water_crossings'>>,
): Draft => ({
  id,
  geometry: line(path(coordinates)),
  properties: { name, kind: 'pipeline', status: 'operating', status_year: 2026, figures: [], geometry_accuracy: 'schematic', ...extra },
});

export const southernGasCorridor: Draft[] = [
  pipeline(
    'sgc-south-caucasus-pipeline',
    'South Caucasus Pipeline (SCP)',
    [SANGACHAL, [48.17, 40.35], [47.15, 40.6], [46.35, 40.6], [45.45, 41.05], [45.1, 41.35], [44.46, 41.54], [44.09, 41.59], [42.98, 41.64], [42.87, 41.62], [42.78, 41.55]],
    {
      status_note: '692 km; expanded by the SCPX loop to about 23 bcm a year.',
      status_events: [reported('operating', '2006', SCP_IN_OPERATION)],
      status_sources: [
        {
          title: 'South Caucasus Pipeline (SCP)',
          publisher: 'Southern Gas Corridor CJSC',
          url: 'https://www.sgc.az/en/project/scp',
          says: 'SCP is 692 km long (443 km in Azerbaijan, 249 km in Georgia); first gas was delivered to the Turkish border in 2006. The SCPX loop started operating on 30 June 2018, raising throughput capacity to about 23.4 bcm a year.',
        },
      ],
      countries: ['Azerbaijan', 'Georgia'],
      summary:
        'The first leg of the Southern Gas Corridor, from the Sangachal terminal near Baku through Georgia to the Turkish border. The documents name the corridor but not its pipelines.',
      geometry_sources: [SGC_SOURCE, NE_PLACES, UNSOURCED],
      citations: q.SOUTHERN_GAS_CORRIDOR_GENERAL,
    },
  ),
  pipeline(
    'sgc-tanap',
    'Trans-Anatolian Natural Gas Pipeline (TANAP)',
    [[42.78, 41.55], [42.7, 41.11], [41.29, 39.92], [39.493, 39.753], [37.035, 39.745], [34.81, 39.82], [32.15, 39.58], [30.53, 39.795], [29.98, 40.14], [28.36, 40.21], [26.69, 40.34], [26.67, 40.41], [26.62, 40.45], [26.7, 40.5], [26.78, 40.54], [26.87, 40.6], [26.85, 40.68], [26.64, 40.86], [26.38, 40.92], TANAP_TAP_JUNCTION],
    {
      status_note: 'About 1,850 km from the Georgian border to the Greek border; opened to Türkiye on 12 June 2018, and to the Greek border on 30 November 2019.',
      // Two openings: to Türkiye at Eskişehir, then to the Greek border at İpsala.
      status_events: [
        reported('under construction', '2015-03-17', TANAP_GROUNDBREAKING),
        reported('operating', '2018-06-12', published(TANAP_ESKISEHIR, '2018-06-12')),
        reported('operating', '2019-11-30', published(TANAP_IPSALA, '2019-11-30')),
      ],
      status_sources: [
        TANAP_ESKISEHIR,
        TANAP_IPSALA,
      ],
      water_crossings: [
        {
          name: 'Dardanelles crossing (Lapseki–Gelibolu)',
          from: [26.69, 40.34],
          to: [26.67, 40.41],
          source: {
            title: 'TANAP route: from Posof via Eskişehir to İpsala, crossing the Dardanelles',
            url: 'https://oilandgasadvancement.com/news/shareholder-agreement-signed-for-trans-anatolian-natural-gas-pipeline-project',
            note: 'Crossing points Lapseki and Gelibolu from general knowledge; the line then runs over the Bolayır isthmus, not across the Gulf of Saros.',
          },
        },
      ],
      countries: ['Türkiye'],
      summary: 'The middle leg of the Southern Gas Corridor across Türkiye, from Posof on the Georgian border to İpsala on the Greek border. Not named in the documents.',
      geometry_sources: [
        { title: 'TANAP route and sections', url: 'https://oilandgasadvancement.com/news/shareholder-agreement-signed-for-trans-anatolian-natural-gas-pipeline-project' },
        TANAP_TAP_WELD,
        NE_PLACES,
        UNSOURCED,
      ],
      citations: q.SOUTHERN_GAS_CORRIDOR_GENERAL,
    },
  ),
  pipeline(
    'sgc-tap',
    'Trans Adriatic Pipeline (TAP)',
    [TANAP_TAP_JUNCTION, [25.4, 41.12], [24.402, 40.941], [22.883, 40.698], [21.27, 40.52], [20.99, 40.63], [20.2, 40.7], [19.4, 40.8], [18.9, 40.55], [18.4, 40.3], [18.33, 40.27]],
    {
      status_note: '878 km from Kipoi to Melendugno; gas has flowed to Europe since 31 December 2020.',
      // Two dates of operation: commercial operation (15 November 2020), first gas to Europe (31 December 2020).
      status_events: [
        reported('under construction', '2016-05-17', TAP_GROUNDBREAKING),
        reported('operating', '2020-11-15', TAP_COMMERCIAL_OPERATION),
        reported('operating', '2020-12-31', published(TAP_FIRST_GAS, '2020-12-31')),
      ],
      status_sources: [
        TAP_FIRST_GAS,
        {
          title: 'SOCAR begins supplying gas to Austria and Germany',
          publisher: 'TASS',
          url: 'https://tass.com/economy/2072521',
          says: 'On December 31, 2020, Azerbaijan began commercial gas supplies to Europe via the Trans Adriatic Pipeline.',
        },
        {
          title: 'Turkey one step closer to becoming a regional energy hub',
          publisher: '7 Hills Investments',
          url: 'https://7hillsinvestments.com/turkey-one-step-closer-to-becoming-a-regional-energy-hub',
          says: 'TAP is an 878 km pipeline from the Greek–Turkish border across Greece, Albania and the Adriatic to Italy, connecting to TANAP at its entry point.',
        },
        {
          title: 'TAP pipeline construction completed',
          publisher: 'Report.az',
          url: 'https://dev.report.az/en/energy/tap-pipeline-construction-completed',
          says: 'TAP joins TANAP near Kipoi at the Greek–Turkish border.',
        },
      ],
      water_crossings: [
        {
          name: 'Adriatic offshore section (Albania–Italy, 105 km)',
          from: [19.4, 40.8],
          to: [18.4, 40.3],
          source: {
            title: 'TAP construction completed: 550 km in Greece, 215 km in Albania, 105 km offshore, 8 km in Italy',
            url: 'https://dev.report.az/en/energy/tap-pipeline-construction-completed',
            note: 'Landfall about 17 km north-west of Fier (Albania) and at San Foca (Melendugno, Italy).',
          },
        },
      ],
      countries: ['Greece', 'Albania', 'Italy'],
      summary:
        'The last leg of the Southern Gas Corridor, from the Greek–Turkish border through Albania and under the Adriatic to southern Italy. The bulletin says Azerbaijani gas reached Germany and Austria for the first time via TAP in early 2026.',
      geometry_sources: [
        { title: 'TAP construction completed: route lengths', url: 'https://dev.report.az/en/energy/tap-pipeline-construction-completed' },
        TANAP_TAP_WELD,
        NE_PLACES,
        UNSOURCED,
      ],
      citations: [q.B_GAS_GERMANY_AUSTRIA, q.B_GAS_SOCAR, ...q.SOUTHERN_GAS_CORRIDOR_GENERAL],
    },
  ),
  pipeline(
    'sgc-onward-austria-germany',
    '2026 onward flows to Austria and Germany',
    [
      [18.33, 40.27], [17.11, 40.59], [15.19, 41.39], [14.51, 41.47], [13.93, 42.05], [12.7, 42.95], [12.3, 43.71], [11.49, 44.62], [12.3, 45.55], [13.23, 46.06],
      [13.14, 46.28], [13.4, 46.5], [13.58, 46.5], [13.7, 46.55], [14.3, 46.62], [15.41, 47.078], [16.87, 48.31], [14.289, 48.319], [13.79, 48.56], [13.3, 48.62],
    ],
    {
      status_note:
        'SOCAR began supplying buyers in Austria and Germany in January 2026 via TAP. The interconnection points are not stated; drawn as one plausible path: inland along the Italian Adriatic backbone (Massafra–Biccari–Sulmona–Foligno–Minerbio), north to Tarvisio, then TAG (Arnoldstein–Baumgarten) and WAG (Baumgarten–Oberkappel) to the German border at Passau.',
      status_sources: [SOCAR_AUSTRIA_GERMANY],
      status_events: [reported('operating', '2026-01', published(SOCAR_AUSTRIA_GERMANY, '2026-01-16'))],
      countries: ['Italy', 'Austria', 'Germany'],
      summary:
        'The path by which Azerbaijani gas landed by TAP in Italy reached Austria and Germany in early 2026, as the bulletin reports. The pipelines used are not stated, so this line is a diagram.',
      geometry_sources: [
        { title: 'Azerbaijan begins supplying gas to Austria, Germany', url: 'https://www.hurriyetdailynews.com/azerbaijan-begins-supplying-natural-gas-to-austria-germany-217905' },
        NE_PLACES,
        { ...UNSOURCED, note: 'Compressor and junction towns of the Italian, TAG and WAG networks from general knowledge; the line stays on land, as the pipelines do.' },
      ],
      citations: [q.B_GAS_GERMANY_AUSTRIA, q.B_GAS_SOCAR, q.B_GAS_REACH],
    },
  ),
  {
    id: 'sgc-acg-fields',
    geometry: {
      type: 'Polygon',
      coordinates: [
        path([50.78, 40.2], [51.02, 40.14], [51.3, 40.0], [51.25, 39.93], [50.98, 40.06], [50.74, 40.13], [50.78, 40.2]),
      ],
    },
    properties: {
      name: 'Azeri–Chirag–Gunashli oil fields ("Contract of the Century")',
      kind: 'field',
      status: 'operating',
      status_year: 2026,
      status_note: 'Producing since November 1997; the production-sharing agreement signed on 20 September 1994 was extended to 2050 by an agreement signed in September 2017 (Report.az).',
      status_events: [reported('operating', '1997-11', published(ACG_EXTENSION, '2017-09-13'))],
      status_sources: [
        ACG_EXTENSION,
        {
          title: 'New agreement envisages soaring SOCAR’s share in ACG project',
          publisher: 'Report.az',
          url: 'https://report.az/en/energy/new-agreement-envisages-soaring-socar-s-share-in-acg-project/',
          says: '14 September 2017: the amended and restated production-sharing agreement for Azeri, Chirag and the deep-water Gunashli was signed in Baku today.',
        },
      ],
      countries: ['Azerbaijan'],
      summary:
        'The offshore oil fields developed under the 1994 "Contract of the Century", which the charter names with the Southern Gas Corridor as fruits of Azerbaijan–US cooperation. An oil field, shown in this layer with the gas corridor the charter pairs it with.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        { title: 'BP: ACG about 100 km east of Baku', url: 'https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/acg2.html' },
        { title: 'Report.az: ACG covers more than 432 km²', url: 'https://report.az/en/energy/turkish-ambassador-tomorrow-baku-signs-extension-of-contract-of-the-century-until-2050/' },
        { title: 'Schematic outline', note: 'Size and distance from Baku as published; outline and orientation are not surveyed.' },
      ],
      citations: [q.C_CONTRACT_AND_SGC],
    },
  },
];

/** The Kalbajar and Lachin districts, approximately: the Armenian border on the west, their eastern neighbours on the east. */
const KALBAJAR_LACHIN_OUTLINE: Position[] = (() => {
  const ring = path(
    alongBorderInside('Azerbaijan', [46.5, 39.48], [45.82, 40.3], 1.5),
    [46.15, 40.31],
    [46.45, 40.22],
    [46.5, 40.1],
    [46.42, 39.95],
    [46.45, 39.85],
    [46.6, 39.72],
    [46.62, 39.6],
    [46.58, 39.49],
  );
  return [...ring, ring[0]];
})();

/** The Khizi-Absheron wind farm's groundbreaking, as Azerbaijan News Gazette reported it. */
const KHIZI_GROUNDBREAKING: DatedSource = {
  title: 'Khizi-Absheron Wind Power Plant is Azerbaijan’s successful start of “green energy” policy',
  publisher: 'Azerbaijan News Gazette',
  url: 'https://azerbaijannewsgazette.com/2022/01/15/',
  says: 'A groundbreaking ceremony for the 240 MW Khizi-Absheron wind power plant to be built in Azerbaijan was held with President Ilham Aliyev on 13 January 2022; the construction of the wind farm is called an important step towards the transition to green energy.',
  published: '2022-01-15',
};

/** The Khizi-Absheron wind farm's opening. */
const KHIZI_OPENING: StatusSource = {
  title: 'Official opening ceremony of 240 MW “Khizi-Absheron” Wind Power Plant gets underway in Baku',
  publisher: 'Report.az',
  url: 'https://report.az/en/domestic-politics/official-opening-ceremony-of-240-mw-khizi-absheron-wind-power-plant-got-underway-in-baku',
  says: '8 January 2026: the official opening ceremony of the 240 MW Khizi-Absheron wind power plant, built by ACWA Power, is under way at the Gulustan Palace in Baku.',
};

/** Work begun on the Garadagh solar plant, as Focus Technica reported it. */
const GARADAGH_GROUNDBREAKING: DatedSource = {
  title: 'Masdar begins work on 230MW solar park in Azerbaijan',
  publisher: 'Focus Technica',
  url: 'https://www.focustechnica.com/masdar-begins-work-on-230mw-solar-park-in-azerbaijan/',
  says: '17 March 2022: Masdar has begun construction on the 230 MW Garadagh solar power plant, nine kilometres north-west of the Alat settlement, after a groundbreaking ceremony attended by President Ilham Aliyev and the energy ministers of the UAE and Azerbaijan.',
  published: '2022-03-17',
};

/** The Garadagh solar plant's inauguration. */
const GARADAGH_OPENING: StatusSource = {
  title: 'President Ilham Aliyev attends official opening ceremony of 230 MW Garadagh Solar Power Plant',
  publisher: 'News.Az',
  url: 'https://news.az/news/president-ilham-aliyev-attends-official-opening-ceremony-of-230-mw-garadagh-solar-power-plant',
  says: '26 October 2023: an official inauguration of the 230 MW Garadagh Solar Power Plant was held, attended by President Aliyev; he and the UAE minister Sultan Al Jaber launched the plant.',
};

/** Metsamor's unit in operation since November 1995, as Epress.am reported it. */
const METSAMOR_RESTART: DatedSource = {
  title: 'Armenia’s nuclear power plant is stable and reliable: Georgian scientist',
  publisher: 'Epress.am',
  url: 'https://epress.am/en/2011/03/21/armenias-nuclear-power-plant-is-stable-and-reliable-georgian-scientist.html',
  says: '21 March 2011: the Soviet-era Metsamor nuclear power plant began operations in 1980 but closed in March 1989 following the Spitak earthquake; it was reopened in 1993 and has been operational since November 1995.',
  published: '2011-03-21',
};

export const energyPlants: Draft[] = [
  ...(
    [
      ['plant-khizi-absheron-wind-sitalchay', 'Khizi-Absheron Wind Power Plant: Sitalchay cluster (Khizi)', [49.42, 40.75]],
      ['plant-khizi-absheron-wind-pirakashkul', 'Khizi-Absheron Wind Power Plant: Pirakashkul cluster (Absheron)', [49.57, 40.52]],
    ] as const
  ).map(
    ([id, name, at]): Draft => ({
      id,
      geometry: point([at[0], at[1]]),
      properties: {
        name,
        kind: 'plant',
        status: 'operating',
        status_year: 2026,
        status_note: 'Officially inaugurated on 8 January 2026; 240 MW from 37 turbines on two sites (Report.az, Kazinform).',
        status_sources: [
          KHIZI_OPENING,
          {
            title: 'Azerbaijan launches largest wind farm in the Caucasus',
            publisher: 'Kazinform',
            url: 'https://qazinform.com/news/azerbaijan-launches-largest-wind-farm-in-the-caucasus-3dc1c6',
            says: '9 January 2026: the wind power plant was built in the Absheron and Khizi districts, with 37 turbines of 6.5 MW each.',
          },
        ],
        // The bulletin's month and the opening ceremony's day: one opening, told twice.
        status_events: [
          reported('under construction', '2022-01-13', KHIZI_GROUNDBREAKING),
          passage('operating', q.B_KHIZI, '2026-01'),
          reported('operating', '2026-01-08', published(KHIZI_OPENING, '2026-01-08')),
        ],
        countries: ['Azerbaijan'],
        summary:
          'One of the two turbine clusters of the Khizi-Absheron wind farm, which the bulletin calls the largest wind facility in the South Caucasus, inaugurated in January 2026.',
        figures: [],
        geometry_accuracy: 'approximate',
        geometry_sources: [
          { title: 'Official opening of the 240 MW Khizi-Absheron wind plant', url: 'https://report.az/en/domestic-politics/official-opening-ceremony-of-240-mw-khizi-absheron-wind-power-plant-got-underway-in-baku' },
          { ...UNSOURCED, note: 'Cluster centres placed by the named localities; a few km uncertainty.' },
        ],
        citations: [q.B_KHIZI, q.B_KHIZI_MIX],
      },
    }),
  ),
  {
    id: 'plant-garadagh-solar',
    geometry: point([49.338, 39.998]),
    properties: {
      name: 'Garadagh Solar Power Plant',
      kind: 'plant',
      status: 'operating',
      status_year: 2026,
      status_note: 'Inaugurated 26 October 2023.',
      status_events: [
        reported('under construction', '2022-03', GARADAGH_GROUNDBREAKING),
        reported('operating', '2023-10-26', published(GARADAGH_OPENING, '2023-10-26')),
      ],
      status_sources: [
        {
          title: 'Azernews business report of 13 March 2025 on the Garadagh solar plant',
          publisher: 'Azernews',
          url: 'https://www.azernews.az/business/239013.html',
          says: '13 March 2025: the official opening of the 230 MW solar plant took place on October 26, 2023.',
        },
        GARADAGH_OPENING,
        {
          title: 'UAE’s Masdar boosts Caspian renewable deals with Azeri pact',
          publisher: 'Gulf News (Bloomberg)',
          url: 'https://gulfnews.com/business/energy/uaes-masdar-boosts-caspian-renewable-deals-with-azeri-pact-1.98996900',
          says: '26 October 2023: Masdar inaugurated the 230 MW Garadagh Solar Park in Azerbaijan, which will supply power domestically over the next two decades.',
        },
      ],
      countries: ['Azerbaijan'],
      summary:
        "A 230 MW solar plant south-west of Baku built with Masdar; the bulletin calls it the largest solar plant in the Caspian region and the CIS and Azerbaijan's first industrial-scale solar project financed internationally.",
      figures: [{ quantity: 'power', value: 230, unit: 'MW', label: '230-megawatt', citation: q.B_GARADAGH_POWER }],
      geometry_accuracy: 'approximate',
      geometry_sources: [
        { title: 'Masdar begins work on 230 MW solar park: 9 km north-west of Alat', url: 'https://www.focustechnica.com/masdar-begins-work-on-230mw-solar-park-in-azerbaijan/' },
        { title: 'Derived point', note: 'Placed 9 km north-west of Alat settlement, as the source describes; about 2 km uncertainty.' },
      ],
      citations: [q.B_GARADAGH, q.B_GARADAGH_OUTPUT, q.B_GARADAGH_LARGEST, q.B_GARADAGH_INVESTMENT],
    },
  },
  {
    id: 'plant-metsamor-npp',
    geometry: point([44.149, 40.181]),
    properties: {
      name: 'Metsamor (Armenian) Nuclear Power Plant',
      kind: 'plant',
      status: 'operating',
      status_year: 2026,
      status_note:
        'Its second unit is in operation. The government decided to extend its life to 2036; on 11 February 2026 Armenia’s prime minister said it would then be extended by ten years, to 2046.',
      status_sources: [
        {
          title: 'Life of second unit of Armenian NPP to be extended until 2036',
          publisher: 'Azerbaycan24 (Report, citing Sputnik Armenia)',
          url: 'https://www.azerbaycan24.com/en/life-of-second-unit-of-armenian-npp-to-be-extended-until-2036/',
          says: 'The Armenian government decided to launch the process of extending the life of the Metsamor nuclear power plant until 2036; its design life expired in 2016 and was extended to 2026 by modernisation.',
        },
        {
          title: 'Armenia extends Metsamor nuclear plant’s lifespan to 2046',
          publisher: 'Caliber.az',
          url: 'https://caliber.az/en/post/armenia-extends-metsamor-nuclear-plant-s-lifespan-to-2046',
          says: '11 February 2026: Prime Minister Pashinyan said in parliament that after the current extension of the plant’s operation to 2036 it will be further extended by ten years, to 2046.',
        },
      ],
      // Built 1980, shut after the Spitak earthquake (March 1989), in service again since November 1995.
      status_events: [
        reported('operating', '1980', METSAMOR_RESTART),
        reported('suspended', '1989-03', METSAMOR_RESTART),
        reported('operating', '1995-11', METSAMOR_RESTART),
      ],
      countries: ['Armenia'],
      summary:
        "Armenia's only nuclear plant, west of Yerevan. The bulletin says it supplies about 40 percent of Armenia's electricity and that its fuel and operation remain closely tied to Moscow.",
      figures: [{ quantity: 'other', value: 40, unit: '% of Armenian generation', label: 'approximately 40 percent', citation: q.B_METSAMOR_SHARE }],
      geometry_accuracy: 'approximate',
      geometry_sources: [{ title: 'Public nuclear power plant list (GitHub data file)', note: 'Weak source; matches the known site within about 1 km.' }],
      citations: [q.B_METSAMOR],
    },
  },
  {
    id: 'plant-western-renewables-area',
    geometry: {
      type: 'Polygon',
      coordinates: [KALBAJAR_LACHIN_OUTLINE],
    },
    properties: {
      name: 'Hydropower and wind projects, Kalbajar–Lachin area (the bulletin’s “western territories”)',
      kind: 'plant',
      status: 'planned',
      status_year: 2026,
      status_note: 'The bulletin says only that Azerbaijan “is developing” these projects; it names no plant, site, capacity or date.',
      status_events: [passage('planned', q.B_WESTERN_RENEWABLES)],
      countries: ['Azerbaijan'],
      summary:
        'The bulletin says Azerbaijan is developing hydropower facilities and large-scale wind projects in its western territories, to feed expanded transmission networks for electricity exports and connect with the Black Sea energy corridor. No site is named, so the map shades an indicative area over the Kalbajar and Lachin districts instead of marking plants.',
      figures: [],
      geometry_accuracy: 'approximate',
      geometry_sources: [
        {
          ...NE_BORDER_BANK,
          note: 'The west side follows the Natural Earth 1:10m Azerbaijan–Armenia border 1.5 km inside Azerbaijan, from the Gubadli side of Lachin district to the Murovdag side of Kalbajar district.',
        },
        { title: 'Kalbajar District: 3,050 km², bordered by Armenia, Lachin, Khojaly, Agdam, Tartar, Goranboy, Goygol, Dashkasan', url: 'https://review.clateway.com/wiki/view_html.php?lang=en&q=Kalbajar_District&sq=Envato' },
        { title: 'Kalbajar town, 40.107° N 46.038° E (Wikipedia)', url: 'https://sco.wikipedia.org/wiki/Kalbajar' },
        { title: 'Lachin District: 1,835 km², Kalbajar to the north, Khojaly, Shusha and Khojavend to the east, Gubadli to the south, Armenia to the west', url: 'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Lachin_District' },
        { title: 'Lachin town, 39.641° N 46.547° E (Wikipedia)', url: 'https://sco.wikipedia.org/wiki/Lachin' },
        {
          title: 'Approximate outline of the two districts',
          note: 'The east side is drawn from the neighbours the sources name, within about 5 km, and kept at least 11 km west of Khankendi / Stepanakert and its suburbs (Meshali, Jamilli, Karkijahan). About 3,700 km² against the districts’ 4,885 km². The bulletin names no project site, so the area stands for the “western territories”, not for plants.',
        },
      ],
      citations: [q.B_WESTERN_RENEWABLES, ...q.context(q.B_BLACK_SEA_CORRIDOR)],
    },
  },
];
