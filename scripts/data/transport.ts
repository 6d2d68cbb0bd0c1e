/** The TRIPP route and the railways either side of it; the Middle Corridor (Trans-Caspian International Transport Route). */
import * as q from './quotes.ts';
import { alongBorderInside, path, type Position } from './geo.ts';
import { line, lines, NE_BORDER_BANK, NE_PLACES, point, UNSOURCED, type Draft } from './draft.ts';
import type { WrittenStatusEvent, StatusSource } from '../../src/model/features/feature.ts';
import { passage, published, reported, type DatedSource } from './events.ts';

// Outside sources for the status notes' dates and claims, shared by several features.
const CASPIAN_FERRIES: StatusSource = {
  title: 'Train ferries on the Caspian Sea as part of the Middle Corridor',
  publisher: 'Port Economics, Management and Policy',
  url: 'https://porteconomicsmanagement.org/train-ferries-on-the-caspian-sea-as-part-of-the-middle-corridor',
  says: 'Ports in Kazakhstan (Aktau and Kuryk) and Turkmenistan (Turkmenbashi) are linked across the Caspian Sea to ports in Azerbaijan (Baku in particular); more than 25 rail ferries are operating on the Caspian Sea.',
};
const BLACK_SEA_FEEDER: StatusSource = {
  title: 'Georgian Railway subsidiary will carry out container shipments to Europe by feeder ship',
  publisher: 'Georgian Railway',
  url: 'http://www.railway.ge/en/georgian-railway-subsidiary-will-carry-out-container-shipments-to-europe-by-feeder-ship/',
  says: 'A feeder ship of 210 TEU will operate regular voyages, three a month, between the ports of Poti / Batumi and Constanța, carrying containers on the Trans-Caspian International Transport Route.',
};
const PASHINYAN_TRIPP_2026: StatusSource = {
  title: 'Pashinyan: Construction of TRIPP section in Armenia to begin in second half of 2026',
  publisher: 'Report.az',
  url: 'https://report.az/en/region/pashinyan-construction-of-tripp-section-in-armenia-to-begin-in-second-half-of-2026',
  says: '12 November 2025: Prime Minister Pashinyan said the construction of the TRIPP section in Syunik is set to begin in the second half of 2026, with the specifics to be approved in the first half of 2026.',
};

/** The Washington summit of 8 August 2025 and the route proposed there, as PIA reported it. */
const TRIPP_PROPOSED: DatedSource = {
  title: 'Yerevan and Baku agree to end hostilities',
  publisher: 'PIA (pia.ge)',
  url: 'https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities',
  says: 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed an agreement at the White House on 8 August 2025, accompanied by calls to develop the Trump Route for International Peace and Prosperity (TRIPP), a new trade route expected to pass through the territory of Armenia with its sovereignty and territorial integrity preserved. The initiative is intended to stimulate trade and transit.',
  published: '2025-08-08',
};
const HORADIZ_AGHBAND_FOUNDATION: DatedSource = {
  title: 'Construction of infrastructure of Horadiz–Aghband railway begins',
  publisher: 'Trend (via Today.az)',
  url: 'http://www.today.az/news/society/206029.html',
  says: '18 May 2021: construction of the infrastructure of the Horadiz–Aghband railway line has begun, Azerbaijan Railways said; on 15 February 2021 President Ilham Aliyev laid the foundation of the line in Fuzuli district.',
  published: '2021-05-18',
};
const BTK_CONSTRUCTION: DatedSource = {
  title: 'Baku-Tbilisi-Kars railway to be commissioned today',
  publisher: 'Sea-News.az (Report)',
  url: 'https://sea-news.az/2017/10/30/baku-tbilisi-kars-railway-to-be-commissioned-today/',
  says: '30 October 2017: the Baku–Tbilisi–Kars railway, whose construction started in 2007, will be put into operation today; construction of its Georgian phase started on 21 November 2007 at Marabda station, and of its Turkish phase on 24 July 2008 in Kars.',
  published: '2017-10-30',
};
const KAZAKH_TRUNK_OPENING: DatedSource = {
  title: 'Kazakhstan commissions two national railways',
  publisher: 'TürkPA (Parliamentary Assembly of Turkic States)',
  url: 'https://turkpa.org/news/1091-kazakhstan-commissions-two-national-railways',
  says: '25 August 2014: Kazakhstan held a ceremony on 22 August 2014, attended by President Nursultan Nazarbayev, to commission two new railways, Zhezkazgan–Beineu and Arkalyk–Shubarkol; Kazakhstan Temir Zholy said the new lines open routes of more than a thousand kilometres in the North–South and East–West transport corridors.',
  published: '2014-08-25',
};
const ALTYNKOL_OPENING: DatedSource = {
  title: 'Second railway line from China to Kazakhstan put into service (in Croatian)',
  publisher: 'Xinhua (China Radio International, Croatian service)',
  url: 'http://croatian.cri.cn/348/2012/12/22/142s61058.htm',
  says: '22 December 2012: the second railway line from China to Kazakhstan was put into operation on Saturday, linking Xinjiang with Kazakhstan at Korgas (Khorgos); at first freight trains from the port of Lianyungang are to run on it.',
  published: '2012-12-22',
};
const KURYK_CONSTRUCTION: DatedSource = {
  title: 'Massimov inspects progress of ferry complex construction in Kuryk port',
  publisher: 'Kazinform',
  url: 'https://en.inform.kz/amp/massimov-inspects-progress-of-ferry-complex-construction-in-kuryk-port_a2935026/',
  says: '9 August 2016: Prime Minister Karim Massimov inspected the construction of the new ferry complex in the port of Kuryk, which also includes the Borzhakty–Yersai railway line; the construction of the ferry complex started in April 2015.',
  published: '2016-08-09',
};
const KURYK_IN_OPERATION: DatedSource = {
  title: 'Senators visit Kuryk port ferry complex',
  publisher: 'Kazinform',
  url: 'https://en.inform.kz/news/senators-visit-kuryk-port-ferry-complex_a3071368/',
  says: '3 October 2017: the first launch complex of the Kuryk port ferry complex, the port’s railway component with a capacity of 4 million tonnes of cargo, was put into operation in December 2016; the second phase, its automotive component, is under construction.',
  published: '2017-10-03',
};
const KURYK_FIRST_CARGO: DatedSource = {
  title: 'The first cargo from Kazakhstan’s Kuryk port arrived in Azerbaijan',
  publisher: 'Sea-News.az',
  url: 'https://sea-news.az/2017/03/29/the-first-cargo-from-kazakhstans-kuryk-port-arrived-in-azerbaijan/',
  says: '29 March 2017: on 24 March 2017 the first cargo from the port of Kuryk, railway wagons carried by the ferry Barda of the Azerbaijan Caspian Shipping Company, arrived in Azerbaijan at Baku International Sea Trade Port; the launching of the Kuryk ferry complex, 18 hours from Baku against 22 from Aktau, is an important event for Azerbaijan.',
  published: '2017-03-29',
};
const AKTAU_PORT_HISTORY: DatedSource = {
  title: 'Порт Актау отмечает 55 лет (the port of Aktau marks 55 years)',
  publisher: 'Mangystau Media',
  url: 'https://mangystaumedia.kz/ru/obshtestvo/90104',
  says: 'The port of Aktau was built in 1963 to ship the products of the uranium industry and of the Mangyshlak oil fields; rebuilt in 1999 as a modern multipurpose terminal, it operates around the clock, and in 2018 it marked its 55th anniversary.',
  published: '2018',
};
const ALAT_FOUNDATION: DatedSource = {
  title: 'Azerbaijani president attends new port ceremony in Baku',
  publisher: 'Trend',
  url: 'https://en.trend.az/business/economy/1776421.html',
  says: '3 November 2010: President Ilham Aliyev took part in the foundation-laying ceremony of the new Baku International Sea Trade Port Complex in the Alat settlement; construction will be carried out in three stages, the first to be completed within three and a half years.',
  published: '2010-11-03',
};
const POTI_OPENING: DatedSource = {
  title: 'Poti Sea Port',
  publisher: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Poti_Sea_Port',
  says: 'The Poti Sea Port was opened on 7 May 1905 under Niko Nikoladze, the mayor of Poti; its construction, pressed ahead in stages from 1899, was completed by 1907, and the port has since been rebuilt several times.',
  published: '1905-05-07',
};
const BATUMI_ESTABLISHED: DatedSource = {
  title: 'Port of Batumi',
  publisher: 'Georgian Encyclopedia',
  url: 'https://georgianencyclopedia.ge/en/form_eng/379',
  says: 'The Port of Batumi was established on 27 November 1878 (9 December 1878 in the new calendar); before that only small coastal vessels could enter. The Samtredia–Batumi railway of 1883 accelerated its growth, and by 1902 twenty-two export companies dealing in oil and oil products were operating in Batumi.',
  published: '1878',
};
const ANAKLIA_FIRST_SHIPS: DatedSource = {
  title: 'Belgian company Jan De Nul wins tender for construction of Anaklia deep sea port',
  publisher: 'Caucasus Watch',
  url: 'https://caucasuswatch.de/en/news/belgian-company-jan-de-nul-wins-tender-for-construction-of-anaklia-deep-sea-port.html',
  says: 'On 1 August 2024 Georgia’s economy minister Levan Davitashvili announced that Jan De Nul had won the tender for the maritime infrastructure of the Anaklia deep-sea port; the ministry said the cooperation would allow the first container ships to be operating in the port of Anaklia by 2029.',
  published: '2024-08-01',
};
const AKTAU_BAKU_FERRY: DatedSource = {
  title: 'Bakı–Aktau bərə yolu (the Baku–Aktau ferry line)',
  publisher: 'Azerbaijan National Encyclopedia, vol. 3 (via obastan.com)',
  url: 'https://obastan.com/wiki/Bak%C4%B1%E2%80%93Aktau_b%C9%99r%C9%99_yolu',
  says: 'The 470 km Baku–Aktau ferry line across the Caspian began operating in the 1970s carrying oil; since its railway-ferry service was restored in September 2001 it has carried rail wagons, vehicles, grain and other cargo as well as passengers, a crossing of about 24 hours.',
  published: '2011',
};
const GEORGIAN_RAILWAY_OPENING: DatedSource = {
  title: 'Georgian Railway: history (Wikipedia text)',
  publisher: 'Wikipedia (via liquisearch.com)',
  url: 'https://www.liquisearch.com/georgian_railway/history',
  says: 'Georgian Railway operations started in 1871 between Poti and Kvirila (present-day Zestaponi); the first passenger train ran on 10 October 1872 from Poti to Tbilisi central station.',
  published: '1872-10-10',
};
const CONSTANTA_BATUMI_FERRY: DatedSource = {
  title: 'Ferry line Constanta–Batumi–Ilychevsk as the important transport nodal point in the TRACECA region',
  publisher: 'TRACECA',
  url: 'http://www.traceca-org.org/en/news/single-news/n/ferry_line_constanta_batumi_ilychevsk_as_the_important_transport_nodal_point_in_the_traceca_region/',
  says: 'The ceremony opening the Constanța–Batumi–Ilyichevsk ferry connection was held on 16 October 2014 in Romania; UkrFerry operates the line with the passenger, rail and ro-ro ferry Greifswald, one run a week.',
  published: '2014-10-16',
};
const TRANS_CASPIAN_RAILWAY: DatedSource = {
  title: 'History of the railroads in Uzbekistan',
  publisher: 'Uzvagontamir',
  url: 'https://uzvagontamir.uz/en/history-of-the-railroads-in-uzbekistan/',
  says: 'Construction of the Trans-Caspian railroad began in November 1880; in May 1888 traffic to Samarkand opened; in 1896 the line’s starting point was moved to Krasnovodsk (today Turkmenbashi); and in 1899 branches were laid from Ursatyevskaya (Havast) to Tashkent and to the Fergana Valley.',
  published: '1899',
};
const UCHKUDUK_MISKIN: DatedSource = {
  title: 'Учкудук (Uchkuduk), Russian Wikipedia',
  publisher: 'Wikipedia (via wiki-org.ru)',
  url: 'http://wiki-org.ru/wiki/%D0%A3%D1%87%D0%BA%D1%83%D0%B4%D1%83%D0%BA',
  says: 'Since 2001 the Uchkuduk-2–Miskin railway line has operated in Uzbekistan.',
  published: '2001',
};

/** Reconstruction of the Nakhchivan railway begun, as Azernews reported it. */
const NAKHCHIVAN_RAIL_DESIGN: StatusSource = {
  title: 'Azerbaijan Railways completes design for Nakhchivan railway reconstruction',
  publisher: 'Azernews',
  url: 'https://www.azernews.az/nation/251196.html',
  says: '5 December 2025: Azerbaijan Railways has completed design work for the reconstruction of the railway in Nakhchivan; construction has begun at the Sallammelik station area of Ordubad district on the border with Armenia, covering 188 km of line; once completed the annual freight capacity will reach 15 million tons.',
};

/** Construction of the Kars–Iğdır–Dilucu railway begun. */
const KARS_DILUCU_GROUNDBREAKING: StatusSource = {
  title: 'Construction of Kars–Nakhchivan railway starts in Türkiye',
  publisher: 'News.az',
  url: 'https://news.az/news/construction-of-kars-nakhchivan-railway-starts-in-turkiye',
  says: 'On August 22, 2025 the ceremony inaugurating the construction of the Kars–Iğdır–Aralık–Dilucu railway was held in Iğdır; the minister said the 224 km line would be completed in 4–5 years.',
};

/** The Kars–Iğdır–Dilucu railway to be put into service at the end of 2029. */
const KARS_DILUCU_SERVICE: StatusSource = {
  title: 'Zengezur koridorunda tarihi gün',
  publisher: 'Sabah',
  url: 'https://www.sabah.com.tr/ekonomi/zengezur-koridorunda-tarihi-gun-7409564',
  says: '21 August 2025: the foundation of the 224 km double-track, electrified and signalled Kars–Iğdır–Aralık–Dilucu line is to be laid today; Minister Uraloğlu said they plan to put the line in service at the end of 2029.',
};

/** The Turkmenbashi port opened. */
const TURKMENBASHI_OPENING: StatusSource = {
  title: 'Freight traffic through Turkmenbashi International Seaport grows',
  publisher: 'Today.az (Trend)',
  url: 'http://www.today.az/news/regions/177675.html',
  says: 'The solemn opening ceremony of the port took place on May 2, 2018; its annual capacity will be 17–18 million tons.',
};

/** The Baku port at Alat opened. */
const ALAT_OPENING: StatusSource = {
  title: 'President Ilham Aliyev attended opening of Baku International Sea Trade Port Complex',
  publisher: 'Azerbaijan Railways (ADY)',
  url: 'https://ady.az/en/news/read/1082/43',
  says: '14 May 2018: President Aliyev attended the opening of the Baku International Sea Trade Port Complex in Alat settlement.',
};

/** Construction of the Anaklia port begun. */
const ANAKLIA_CONSTRUCTION: StatusSource = {
  title: 'Georgian PM announces commencement of Anaklia deep sea port construction',
  publisher: 'Agenda.ge',
  url: 'https://agenda.ge/en/news/2024/41185',
  says: 'October 2024: Prime Minister Kobakhidze announced the commencement of construction of the Anaklia deep sea port; Jan De Nul, which won the tender for the port’s water infrastructure, began work on 16 September 2024.',
};

/** The Turkmenbashi–Baku sea link since 1962. */
const TURKMENBASHI_BAKU_FERRY: StatusSource = {
  title: 'In January–May 2023, the Turkmenbashi port received over 200 ships from Azerbaijan',
  publisher: 'Business Turkmenistan / nCa (newscentralasia.net)',
  url: 'https://www.newscentralasia.net/2023/06/19/in-january-may-2023-the-turkmenbashi-port-received-over-200-ships-from-azerbaijan/',
  says: 'Sea transport between Turkmenbashi and Baku has been operating since 1962; Turkmen Ro-Pax vessels and Azerbaijani railway ferries ply between the two ports.',
};

/** The Baku–Tbilisi–Kars railway opened. */
const BTK_OPENING: StatusSource = {
  title: 'Baku-Tbilisi-Kars railway to be commissioned today',
  publisher: 'Report.az',
  url: 'https://report.az/en/infrastructure/baku-tbilisi-kars-railway-to-be-commissioned-today/',
  says: '30 October 2017: the Baku–Tbilisi–Kars railway, begun in 2007, will be put into operation today.',
};

/** The Marmaray tunnel opened for freight trains. */
const MARMARAY_FREIGHT: StatusSource = {
  title: 'Marmaray opened for freight trains',
  publisher: 'RailTurkey',
  url: 'https://railturkey.org/2019/10/28/marmaray-opened-for-freight-trains/',
  says: '28 October 2019: Marmaray has opened for freight trains; the first commercial freight train crossed the Bosphorus through the tunnel the week before, and the train from China will follow.',
};

// Nodes (lon, lat). Tags after each: NE = Natural Earth populated places, W/G = public pages or data files, U = unsourced.
const NAR_ARMENIA_BORDER: Position = [46.139, 38.849]; // on the Aras east of Ordubad, G
// On the Natural Earth 1:10m Armenia–Azerbaijan border 2 km north of the Aras tripoint, 6 km west of Aghband:
// where TRIPP meets the Horadiz–Aghband railway on the map.
const TRIPP_EAST_JUNCTION: Position = [46.503, 38.9];
// On the Natural Earth 1:10m Azerbaijan (Nakhchivan)–Armenia border 1 km north of the Aras tripoint, on land:
// where the Nakhchivan railway hands over to TRIPP on the map (the Soviet-era line crossed here along the river).
const TRIPP_WEST_JUNCTION: Position = [46.131, 38.8713];
const AGHBAND: Position = [46.567, 38.9]; // W, marefa.org
const HORADIZ_ARAS: Position = [47.33, 39.43]; // U, the river just south of the town
const HORADIZ: Position = [47.335, 39.447]; // G
const JULFA: Position = [45.63, 38.956]; // G
const NAKHCHIVAN: Position = [45.412, 39.209]; // NE
const SHARUR: Position = [44.944, 39.544]; // G
const SADARAK: Position = [44.86, 39.7]; // W
const KARS: Position = [43.097, 40.608]; // NE
const IGDIR: Position = [44.04, 39.926]; // G
// The Dilucu border gate (Umut bridge) on the 8 km Türkiye–Nakhchivan border: the point of the Natural Earth 1:10m
// border at the gate's latitude, where the Kars–Iğdır–Dilucu railway is to meet the Nakhchivan line (U, about 1 km).
const DILUCU_BORDER: Position = [44.7935, 39.66];
const BAKU: Position = [49.86, 40.397]; // NE
const ALAT_PORT: Position = [49.43, 39.96]; // U, ~3 km
const TBILISI: Position = [44.789, 41.727]; // NE
const AKTAU_PORT: Position = [51.21, 43.61]; // G/U
const KURYK_PORT: Position = [51.67, 43.18]; // G/U, on the Natural Earth 1:10m shore (the earlier point lay 1.8 km out at sea)
const TURKMENBASHI_PORT: Position = [53.0, 39.99]; // U, on the waterfront south-east of the town centre
const POTI: Position = [41.653, 42.155]; // NE ports
const BATUMI: Position = [41.651, 41.649]; // NE ports
const ANAKLIA: Position = [41.56, 42.4]; // U
const CONSTANTA: Position = [28.66, 44.17]; // U, port
const DOSTYK: Position = [82.48, 45.25]; // U
const ALTYNKOL: Position = [80.28, 44.19]; // U
const BEYNEU: Position = [55.1, 45.183]; // NE
const TASHKENT: Position = [69.293, 41.314]; // NE
const NAVOI: Position = [65.38, 40.1]; // NE, where the line to Beyneu leaves the Samarkand–Bukhara main line

// Around the Absheron peninsula: ferries from the north-east pass east of it, then south-west to Alat.
const EAST_OF_ABSHERON: Position[] = [
  [50.75, 40.55],
  [50.3, 40.12],
  [49.75, 39.93],
];

const TRIPP_PASSAGES = [
  q.C_TRIPP,
  q.C_MIDDLE_CORRIDOR_TRIPP,
  q.B_TRIPP_DEFINITION,
  q.B_TRIPP_CONFLICT_LINE,
  q.B_TRIPP_MIDDLE_CORRIDOR,
  q.B_TRIPP_VANCE,
  // Aliyev speaks of the Middle Corridor "through the territory of Azerbaijan, Armenia": TRIPP is its only part in Armenia.
  ...q.context(q.B_ALIYEV_CORRIDOR, q.B_ZANGEZUR_PLATFORM, q.B_NAKHCHIVAN_RAIL_STUDY),
];

/** The documents name no railway either side of TRIPP; they speak of a rail link between mainland Azerbaijan and Nakhchivan. */
const RAIL_TO_NAKHCHIVAN_CONTEXT = q.context(q.B_NAKHCHIVAN_RAIL_STUDY, q.B_ZANGEZUR_PLATFORM);

export const tripp: Draft[] = [
  {
    id: 'tripp-syunik-route',
    geometry: line(path(TRIPP_WEST_JUNCTION, alongBorderInside('Armenia', NAR_ARMENIA_BORDER, [46.4, 38.93], 0.8), [46.47, 38.912], TRIPP_EAST_JUNCTION)),
    properties: {
      name: 'TRIPP route through Syunik (Meghri section)',
      kind: 'corridor',
      status: 'proposed',
      status_year: 2026,
      status_events: [
        reported('proposed', '2025-08-08', TRIPP_PROPOSED),
        passage('proposed', q.B_TRIPP_DEFINITION),
        // "Set to begin in the second half of 2026", Armenia's prime minister said: by the end of 2026.
        reported('under construction', '../2026', published(PASHINYAN_TRIPP_2026, '2025-11-12')),
      ],
      status_note:
        'The bulletin calls TRIPP "a proposed transport corridor". Armenia and the United States published a joint declaration on its implementation framework on 14 January 2026; Armenia’s prime minister said construction would begin in the second half of 2026 (Report.az).',
      status_sources: [
        {
          title: 'США начали работы по обследованию участка под проект TRIPP',
          publisher: '1news.az (citing Armenpress)',
          url: 'https://1news.az/news/20260205111318949-SSHA-nachali-raboty-po-obsledovaniyu-uchastka-pod-proekt-TRIPP',
          says: '5 February 2026: a team of the US firm AECOM visited Armenia to begin surveying the TRIPP site; on 14 January 2026 Armenia and the United States published a joint declaration on the framework for implementing TRIPP.',
        },
        PASHINYAN_TRIPP_2026,
      ],
      countries: ['Armenia'],
      summary:
        "The Trump Route for International Peace and Prosperity (TRIPP) through Armenia's Syunik province, drawn along the Aras past Meghri from the Nakhchivan border to the Azerbaijani border near Aghband. The charter describes it as a multi-modal project giving unimpeded connectivity between mainland Azerbaijan and Nakhchivan; the bulletin calls it a proposed corridor through Armenian territory.",
      figures: [],
      length_note:
        'Drawn about 33 km along the Armenian bank; public figures for the Armenian section range from 42 to 45 km (rail length via Meghri). The documents state no length.',
      geometry_accuracy: 'schematic',
      geometry_sources: [
        {
          ...NE_BORDER_BANK,
          note: 'Drawn 0.8 km inside Armenia along its border with Iran, from the Nakhchivan border 1 km north of the Aras tripoint (where the Nakhchivan railway ends) to the Azerbaijani border near Aghband: a diagram of the route, which the framework leaves "to be detailed in the future".',
        },
        {
          title: 'TRIPP Implementation Framework (text published 14 January 2026)',
          url: 'https://www.1lurer.am/en/2026/01/14/1/1446632',
          note: 'Routes "to be detailed in the future"; the rail component follows the Soviet-era Meghri line along the Aras.',
        },
        {
          title: 'Soviet-era Arazdeyen–Julfa–Ordubad–Meghri–Horadiz line, 45 km of it in Armenia',
          url: 'https://ictimaixeber.az/?p=97945',
        },
        { title: 'Aghband (Ağbənd) coordinates', url: 'https://marefa.org/%D8%A2%D8%BA%D8%A8%D9%86%D8%AF' },
      ],
      citations: TRIPP_PASSAGES,
    },
  },
  {
    id: 'tripp-horadiz-aghband-railway',
    geometry: line(path(HORADIZ, alongBorderInside('Azerbaijan', HORADIZ_ARAS, AGHBAND, 0.8), AGHBAND, TRIPP_EAST_JUNCTION)),
    properties: {
      name: 'Horadiz–Aghband railway',
      kind: 'rail',
      status: 'under construction',
      status_year: 2026,
      status_events: [reported('under construction', '2021-02-15', HORADIZ_AGHBAND_FOUNDATION)],
      status_note:
        '110.4 km long; design 85% and construction 70% complete on 27 February 2026 (Azerbaijan Railways, via Trend and Report.az).',
      status_sources: [
        {
          title: 'Horadiz-Aghband railway project nears completion',
          publisher: 'Report.az',
          url: 'https://report.az/en/infrastructure/horadiz-aghband-railway-project-nears-completion',
          says: '27 February 2026: Azerbaijan Railways told Report that the design of the Horadiz–Aghband railway is 85% complete and construction work 70% finished.',
        },
        {
          title: 'Project work for Horadiz-Aghband railway line completed',
          publisher: 'Trend',
          url: 'https://en.trend.az/business/3996759.html',
          says: 'Azerbaijan Railways: the construction of the 110.4-kilometer Horadiz–Aghband railway is 60 percent finished; one tunnel has been completed and excavation of the second is under way.',
        },
      ],
      countries: ['Azerbaijan'],
      summary:
        "Azerbaijan's new railway, built by Azerbaijan Railways (ADY), up the Aras valley from Horadiz to Aghband on the Armenian border, where the atlas draws the TRIPP route's eastern end. The documents do not name it; the bulletin reports that a feasibility study for a railway connection linking mainland Azerbaijan with Nakhchivan was among the projects the EU and Azerbaijan discussed.",
      figures: [],
      geometry_accuracy: 'approximate',
      geometry_sources: [
        { ...NE_BORDER_BANK, note: 'Drawn 0.8 km inside Azerbaijan along the Aras border, on to the Armenian border just west of Aghband; the real line keeps to the north bank within a few km.' },
        {
          title: 'Horadiz–Aghband railway: length and stages',
          url: 'https://caspiannews.com/news-detail/azerbaijan-makes-headway-on-railway-along-zangazur-corridor-2022-1-25-27/',
        },
        { title: 'Horadiz–Aghband project nears completion (27 Feb 2026)', url: 'https://report.az/en/infrastructure/horadiz-aghband-railway-project-nears-completion' },
      ],
      citations: [...q.context(q.C_TRIPP), ...RAIL_TO_NAKHCHIVAN_CONTEXT],
    },
  },
  {
    id: 'tripp-nakhchivan-railway',
    geometry: line(
      path(
        TRIPP_WEST_JUNCTION,
        alongBorderInside('Azerbaijan', NAR_ARMENIA_BORDER, JULFA, 0.8),
        alongBorderInside('Azerbaijan', JULFA, [45.36, 39.12], 0.8),
        NAKHCHIVAN,
        alongBorderInside('Azerbaijan', [45.2, 39.22], [44.96, 39.45], 0.8),
        SHARUR,
        SADARAK,
        DILUCU_BORDER,
      ),
    ),
    properties: {
      name: 'Nakhchivan railway (Ordubad–Julfa–Nakhchivan–Sadarak)',
      kind: 'rail',
      status: 'under construction',
      status_year: 2026,
      status_events: [reported('under construction', '2025-12', published(NAKHCHIVAN_RAIL_DESIGN, '2025-12-05'))],
      status_note:
        'The existing 188 km line is being rebuilt for 15 Mt a year; design was complete and works under way in Ordubad district in December 2025 (Azernews, Trend). The bulletin reports that a feasibility study for a railway connection between mainland Azerbaijan and Nakhchivan was among the projects the EU and Azerbaijan discussed.',
      status_sources: [
        NAKHCHIVAN_RAIL_DESIGN,
        {
          title: 'Reconstruction of the Nakhchivan railway',
          publisher: 'Trend',
          url: 'https://www.trend.az/business/4126523.html',
          says: '6 December 2025: Azerbaijan Railways has completed the design phase for the reconstruction of the railway in Nakhchivan, with construction now under way in the Ordubad district near the border with Armenia.',
        },
      ],
      countries: ['Azerbaijan'],
      summary:
        "The railway across Azerbaijan's Nakhchivan Autonomous Republic, which Azerbaijan is rebuilding, from the Armenian border east of Ordubad through Julfa and Nakhchivan city to Sadarak near the Türkiye border. The documents do not name it; the bulletin mentions a feasibility study for a railway connection linking mainland Azerbaijan with Nakhchivan.",
      figures: [],
      geometry_accuracy: 'approximate',
      geometry_sources: [
        {
          ...NE_BORDER_BANK,
          note: 'The Aras stretches drawn 0.8 km inside Nakhchivan along the border with Iran; the real line keeps to the north bank within a few km. The east end is on the Armenian border 1 km north of the Aras tripoint, where TRIPP begins on the map.',
        },
        NE_PLACES,
        { title: 'Reconstruction of the Nakhchivan railway (6 Dec 2025)', url: 'https://www.trend.az/business/4126523.html' },
        {
          title: 'Azerbaijan Railways: a railway "can be constructed from Kars to Sadarak" (report.az, 13 Oct 2017)',
          url: 'https://report.az/en/infrastructure/rail-link-to-be-established-between-baku-and-nakhchivan/',
          note: 'The 7 km from Sadarak to the Türkiye border at the Dilucu gate, where the Kars–Iğdır–Dilucu railway is to meet this line, is drawn schematically: that link is not built and its alignment is not published.',
        },
        { title: 'Sadarak coordinates', url: 'https://perceptiopt.com/%D0%A1%D0%B0%D0%B4%D0%B0%D1%80%D0%B0%D0%BA' },
      ],
      citations: RAIL_TO_NAKHCHIVAN_CONTEXT,
    },
  },
  {
    id: 'tripp-kars-igdir-dilucu-railway',
    geometry: line(path(KARS, [43.38, 40.37], [43.66, 40.05], IGDIR, [44.52, 39.87], DILUCU_BORDER)),
    properties: {
      name: 'Kars–Iğdır–Dilucu railway',
      kind: 'rail',
      status: 'under construction',
      status_year: 2026,
      status_events: [
        reported('under construction', '2025-08-22', published(KARS_DILUCU_GROUNDBREAKING, '2025-08-22')),
        // "At the end of 2029": by the end of 2029.
        reported('operating', '../2029', published(KARS_DILUCU_SERVICE, '2025-08-21')),
      ],
      status_note: 'About 224 km, double track, electrified; ground was broken on 22 August 2025, and Türkiye’s transport minister plans to open it at the end of 2029 (News.az, Sabah).',
      status_sources: [
        KARS_DILUCU_GROUNDBREAKING,
        KARS_DILUCU_SERVICE,
      ],
      countries: ['Türkiye'],
      summary:
        "Türkiye's new railway, a project of the Turkish government, from Kars via Iğdır to Dilucu on the border with Nakhchivan. The documents do not name it; the bulletin speaks of the Middle Corridor's onward routes to Türkiye and Europe.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        NE_PLACES,
        UNSOURCED,
        { title: 'Kars–Iğdır–Aralık–Dilucu railway: length, stations, dates', url: 'https://en.vestikavkaza.ru/material/177219' },
        { ...NE_BORDER_BANK, note: 'Dilucu end placed on the Natural Earth Türkiye–Nakhchivan border at the gate, where the Nakhchivan railway is to take over.' },
      ],
      citations: q.context(q.B_MIDDLE_CORRIDOR_LINKS),
    },
  },
];

const port = (
  id: string,
  name: string,
  at: Position,
  countries: string[],
  summary: string,
  status: Draft['properties']['status'],
  status_note: string,
  sources: Draft['properties']['geometry_sources'],
  citations: Draft['properties']['citations'],
  status_sources: StatusSource[],
  status_events: WrittenStatusEvent[],
): Draft => ({
  id,
  geometry: point(at),
  properties: {
    name,
    kind: 'port',
    status,
    status_year: 2026,
    status_note,
    status_sources,
    status_events,
    countries,
    summary,
    figures: [],
    geometry_accuracy: 'approximate',
    geometry_sources: sources,
    citations,
  },
});

// "Caspian ports" describes the ports on the Caspian; the rest speaks of the corridor's ports in general.
const CASPIAN_PORT = [q.B_MIDDLE_CORRIDOR_LINKS, ...q.context(q.B_EC_BOTTLENECKS, q.B_TRANSIT_HUB)];
// Black Sea ports are not named: the study's routes "through the Black Sea region" and the "onward routes" are their context.
// Anaklia port is not built: "investments … have strengthened Azerbaijan's role" is never cited for it.
const BLACK_SEA_PORT = q.context(q.B_EC_STUDY, q.B_EC_BOTTLENECKS, q.B_MIDDLE_CORRIDOR_LINKS);
const CASPIAN_CROSSING = q.context(q.C_MIDDLE_CORRIDOR_FOCUS, q.B_EC_STUDY, q.B_MIDDLE_CORRIDOR_LINKS);
const WORLD_BANK_TITR: Draft['properties']['geometry_sources'][number] = {
  title: 'World Bank (2023), Middle Trade and Transport Corridor: route definition',
  url: 'https://openknowledge.worldbank.org/entities/publication/4d781a1f-ace4-420d-9192-964bbc98b0d1',
};

export const middleCorridor: Draft[] = [
  {
    id: 'mc-kazakhstan-rail-dostyk-aktau',
    geometry: line(
      path(DOSTYK, [79.67, 46.95], [73.37, 47.22], [67.71, 47.79], [61.13, 47.08], [59.614, 47.836], BEYNEU, [52.2, 44.1], [51.35, 43.72], AKTAU_PORT),
    ),
    properties: {
      name: 'Kazakhstan rail trunk: Dostyk–Moyynty–Beyneu–Aktau',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      // The route as drawn, through Zhezkazgan and Beyneu, runs from the opening of the Zhezkazgan–Beyneu line.
      status_events: [reported('operating', '2014-08-22', KAZAKH_TRUNK_OPENING)],
      status_note: 'The 836 km second track Dostyk–Moyynty opened in September 2025 (Kazinform).',
      status_sources: [
        {
          title: 'Dostyk–Moyinty railway launch: what it means for Kazakhstan',
          publisher: 'Kazinform',
          url: 'https://qazinform.com/news/dostyk-moyinty-railway-launch-what-it-means-for-kazakhstan-822243',
          says: '30 September 2025: the President launched the second line of the Dostyk–Moyinty railway and called the launch of service along the route historic; the tracks were launched two years ahead of schedule.',
        },
        {
          title: 'Kazakhstan plans to launch train traffic on second track of Dostyk–Moyinty railroad',
          publisher: 'Trend',
          url: 'https://en.trend.az/casia/kazakhstan/3918318.html',
          says: '1 July 2024: the entire 836 km section was under construction; the Dostyk–Moyinty section is part of the main China–Europe transit corridor through Kazakhstan.',
        },
      ],
      countries: ['China', 'Kazakhstan'],
      summary:
        "The rail leg of the Middle Corridor across Kazakhstan from the Chinese border at Dostyk to the Caspian port of Aktau. The bulletin describes the corridor as linking Central Asian rail networks with Caspian ports; it does not name the Kazakh lines.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        WORLD_BANK_TITR,
        NE_PLACES,
        UNSOURCED,
        { title: 'Dostyk–Moyynty second track', url: 'https://qazinform.com/news/dostyk-moyinty-railway-launch-what-it-means-for-kazakhstan-822243' },
      ],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS, ...q.MIDDLE_CORRIDOR_GENERAL],
    },
  },
  {
    id: 'mc-kazakhstan-rail-altynkol-moyynty',
    geometry: line(path(ALTYNKOL, [76.913, 43.327], [73.745, 43.595], [73.37, 47.22])),
    properties: {
      name: 'Kazakhstan rail: Altynkol (Khorgos)–Almaty–Shu–Moyynty',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '2012-12-22', ALTYNKOL_OPENING)],
      status_sources: [
        {
          title: 'The volume of traffic through the Altynkol–Khorgos border crossing increased by 30%',
          publisher: 'Kazakhstan Temir Zholy',
          url: 'https://railways.kz/en/news/volume-traffic-through-altynkol-khorgos-border-crossing-increase/',
          says: 'Altynkol is the second Kazakh–Chinese railway crossing after Dostyk; freight and container trains are received and dispatched there, and cargo flows from it to Europe, the Gulf, Central Asia and the Caucasus.',
        },
        {
          title: 'New railway crossing Khorgos',
          publisher: 'Oceansky Logistics',
          url: 'http://oceansky-logistics.com/en/ceansky_news/details/82.html',
          says: 'Kazakhstan and China have introduced a new railway border crossing, Altynkol–Khorgos; the ceremony of opening of the section was attended by the heads of Kazakhstan Temir Zholy and of the Urumqi railway. The Zhetygen–Altynkol railway is 293 km long.',
        },
      ],
      countries: ['China', 'Kazakhstan'],
      summary:
        "The second China–Kazakhstan entry of the Middle Corridor, from the Khorgos/Altynkol crossing via Almaty to the trunk line at Moyynty. Not named in the documents; drawn as part of the Central Asian rail networks the bulletin mentions.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [WORLD_BANK_TITR, NE_PLACES, UNSOURCED],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS, ...q.MIDDLE_CORRIDOR_GENERAL],
    },
  },
  {
    id: 'mc-kazakhstan-rail-kuryk',
    geometry: line(path([51.35, 43.72], [51.55, 43.45], KURYK_PORT)),
    properties: {
      name: 'Rail access to Kuryk port',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('under construction', '2015-04', KURYK_CONSTRUCTION), reported('operating', '2016-12', KURYK_IN_OPERATION)],
      status_sources: [
        {
          title: 'The first cargo from Kazakhstan’s Kuryk port arrived in Azerbaijan',
          publisher: 'Sea-News.az',
          url: 'https://sea-news.az/2017/03/29/the-first-cargo-from-kazakhstans-kuryk-port-arrived-in-azerbaijan/',
          says: 'The first cargo from Kuryk port, railway wagons carried by the ferry Barda, arrived at Baku port; the launching of the Kuryk ferry complex on the Trans-Caspian route is an important event.',
        },
      ],
      countries: ['Kazakhstan'],
      summary:
        'The rail link from the Mangystau network to the ferry port of Kuryk, south of Aktau. Not named in the documents; drawn as part of the links between Central Asian rail networks and Caspian ports.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [UNSOURCED],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS],
    },
  },
  port(
    'mc-port-aktau',
    'Port of Aktau',
    AKTAU_PORT,
    ['Kazakhstan'],
    "Kazakhstan's main Caspian port and a Middle Corridor ferry terminal. The bulletin speaks of Caspian ports and port infrastructure along the Trans-Caspian route without naming them.",
    'operating',
    'A container hub built with China’s Lianyungang port was planned for commissioning in December 2025 (Kursiv, May 2024).',
    [{ title: 'Aktau and Kuryk seaports', url: 'https://astanatimes.com/2024/09/kazakh-pm-assesses-logistic-potential-of-aktau-kuryk-seaports/' }, UNSOURCED],
    CASPIAN_PORT,
    [
      CASPIAN_FERRIES,
      {
        title: 'KTZ and Lianyungang Port agree to build container hub in Aktau',
        publisher: 'Kursiv',
        url: 'https://kz.kursiv.media/en/2024-05-30/ktz-and-lianyungang-port-agree-to-build-container-hub-in-aktau/',
        says: '30 May 2024: Kazakhstan Railways will build a container hub in the port of Aktau with Lianyungang Port; construction was to start in 2024 and the hub to be commissioned in December 2025.',
      },
    ],
    [reported('operating', '1963', AKTAU_PORT_HISTORY)],
  ),
  port(
    'mc-port-kuryk',
    'Port of Kuryk',
    KURYK_PORT,
    ['Kazakhstan'],
    "Kazakhstan's rail-ferry port south of Aktau. The bulletin speaks of Caspian ports along the Trans-Caspian route without naming them.",
    'operating',
    'Its ferry complex sent its first cargo to Baku in March 2017 (Sea-News.az).',
    [{ title: 'Kuryk seaport capacity', url: 'https://astanatimes.com/2021/08/kuryk-seaport-plans-to-increase-shipment-capacity/' }, UNSOURCED],
    CASPIAN_PORT,
    [
      CASPIAN_FERRIES,
      {
        title: 'The first cargo from Kazakhstan’s Kuryk port arrived in Azerbaijan',
        publisher: 'Sea-News.az',
        url: 'https://sea-news.az/2017/03/29/the-first-cargo-from-kazakhstans-kuryk-port-arrived-in-azerbaijan/',
        says: 'Report of 29 March 2017: on 24 March 2017 the first cargo from the port of Kuryk, railway wagons on the ferry Barda, arrived in Azerbaijan, at Baku International Sea Trade Port.',
      },
    ],
    [reported('under construction', '2015-04', KURYK_CONSTRUCTION), reported('operating', '2016-12', KURYK_IN_OPERATION)],
  ),
  port(
    'mc-port-turkmenbashi',
    'Turkmenbashi International Seaport',
    TURKMENBASHI_PORT,
    ['Turkmenistan'],
    "Turkmenistan's Caspian port, the start of the southern ferry branch to Baku. The documents do not name it; the bulletin speaks of Caspian ports.",
    'operating',
    'Opened on 2 May 2018; about 17 Mt of cargo a year excluding oil products (Turkmenistan.ru, Trend).',
    [{ title: 'Turkmenbashi port', url: 'https://www.en.portnews.ru/news/341969/' }, NE_PLACES],
    CASPIAN_PORT,
    [
      {
        title: 'Turkmenbashi International Seaport inaugurated',
        publisher: 'Turkmenistan.ru',
        url: 'http://www.turkmenistan.ru/en/articles/18426.html',
        says: '3 May 2018: President Berdimuhamedov inaugurated the new Turkmenbashi International Seaport; its average capacity is about 17 million tons of cargo a year, excluding petroleum products.',
      },
      TURKMENBASHI_OPENING,
    ],
    [reported('operating', '2018-05-02', published(TURKMENBASHI_OPENING, '2018-05-02'))],
  ),
  port(
    'mc-port-baku-alat',
    'Baku International Sea Trade Port (Alat)',
    ALAT_PORT,
    ['Azerbaijan'],
    "Azerbaijan's main port at Alat, south of Baku, where Caspian ferries meet the Baku–Tbilisi–Kars railway. The bulletin says the Middle Corridor places Baku at the centre of Eurasian connectivity and names investments in ports along the route.",
    'operating',
    'Opened on 14 May 2018 for 15 Mt of cargo and 100,000 containers a year; a next stage of 25 Mt and 500,000 containers was planned (ADY, Trend).',
    [
      { title: 'Baku port at Alat', url: 'https://ady.az/en/news/read/1082/43' },
      { title: 'Port expansion (Dec 2025)', url: 'https://www.trend.az/business/4131566.html' },
      { ...UNSOURCED, note: 'Port point placed east of Alat settlement; about 3 km uncertainty.' },
    ],
    CASPIAN_PORT,
    [
      ALAT_OPENING,
      {
        title: 'President Aliyev: New Baku Port to play key role in boosting Azerbaijan’s transport potential (UPDATE 2)',
        publisher: 'Trend (via xebersaati.com)',
        url: 'http://www.xebersaati.com/news/234330-president-aliyev-new-baku-port-to-play-key-role-in-boosting-azerbaijan-s-transport-potential-update-2/',
        says: '14 May 2018: the port is being put into operation, capable of handling 15 million tons of cargo including 100,000 containers; the next stage is to bring it to 25 million tons, and it is planned to raise capacity to 500,000 containers a year.',
      },
    ],
    [reported('under construction', '2010-11-03', ALAT_FOUNDATION), reported('operating', '2018-05-14', published(ALAT_OPENING, '2018-05-14'))],
  ),
  port(
    'mc-port-poti',
    'Port of Poti',
    POTI,
    ['Georgia'],
    "Georgia's Black Sea port at the end of the Georgian rail line, a Middle Corridor gateway to Europe. Not named in the documents, which speak of trade routes through the Black Sea region.",
    'operating',
    'A new container terminal, the first phase of its expansion, was under way, to be completed in 2027 (APM Terminals Poti, September 2024).',
    [{ title: 'Natural Earth 1:10m ports', url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/ports/' }, { title: 'Poti expansion', url: 'https://www.marinelink.com/news/georgian-port-poti-mulls-new-project-475314' }],
    BLACK_SEA_PORT,
    [
      BLACK_SEA_FEEDER,
      {
        title: 'Georgia’s Poti Terminal to foster Middle Corridor development',
        publisher: 'TurkicWorld',
        url: 'https://turkic.world/en/articles/transport/281681',
        says: '19 September 2024, APM Terminals Poti: the first phase of the port expansion, already under way, covers 15 of 100 hectares, with a breakwater and a container terminal; construction work begins in 2025 and completion is scheduled for 2027.',
      },
    ],
    [reported('operating', '1905-05-07', POTI_OPENING)],
  ),
  port(
    'mc-port-batumi',
    'Port of Batumi',
    BATUMI,
    ['Georgia'],
    "Georgia's southern Black Sea port, reached by rail from Tbilisi. Not named in the documents, which speak of trade routes through the Black Sea region.",
    'operating',
    'In operation: container ships and trains link it with Constanța and Baku (Georgian Railway).',
    [{ title: 'Natural Earth 1:10m ports', url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/ports/' }],
    BLACK_SEA_PORT,
    [BLACK_SEA_FEEDER],
    [reported('operating', '1878', BATUMI_ESTABLISHED)],
  ),
  port(
    'mc-port-anaklia',
    'Anaklia deep-sea port (site)',
    ANAKLIA,
    ['Georgia'],
    "The site of Georgia's planned deep-sea port at Anaklia, which also hosts the planned landing of the Black Sea submarine cable. Not named in the documents, which speak of port infrastructure along the Trans-Caspian route.",
    'under construction',
    'Marine works by Jan De Nul began in September 2024 and construction was officially launched in October 2024; the first ship is expected by 2029. The 2026 state budget cut the port’s funding for 2026 (Agenda.ge, JAMnews, Dredgewire).',
    [
      { title: 'Anaklia port funding 2026', url: 'https://dredgewire.com/georgia-cuts-funding-for-anaklia-deep-sea-port-in-2026-budget' },
      UNSOURCED,
    ],
    BLACK_SEA_PORT,
    [
      ANAKLIA_CONSTRUCTION,
      {
        title: 'Belgian company in Anaklia port',
        publisher: 'JAMnews',
        url: 'https://jam-news.net/belgian-company-in-anaklia-port/',
        says: 'According to the Georgian Ministry of Economy, the first ships are expected to dock at the deep-water Anaklia port in 2029.',
      },
      {
        title: 'Georgia cuts funding for Anaklia deep sea port in 2026 budget',
        publisher: 'Dredgewire',
        url: 'https://dredgewire.com/georgia-cuts-funding-for-anaklia-deep-sea-port-in-2026-budget',
        says: '3 December 2025: the final 2026 state budget cuts planned funding for the port’s water infrastructure to 50 million lari, from 150 million in earlier drafts; a large dredger is expected in July 2026 to begin deepening the port basin.',
      },
    ],
    [
      reported('under construction', '2024-09-16', published(ANAKLIA_CONSTRUCTION, '2024-10')),
      // "By 2029", the ministry said in August 2024.
      reported('operating', '../2029', ANAKLIA_FIRST_SHIPS),
    ],
  ),
  {
    id: 'mc-sea-aktau-baku',
    geometry: line(path(AKTAU_PORT, [51.0, 43.2], ...EAST_OF_ABSHERON, ALAT_PORT)),
    properties: {
      name: 'Caspian ferry: Aktau–Baku (Alat)',
      kind: 'sea-route',
      status: 'operating',
      status_year: 2026,
      // The line began in the 1970s (oil); the evidence dates its restored rail-ferry service.
      status_events: [reported('operating', '2001-09', AKTAU_BAKU_FERRY)],
      status_sources: [
        CASPIAN_FERRIES,
        {
          title: 'Regular feeder service on the Trans-Caspian route launched',
          publisher: 'Kazmortransflot',
          url: 'https://www.kmtf.kz/en/news/zapushheno-reguljarnoe-fidernoe-soobshhenie-po-transkaspijskomu-marshrutu/',
          says: 'On April 16, 2019, an event at the seaport of Aktau opened feeder traffic on the Trans-Caspian route; the feeder vessel Turkestan was loaded with containers for the port of Baku; the ships ply weekly.',
        },
      ],
      countries: ['Kazakhstan', 'Azerbaijan'],
      summary:
        "The main Trans-Caspian ferry and container line of the Middle Corridor. The charter focuses on the Trans-Caspian Transport Corridor including maritime transport; the bulletin mentions routes through the Caspian Sea.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [WORLD_BANK_TITR, { ...UNSOURCED, note: 'Sea lane drawn around the Absheron peninsula; real sailing routes vary.' }],
      citations: [...CASPIAN_CROSSING, ...q.context(q.B_TRANS_CASPIAN_FREIGHT), ...q.MIDDLE_CORRIDOR_IN_AZERBAIJAN],
    },
  },
  {
    id: 'mc-sea-kuryk-baku',
    geometry: line(path(KURYK_PORT, [51.2, 42.6], ...EAST_OF_ABSHERON, ALAT_PORT)),
    properties: {
      name: 'Caspian ferry: Kuryk–Baku (Alat)',
      kind: 'sea-route',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '2017-03', KURYK_FIRST_CARGO)],
      status_sources: [
        CASPIAN_FERRIES,
        {
          title: 'Ferry vessel “Zarifa Aliyeva” reaches port of Kuryk',
          publisher: 'Sea-News.az (Report)',
          url: 'https://sea-news.az/2022/05/06/ferry-vessel-zarifa-aliyeva-reaches-port-of-kuryk/',
          says: 'The Ro-Pax ferry Zarifa Aliyeva of the Azerbaijan Caspian Shipping Company arrived at Kuryk with passengers and trucks, to leave for Baku in the evening, a crossing of about 20–22 hours.',
        },
      ],
      countries: ['Kazakhstan', 'Azerbaijan'],
      summary: 'The rail-ferry crossing from Kuryk to Baku port at Alat, part of the Middle Corridor. Not named in the documents.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [WORLD_BANK_TITR, { ...UNSOURCED, note: 'Sea lane drawn around the Absheron peninsula; real sailing routes vary.' }],
      citations: [...CASPIAN_CROSSING, ...q.MIDDLE_CORRIDOR_IN_AZERBAIJAN],
    },
  },
  {
    id: 'mc-sea-turkmenbashi-baku',
    geometry: line(path(TURKMENBASHI_PORT, [53.03, 39.9], [53.07, 39.74], [53.0, 39.68], [52.8, 39.7], [50.6, 39.85], ALAT_PORT)),
    properties: {
      name: 'Caspian ferry: Turkmenbashi–Baku (Alat)',
      kind: 'sea-route',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '1962', published(TURKMENBASHI_BAKU_FERRY, '2023-06-19'))],
      status_sources: [
        CASPIAN_FERRIES,
        TURKMENBASHI_BAKU_FERRY,
      ],
      countries: ['Turkmenistan', 'Azerbaijan'],
      summary:
        'The southern Trans-Caspian ferry line, which carries Uzbek and other Central Asian freight arriving by rail at Turkmenbashi. Not named in the documents.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ title: 'Middle Corridor multimodal routes via Turkmenbashi', url: 'https://jamestown.org/middle-corridor-expands-through-new-multimodal-routes' }, UNSOURCED],
      citations: [...CASPIAN_CROSSING, ...q.context(q.B_TASHKENT_CARGO), ...q.MIDDLE_CORRIDOR_IN_AZERBAIJAN],
    },
  },
  {
    id: 'mc-baku-tbilisi-kars-railway',
    geometry: line(
      path(
        BAKU,
        [49.47, 40.18],
        [49.42, 40.07],
        ALAT_PORT, // the line serves the port, where the Caspian ferries meet it
        [48.94, 40.04],
        [48.17, 40.35],
        [47.65, 40.51],
        [47.15, 40.617],
        [46.35, 40.685],
        [46.02, 40.83],
        [45.63, 40.99],
        [45.45, 41.12],
        [45.092, 41.309],
        [45.05, 41.57],
        TBILISI,
        [44.79, 41.47],
        [44.09, 41.59],
        [43.49, 41.41],
        [43.23, 41.21],
        KARS,
      ),
    ),
    properties: {
      name: 'Baku–Tbilisi–Kars railway (via Akhalkalaki)',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('under construction', '2007-11-21', BTK_CONSTRUCTION), reported('operating', '2017-10-30', published(BTK_OPENING, '2017-10-30'))],
      status_note: 'Opened on 30 October 2017 (Report.az); in Georgia it uses the rebuilt Tbilisi–Akhalkalaki line and a new line from Akhalkalaki to the Turkish border (1TV).',
      status_sources: [
        BTK_OPENING,
        {
          title: 'Giorgi Kvirikashvili will attend Baku-Tbilisi-Kars railway opening ceremony',
          publisher: '1TV (Georgian Public Broadcaster)',
          url: 'https://1tv.ge/lang/en/news/giorgi-kvirikashvili-will-attend-baku-tbilisi-kars-railway-opening-ceremony',
          says: 'The railway will be activated on October 30 [2017]; within the project the Tbilisi–Akhalkalaki section was rehabilitated and a new 29 km section built from Akhalkalaki to the Turkish border.',
        },
      ],
      countries: ['Azerbaijan', 'Georgia', 'Türkiye'],
      summary:
        "The rail spine of the Middle Corridor from Baku via Ganja, Tbilisi and Akhalkalaki to Kars. The bulletin mentions Azerbaijan's transport infrastructure and onward routes to Türkiye, and a Tashkent meeting of the Azerbaijani, Uzbek and Georgian railways on Middle Corridor cargo.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        { title: 'Kars–Tbilisi–Baku railway (Wikipedia mirror)', url: 'https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Kars%E2%80%93Tbilisi%E2%80%93Baku_railway' },
        NE_PLACES,
        { ...UNSOURCED, note: 'Station waypoints from general knowledge (a few km); straight chords of 40–70 km between them cut the mountain curves, so the line is a diagram, not a trace.' },
      ],
      citations: [...q.MIDDLE_CORRIDOR_GENERAL, ...q.MIDDLE_CORRIDOR_IN_AZERBAIJAN, ...q.context(q.B_MIDDLE_CORRIDOR_LINKS, q.B_TASHKENT_RAILWAYS, q.B_TASHKENT_CARGO)],
    },
  },
  {
    id: 'mc-georgia-rail-black-sea-ports',
    geometry: lines(
      path(TBILISI, [44.11, 41.98], [43.6, 41.99], [43.05, 42.11], [42.64, 42.22], [42.34, 42.16], POTI),
      path([42.34, 42.16], [42.03, 42.09], [41.82, 41.93], [41.8, 41.82], [41.77, 41.74], [41.7, 41.67], BATUMI),
    ),
    properties: {
      name: 'Georgian rail to the Black Sea ports (Tbilisi–Poti and Batumi)',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '1872-10-10', GEORGIAN_RAILWAY_OPENING)],
      status_sources: [
        {
          title: 'Georgian Railway has opened a regular block train between Poti and Baku',
          publisher: 'GruzInGeo',
          url: 'https://gruzingeo.com/georgian-railway-has-opened-a-regular-block-train-between-poti-and-baku',
          says: 'Georgian Railway is launching a container block train from the ports of Batumi and Poti to Baku along the Batumi–Poti–Tbilisi–Absheron–Sumgait–Alat corridor, to operate on a fixed schedule.',
        },
      ],
      countries: ['Georgia'],
      summary:
        "Georgia's east–west main line from Tbilisi to the ports of Poti and Batumi, the Middle Corridor's Black Sea exit. Not named in the documents; the bulletin names Georgian Railways among the Tashkent meeting's participants.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [NE_PLACES, UNSOURCED],
      citations: q.context(q.B_TASHKENT_RAILWAYS, q.B_TASHKENT_CARGO, q.B_EC_STUDY, q.B_MIDDLE_CORRIDOR_LINKS),
    },
  },
  {
    id: 'mc-sea-black-sea-constanta',
    geometry: lines(path(POTI, [40.5, 42.6], [33.0, 43.6], [29.4, 44.1], CONSTANTA), path(BATUMI, [40.5, 42.6])),
    properties: {
      name: 'Black Sea ferry and container links: Poti/Batumi–Constanța',
      kind: 'sea-route',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '2014-10-16', CONSTANTA_BATUMI_FERRY)],
      status_sources: [BLACK_SEA_FEEDER],
      countries: ['Georgia', 'Romania'],
      summary:
        "The sea leg of the Middle Corridor from Georgia's ports across the Black Sea to Constanța in the EU. The bulletin mentions trade routes connecting Europe with Central Asia through the Black Sea region.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [WORLD_BANK_TITR, UNSOURCED],
      citations: q.context(q.B_EC_STUDY, q.B_MIDDLE_CORRIDOR_LINKS),
    },
  },
  {
    id: 'mc-turkiye-rail-kars-europe',
    geometry: line(
      path(KARS, [41.29, 39.92], [39.493, 39.753], [37.035, 39.745], [35.49, 38.735], [33.51, 39.85], [32.862, 39.929], [30.53, 39.795], [29.92, 40.77], [29.01, 41.0], [28.0, 41.28], [26.56, 41.68], [26.68, 41.72]),
    ),
    properties: {
      name: 'Onward rail through Türkiye: Kars–Ankara–Istanbul (Marmaray)–Kapıkule',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      // The through route under the Bosphorus: freight trains crossed by the Marmaray tunnel from October 2019.
      status_events: [reported('operating', '2019-10', published(MARMARAY_FREIGHT, '2019-10-28'))],
      status_note: 'The first China–Europe freight train over BTK and through the Marmaray tunnel ran in November 2019 (Azernews).',
      status_sources: [
        {
          title: 'First Chinese freight train to Europe via BTK sets off from Ankara',
          publisher: 'Azernews',
          url: 'https://www.azernews.az/business/158401.html',
          says: '12 November 2019: the first China Railway Express freight train running from China over the Baku–Tbilisi–Kars railway directly to Europe via the Marmaray tunnel set off from Ankara on 7 November 2019, bound for Prague.',
        },
        MARMARAY_FREIGHT,
      ],
      water_crossings: [
        {
          name: 'Marmaray tunnel under the Bosphorus',
          from: [29.03, 40.99],
          to: [28.98, 41.01],
          source: { title: 'First China–Türkiye–Europe freight train, through the Marmaray tunnel', url: 'https://www.railjournal.com/freight/first-china-turkey-europe-freight-train-reaches-ankara/' },
        },
      ],
      countries: ['Türkiye'],
      summary:
        'The rail route from Kars across Türkiye and under the Bosphorus to the Bulgarian border at Kapıkule. The bulletin speaks of onward routes to Türkiye and Europe without naming lines.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        NE_PLACES,
        UNSOURCED,
        { title: 'First China–Türkiye–Europe freight train', url: 'https://www.railjournal.com/freight/first-china-turkey-europe-freight-train-reaches-ankara/' },
      ],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS, ...q.MIDDLE_CORRIDOR_GENERAL],
    },
  },
  {
    id: 'mc-uzbekistan-rail-tashkent-turkmenbashi',
    geometry: line(
      path(TASHKENT, [68.66, 40.84], [68.78, 40.49], [67.84, 40.12], [66.945, 39.67], NAVOI, [64.43, 39.78], [63.58, 39.08], [61.833, 37.6], [58.383, 37.95], [54.365, 39.512], [53.9, 39.75], [53.45, 40.02], [53.15, 40.03], TURKMENBASHI_PORT),
    ),
    properties: {
      name: 'Uzbekistan rail link to the Caspian via Turkmenistan (Tashkent–Bukhara–Ashgabat–Turkmenbashi)',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '1899', TRANS_CASPIAN_RAILWAY)],
      status_note: 'A China–Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan multimodal container service, by rail from Osh to the Turkmen port and by sea to Baku, was launched on 15 October 2025 (Trend).',
      status_sources: [
        {
          title: 'Первый мультимодальный контейнерный рейс Китай–Кыргызстан–Узбекистан–Туркменистан–Азербайджан',
          publisher: 'Trend',
          url: 'https://ru.trend.az/azerbaijan/business/4105452.html',
          says: 'On 15 October 2025 the first international multimodal container service on the China–Kyrgyzstan–Uzbekistan–Turkmenistan–Azerbaijan route left Kashgar: by road to Osh, then by rail to the Turkmen port, and by sea to Baku. The launch of the route, a southern branch of the Middle Corridor, aims to make logistics more efficient.',
        },
      ],
      countries: ['Uzbekistan', 'Turkmenistan'],
      summary:
        "The southern rail route from Uzbekistan through Turkmenistan to the Caspian port of Turkmenbashi. The bulletin reports a February 2026 meeting in Tashkent of the Azerbaijani, Uzbek and Georgian railway heads on Middle Corridor cargo; it does not name this line.",
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        NE_PLACES,
        { ...UNSOURCED, note: 'Waypoints Sirdaryo, Gulistan, Jizzakh, Samarkand and Navoi keep the line inside Uzbekistan; it reaches Turkmenbashi along the north shore of the bay.' },
        { title: 'Multimodal route via Turkmenbashi (15 Oct 2025)', url: 'https://ru.trend.az/azerbaijan/business/4105452.html' },
      ],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS, ...q.context(q.B_TASHKENT_MEETING, q.B_TASHKENT_RAILWAYS, q.B_TASHKENT_CARGO)],
    },
  },
  {
    id: 'mc-uzbekistan-rail-navoi-beyneu',
    geometry: line(path(NAVOI, [63.55, 42.15], [59.615, 42.47], [58.9, 43.07], BEYNEU)),
    properties: {
      name: 'Uzbekistan rail link to the Caspian via Kazakhstan (Navoi–Nukus–Beyneu)',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      // The route as drawn, through Uchkuduk and Miskin, runs from the opening of that line.
      status_events: [reported('operating', '2001', UCHKUDUK_MISKIN)],
      status_sources: [
        {
          title: 'Uzbekistan dispatches first transit cargo through Aktau port',
          publisher: 'Kazinform',
          url: 'https://en.inform.kz/amp/uzbekistan-dispatches-first-transit-cargo-through-aktau-port_a3526311/',
          says: '14 May 2019: the first transit container cargo for Uzbekistan was dispatched from the port of Aktau, on an Aktau–Tashkent container train of Uzbekistan Railways.',
        },
        {
          title: 'Trend report: Uzbekistan and Kazakhstan resume passenger rail transportation (republished by gate.coron.tech)',
          publisher: 'Trend',
          url: 'https://gate.coron.tech/news/130001202218053849213',
          says: 'Uzbekistan Temir Yollari: from May 15, train No. 647/648 will be launched on the route Nukus (Uzbekistan) – Beyneu (Kazakhstan) – Nukus.',
        },
      ],
      countries: ['Uzbekistan', 'Kazakhstan'],
      summary:
        'The northern rail route from central Uzbekistan through Karakalpakstan to Beyneu and on to the Kazakh Caspian ports. Not named in the documents; drawn as one of the Uzbekistan links the Tashkent meeting concerns.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [NE_PLACES, UNSOURCED],
      citations: [q.B_MIDDLE_CORRIDOR_LINKS, ...q.context(q.B_TASHKENT_MEETING, q.B_TASHKENT_CARGO)],
    },
  },
];
