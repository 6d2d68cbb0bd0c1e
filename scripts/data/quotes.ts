/**
 * Verbatim passages of the two documents, named once and reused by the layer tables.
 * Each is a W3C TextQuoteSelector; the validator checks that every one anchors exactly once.
 */
import type { Citation, CitationWithRole } from '../../src/model/features/feature.ts';

export const charter = (exact: string): Citation => ({ source: 'charter-2026', exact });
export const bulletin = (exact: string): Citation => ({ source: 'bulletin-2026-02', exact });

/** Passages cited as context: they speak of the corridor or programme a feature belongs to, not of the feature. */
export const context = (...citations: Citation[]): CitationWithRole[] => citations.map((citation) => ({ ...citation, role: 'context' }));

// The charter
export const C_BAKU = charter('BAKU, Azerbaijan, February 10. The full text of the Charter on Strategic Partnership');
export const C_WASHINGTON_MOU = charter('signed on August 8, 2025, in Washington D.C.');
export const C_MIDDLE_CORRIDOR_FOCUS = charter(
  'with a focus on the Trans-Caspian Transport Corridor (Middle Corridor) by cooperation on land, maritime, and air transportation infrastructure development',
);
export const C_TRIPP = charter(
  'They acknowledge the importance of the Trump Route for International Peace and Prosperity (TRIPP), as a multi-modal connectivity project that will provide unimpeded connectivity between the main part of the Republic of Azerbaijan and its Nakhchivan Autonomous Republic with reciprocal benefits for international and intra-state connectivity for the countries involved, and unlock the region’s potential for international trade and transit in line with the Washington Peace Summit Declaration of August 8, 2025.',
);
export const C_WASHINGTON_DECLARATION = charter('in line with the Washington Peace Summit Declaration of August 8, 2025');
export const C_CONTRACT_AND_SGC = charter(
  'has resulted in the implementation of such projects as the Contract of the Century, the Southern Gas Corridor',
);
export const C_MIDDLE_CORRIDOR_TRIPP = charter(
  'with a focus on developing the Middle Corridor across the energy, transport and digital infrastructure sectors, including through the development of the TRIPP and other projects',
);
export const C_CRITICAL_MINERALS = charter('facilitating the transit of critical minerals via the Middle Corridor to global markets');

// Bulletin, section I
export const B_WASHINGTON_SUMMIT = bulletin(
  "marked Washington's most consequential engagement with the South Caucasus since the August 2025 peace summit in Washington",
);
export const B_CHENEY_BAKU = bulletin('after Dick Cheney traveled to Baku in 2008');
export const B_BAKU_VISIT = bulletin(
  'The most significant outcome of the Baku visit was the signing of a Strategic Partnership Charter between the United States and Azerbaijan',
);
export const B_MIDDLE_CORRIDOR_ROLE = bulletin(
  'Situated along the east-west trade routes connecting Central Asia with Europe, the country plays a key role in the expanding Middle Corridor – also known as the Trans-Caspian International Transport Route.',
);
export const B_ALIYEV_CORRIDOR = bulletin(
  '“a very reliable, safe, and large-scale transportation corridor that will connect Asia with Europe through the territory of Azerbaijan, Armenia, and other neighbors, thus strengthening what has been achieved on the peace track in the region.”',
);
export const B_TRIPP_DEFINITION = bulletin(
  'A major focus of the visit was the development of the Trump Route for International Peace and Prosperity (TRIPP), a proposed transport corridor linking mainland Azerbaijan with its Nakhchivan exclave through Armenian territory.',
);
export const B_TRIPP_CONFLICT_LINE = bulletin(
  'The project is intended to transform what was previously a conflict line into a channel for commerce and regional integration.',
);
export const B_TRIPP_MIDDLE_CORRIDOR = bulletin(
  "As part of the Middle Corridor connecting Central Asia to Europe via the South Caucasus, the route could strengthen east-west connectivity while increasing the region's role in global supply chains.",
);
export const B_TRIPP_VANCE = bulletin(
  'The vice president also underscored the importance of the TRIPP corridor, which he described as a project capable of reinforcing the peace agreement between Azerbaijan and Armenia through economic cooperation.',
);

// Bulletin, section II
export const B_ZANGEZUR_LINE_BEGINS = bulletin(
  "Azerbaijan begins construction of a high-voltage power transmission line through the Zangezur corridor, a project designed to connect the Nakhchivan Autonomous Republic to the country's unified electricity system and support the development of a broader Azerbaijan-Türkiye-Europe energy corridor.",
);
export const B_330_DESIGN = bulletin(
  'which confirmed that construction has begun on a double-circuit 330-kilovolt transmission line with a total capacity of 1,000 megawatts.',
);
export const B_330_VOLTAGE = bulletin('a double-circuit 330-kilovolt transmission line');
export const B_330_POWER = bulletin('with a total capacity of 1,000 megawatts');
export const B_330_SEGMENT_A = bulletin('The initial stage includes a 74-kilometer segment stretching from Jabrayil to Agbend');
export const B_330_SEGMENT_B = bulletin('a parallel 105-kilometer section running from Nakhchivan to the Ordubad border');
export const B_330_ARAZ = bulletin(
  'The route follows the Araz River and crosses mountainous and rocky terrain, presenting significant engineering challenges due to difficult relief conditions and harsh climatic factors.',
);
export const B_ENERGY_ISLAND = bulletin(
  "The infrastructure project represents a major step toward eliminating Nakhchivan's long-standing status as an energy island.",
);
export const B_330_SEGMENT_C = bulletin(
  'At the next stage of the project, an additional 44-kilometer transmission segment will be constructed through the Zangezur corridor itself, linking the Agbend and Ordubad sections into a continuous internal route.',
);
export const B_330_SEGMENT_C_LENGTH = bulletin('an additional 44-kilometer transmission segment');
export const B_330_SUBSTATION = bulletin('At the same time, a new 330-kilovolt substation will be built in the city of Nakhchivan.');
export const B_330_SUBSTATION_VOLTAGE = bulletin('a new 330-kilovolt substation');
export const B_330_SUBSTATION_SITE = bulletin(
  'Preparatory work for this facility has already begun, with 49 hectares of land allocated for the installation and mobilization activities underway.',
);
export const B_330_SUBSTATION_AREA = bulletin('49 hectares of land allocated');
export const B_ELECTRICITY_CORRIDOR = bulletin(
  'the project forms part of a wider initiative to establish an international electricity corridor linking Azerbaijan, Türkiye, and European markets.',
);
export const B_400_LINE = bulletin(
  'As a continuation of this strategy, Azerbaijan plans to construct a 230-kilometer 400-kilovolt transmission line from Nakhchivan to Türkiye.',
);
export const B_400_LINE_LENGTH = bulletin('a 230-kilometer 400-kilovolt transmission line');
export const B_400_CONVERTER = bulletin(
  "The project will also include the construction of a converter substation operating within the 400-kilovolt voltage class, a technical capability that has not previously existed in Azerbaijan's energy system.",
);
export const B_400_CONVERTER_VOLTAGE = bulletin('a converter substation operating within the 400-kilovolt voltage class');
export const B_400_EFFECT = bulletin(
  "Once completed, this infrastructure would significantly expand Azerbaijan's cross-border electricity transmission capacity and help align the country's grid with European technical standards.",
);
export const B_400_NEW_ROUTE = bulletin(
  'It would also create a new energy route connecting the South Caucasus with European electricity markets and potentially, in the longer term, linking Central Asian renewable energy resources to Europe through the Caspian region.',
);
export const B_ZANGEZUR_PLATFORM = bulletin(
  'What was initially understood primarily as a transport corridor linking Azerbaijan with Nakhchivan is gradually evolving into a multi-layered connectivity platform encompassing transportation, logistics, and energy infrastructure.',
);
export const B_ZANGEZUR_LAUNCH = bulletin(
  'The launch of construction on the Zangezur transmission line reflects a broader shift in how regional infrastructure projects are being conceived',
);
export const B_ZANGEZUR_HUB = bulletin(
  'For Azerbaijan, the Zangezur transmission line project fits within a broader strategy of expanding its role as a regional energy hub.',
);
export const B_GAS_SIXTEEN = bulletin(
  'Azerbaijan supplies natural gas to sixteen countries, including ten members of the European Union, giving it one of the widest geographical export networks for pipeline gas in the world.',
);
export const B_NAKHCHIVAN_TRANSIT = bulletin(
  'Electricity connectivity through Nakhchivan adds a new dimension to this role by enabling Azerbaijan to function not only as a producer but also as a regional transit and balancing center for electricity flows between the Caspian region, Türkiye, and Europe.',
);
export const B_TURKIYE_INTEREST = bulletin(
  'Türkiye has also expressed strong interest in the development of the Zangezur corridor as an energy route.',
);
export const B_TURKIYE_TRANSIT = bulletin(
  'Turkish officials have indicated that in the future Azerbaijani electricity, along with oil, gas, and renewable energy generated in the Caspian region, could transit through the corridor into Türkiye and onward to European markets.',
);
export const B_BLACK_SEA_CORRIDOR = bulletin(
  'These projects are also expected to connect with the planned Black Sea Energy Corridor linking Azerbaijan, Georgia, Romania, and Hungary.',
);
export const B_METSAMOR = bulletin(
  "Currently, approximately 40 percent of Armenia's electricity generation comes from the Metsamor Nuclear Power Plant, whose fuel supply and operational structure remain closely tied to Moscow.",
);
export const B_METSAMOR_SHARE = bulletin("approximately 40 percent of Armenia's electricity generation");
export const B_ZANGEZUR_ARCHITECTURE = bulletin(
  'The construction of the Zangezur power line represents the emergence of a new regional energy architecture',
);

// Bulletin, section III
export const B_TASHKENT_MEETING = bulletin(
  'officials from Azerbaijan, Uzbekistan, and Georgia met in Tashkent to discuss expanding cooperation along the Trans-Caspian International Transport Route, commonly known as the Middle Corridor.',
);
export const B_TASHKENT_RAILWAYS = bulletin(
  'The discussions took place during a meeting in Tashkent between ADY Chairman Rovshan Rustamov, Chairman of the Board of Uzbekistan Railways Zufar Narzullayev, and Director General of Georgian Railways Lasha Abashidze.',
);
export const B_TASHKENT_CARGO = bulletin(
  'with particular attention to improving the efficiency of cargo transportation from Central Asia to Europe along the Middle Corridor',
);
export const B_EC_STUDY = bulletin(
  'In February, the European Commission released a comprehensive study outlining the investments required to develop trade routes connecting Europe with Central Asia through the Black Sea region, the South Caucasus, and the Caspian Sea.',
);
export const B_TRANS_CASPIAN_FREIGHT = bulletin(
  'The report emphasized that freight traffic along the Trans-Caspian route has increased sharply since 2022',
);
export const B_EC_BOTTLENECKS = bulletin(
  'The study identified rail capacity, port infrastructure, and customs coordination as key areas requiring investment in order to transform the corridor into a reliable Eurasian logistics artery.',
);
export const B_BRUSSELS_BAKU = bulletin(
  'In January 2026, Brussels and Baku agreed to deepen cooperation on transport and logistics projects linking Europe with Central Asia through the South Caucasus.',
);
export const B_NAKHCHIVAN_RAIL_STUDY = bulletin(
  'Among the projects under discussion was a feasibility study for a railway connection linking mainland Azerbaijan with its Nakhchivan exclave, which European officials view as part of a broader network supporting the Trans-Caspian corridor.',
);
export const B_TRANSIT_HUB = bulletin(
  "Infrastructure investments in ports, railways, and customs systems along the Trans-Caspian route have strengthened Azerbaijan's role as a transit hub connecting Central Asia with European markets.",
);
export const B_C5_WASHINGTON = bulletin(
  'The November 2025 summit in Washington marked the second time a sitting U.S. president attended a C5+1 meeting',
);
export const B_MIDDLE_CORRIDOR_LINKS = bulletin(
  "The development of the Middle Corridor—linking Central Asian rail networks with Caspian ports, Azerbaijan's transport infrastructure, and onward routes to Türkiye and Europe—places Baku at the center of Eurasian connectivity.",
);

// Bulletin, section IV
export const B_GAS_GERMANY_AUSTRIA = bulletin(
  'In early 2026, natural gas from Azerbaijan reached Germany and Austria for the first time via the Trans Adriatic Pipeline (TAP), extending the reach of the Southern Gas Corridor deeper into Central Europe.',
);
export const B_GAS_SOCAR = bulletin(
  "The deliveries, confirmed by Azerbaijan's state energy company SOCAR, marked an important milestone in the corridor's expansion",
);
export const B_SGC_VALUE = bulletin(
  "Within this framework, Azerbaijan's position in the Southern Gas Corridor retains considerable strategic value.",
);
export const B_GAS_2025 = bulletin(
  'In 2025, Azerbaijan exported approximately 25 billion cubic meters of natural gas, generating roughly \\$8.8 billion in revenue.',
);
export const B_GAS_REACH = bulletin(
  "Azerbaijani gas reached 16 countries, including 12 in Europe, reflecting the steadily expanding geographic reach of the country's export infrastructure.",
);
export const B_GAS_EU = bulletin('Deliveries to the European Union averaged around 13 billion cubic meters annually');
export const B_GAS_EXPANSION = bulletin(
  'Without investment certainty, expanding upstream production and pipeline capacity would be difficult to justify economically.',
);
export const B_DAVOS = bulletin(
  'President Ilham Aliyev raised this issue during the "Azerbaijan Executive Breakfast" at the World Economic Forum in Davos in January 2026.',
);
export const B_CABLE_AIM = bulletin(
  'One of the most significant projects illustrating this shift is the Black Sea Submarine Cable initiative, which aims to connect the electricity systems of the South Caucasus with Southeastern Europe.',
);
export const B_CABLE_SPEC = bulletin(
  'Developed jointly by Azerbaijan, Georgia, Romania, and Hungary, the project involves constructing a 1,155-kilometer submarine cable capable of transmitting up to 1,300 megawatts of renewable electricity across the Black Sea.',
);
export const B_CABLE_LENGTH = bulletin('a 1,155-kilometer submarine cable');
export const B_CABLE_POWER = bulletin('up to 1,300 megawatts of renewable electricity');
export const B_CABLE_PMI = bulletin(
  'In December 2025 the European Union granted the project "Project of Mutual Interest" status, improving access to financing and regulatory support.',
);
export const B_CABLE_2032 = bulletin(
  'If completed according to current plans, the cable could become operational around 2032 and represent the first direct electricity link between the South Caucasus and the European Union.',
);
export const B_ZANGEZUR_ENERGY_CORRIDOR = bulletin(
  'Among the most important of these developments is the emerging Zangezur energy corridor in southwestern Azerbaijan.',
);
export const B_ZANGEZUR_INTEGRATE = bulletin(
  "Construction has begun on a high-voltage transmission line designed to integrate the Nakhchivan Autonomous Republic into Azerbaijan's unified electricity system and eliminate its long-standing status as an energy island.",
);
export const B_400_SUBSEQUENT = bulletin(
  "A subsequent phase of the project envisages the construction of a 400-kilovolt transmission line connecting Nakhchivan with Türkiye, which would align Azerbaijan's electricity grid more closely with European technical standards and strengthen regional power system integration.",
);
export const B_KHIZI = bulletin(
  'In January 2026, the Khizi-Absheron Wind Power Plant—the largest wind facility in the South Caucasus—was officially inaugurated.',
);
export const B_KHIZI_MIX = bulletin(
  'The project represents an important step in Azerbaijan’s efforts to diversify its electricity generation mix and increase the share of renewable energy in its power system.',
);
export const B_GARADAGH = bulletin(
  'This development builds upon earlier flagship projects such as the 230-megawatt Garadagh Solar Power Plant, developed in partnership with the UAE-based company Masdar.',
);
export const B_GARADAGH_POWER = bulletin('the 230-megawatt Garadagh Solar Power Plant');
export const B_GARADAGH_OUTPUT = bulletin(
  'Since its commissioning, the facility has produced more than one billion kilowatt-hours of electricity and saved over 110 million cubic meters of natural gas by reducing reliance on thermal power generation.',
);
export const B_GARADAGH_LARGEST = bulletin('Garadagh remains the largest solar power plant in the Caspian region and across the CIS.');
export const B_GARADAGH_INVESTMENT = bulletin(
  'Developed with approximately \\$262 million in foreign investment, it also marked Azerbaijan’s first industrial-scale solar project implemented through international financing.',
);
export const B_TRANS_CASPIAN_ELECTRICITY = bulletin(
  'European energy assessments increasingly reference proposals for a Trans-Caspian electricity connection that could link Central Asia’s renewable resources with the South Caucasus and eventually with European markets.',
);
export const B_GREEN_CORRIDOR = bulletin(
  'In this context, Azerbaijan has signed agreements with Kazakhstan and Uzbekistan to explore the development of a Central Asia–Azerbaijan green energy corridor.',
);
export const B_GREEN_FEASIBILITY = bulletin(
  'Feasibility studies supported by institutions such as the Asian Development Bank and the Asian Infrastructure Investment Bank are examining the potential for transmitting renewable electricity across the Caspian region.',
);

// Bulletin, section V
export const B_KHOJALY_1992 = bulletin(
  'In February 1992, one of the most tragic events in the modern history of Azerbaijan took place in the town of Khojaly during the armed conflict in Karabakh.',
);
export const B_KHOJALY_NEAR_KHANKENDI = bulletin(
  'Geographically, Khojaly occupied a strategically significant location near Khankendi.',
);
export const B_KHOJALY_AIRPORT = bulletin(
  'During the early stages of the conflict, the town gained increased logistical and military importance because it hosted the region’s only airport at the time.',
);
export const B_KHOJALY_ASSAULT = bulletin(
  'the attack on Khojaly began late in the evening of February 25 with heavy artillery shelling.',
);
export const B_KHANKENDI_REGIMENT = bulletin(
  "supported by the former Soviet Union's 366th Motorized Rifle Regiment stationed in nearby Khankendi",
);
export const B_SETTLEMENTS = bulletin(
  'Attacks on Azerbaijani civilians in settlements such as Baghanis Ayrim, Jamilli, Karkijahan, Meshali, Malibeyli, Garadaghly, Tugh, and Selaketin are further evidence of the systematic nature of this violence.',
);
export const B_KHOJALY_RESETTLEMENT = bulletin(
  'Today, as life gradually returns to the territories liberated from occupation, reconstruction and resettlement efforts are underway, including in Khojaly itself.',
);

/**
 * Passages about the Middle Corridor as a whole: context for its trunk features, which they do not
 * describe. (Aliyev's corridor "through the territory of Azerbaijan, Armenia" is TRIPP's context only.)
 */
export const MIDDLE_CORRIDOR_GENERAL = context(
  C_MIDDLE_CORRIDOR_FOCUS,
  C_MIDDLE_CORRIDOR_TRIPP,
  C_CRITICAL_MINERALS,
  B_EC_STUDY,
  B_TRANS_CASPIAN_FREIGHT,
  B_EC_BOTTLENECKS,
  B_BRUSSELS_BAKU,
);

/** Passages about Azerbaijan's place on the Middle Corridor: context for the corridor's built features in Azerbaijan. */
export const MIDDLE_CORRIDOR_IN_AZERBAIJAN = context(B_MIDDLE_CORRIDOR_ROLE, B_TRANSIT_HUB);

/** Passages about the Southern Gas Corridor as a whole: context for each of its pipelines, which the documents (but TAP) do not name. */
export const SOUTHERN_GAS_CORRIDOR_GENERAL = context(
  C_CONTRACT_AND_SGC,
  B_GAS_SIXTEEN,
  B_SGC_VALUE,
  B_GAS_2025,
  B_GAS_REACH,
  B_GAS_EU,
  B_GAS_EXPANSION,
);

/** Passages about the 330 kV line to Nakhchivan as a whole (the bulletin's "Zangezur" line); they describe each of its segments. */
export const ZANGEZUR_LINE_GENERAL = [
  B_ZANGEZUR_LINE_BEGINS,
  B_330_DESIGN,
  B_ENERGY_ISLAND,
  B_ZANGEZUR_LAUNCH,
  B_ZANGEZUR_HUB,
  B_ZANGEZUR_ARCHITECTURE,
  B_ZANGEZUR_ENERGY_CORRIDOR,
  B_ZANGEZUR_INTEGRATE,
];

// Links the documents mention without a route (the regional-links layer) and the western renewables.
export const B_GRID_INTERCONNECTION = bulletin(
  'Earlier this year, Armenian Prime Minister Nikol Pashinyan confirmed that Armenia and Azerbaijan had discussed interconnecting their electricity systems to enable mutual imports and exports.',
);
export const B_GRID_TURKIYE = bulletin(
  'Armenian energy experts have suggested that basic grid connectivity between Armenia, Azerbaijan, and Türkiye could be achieved within roughly a year, although full synchronization of the systems would take longer.',
);
export const B_OIL_PRODUCTS = bulletin('Baku has lifted transit restrictions and begun supplying oil products to Armenia');
export const C_TRANS_CASPIAN_DIGITAL = charter(
  'intend to share best practices and provide technical assistance in application of emerging technologies, platforms, and business practices, foster partnerships for talent development and growth of a skilled tech workforce in the Republic of Azerbaijan based upon a supportive regulatory environment and promote investments for cross-border and Trans-Caspian digital connectivity',
);
export const B_WESTERN_RENEWABLES = bulletin(
  'Azerbaijan is developing hydropower facilities and large-scale wind projects in its western territories, with the aim of integrating these sources into expanded transmission networks supporting electricity exports.',
);
