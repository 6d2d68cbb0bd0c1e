/** Links the documents mention but whose routes nobody has published: drawn as schematic links, never as routes. */
import * as q from './quotes.ts';
import { path } from './geo.ts';
import { line, NE_PLACES, UNSOURCED, type Draft } from './draft.ts';
import { passage, published, reported } from './events.ts';
import type { StatusSource } from '../../src/model/features/feature.ts';

const SCHEMATIC = { ...UNSOURCED, note: 'A schematic link between the places it connects, not a route: no route has been published.' };

/** The first oil products sent from Azerbaijan to Armenia by rail, as Hürriyet Daily News reported it. */
const OIL_PRODUCTS_FIRST_TRAIN: StatusSource = {
  title: 'Azerbaijan transports 1st fuel shipment to Armenia after decades',
  publisher: 'Hürriyet Daily News',
  url: 'https://www.hurriyetdailynews.com/azerbaijan-delivers-first-fuel-shipment-to-armenia-after-decades-216971',
  says: '19 December 2025: SOCAR began supplying petroleum products to Armenia; on 18 December 2025, 1,220 tons of fuel in 22 railway wagons were dispatched from Baku to Böyük Kəsik station on the Georgian border, to be delivered to Armenia through Georgia. In October 2025 President Aliyev announced that Baku lifted all restrictions on cargo transit to Armenia.',
};

export const regionalLinks: Draft[] = [
  {
    id: 'rl-armenia-azerbaijan-turkiye-grid',
    geometry: line(path([45.62, 40.99], [45.15, 40.88], [44.49, 40.81], [43.85, 40.79], [43.1, 40.6])),
    properties: {
      name: 'Armenia–Azerbaijan(–Türkiye) electricity interconnection (under discussion)',
      kind: 'power-line',
      status: 'under discussion',
      status_year: 2026,
      status_events: [passage('under discussion', q.B_GRID_INTERCONNECTION)],
      status_note: 'Discussed between the two governments, as the bulletin reports Armenia’s prime minister confirmed “earlier this year”; no project, route or capacity has been announced.',
      countries: ['Azerbaijan', 'Armenia', 'Türkiye'],
      summary:
        'The bulletin reports that Armenia and Azerbaijan have discussed interconnecting their electricity systems for mutual imports and exports, and that Armenian experts see basic grid connectivity between Armenia, Azerbaijan and Türkiye as possible within about a year. Drawn as a schematic link from north-western Azerbaijan (Gazakh) through northern Armenia (Ijevan, Vanadzor, Gyumri) to Kars, only to show which grids would meet.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [NE_PLACES, SCHEMATIC],
      citations: [q.B_GRID_INTERCONNECTION, q.B_GRID_TURKIYE],
    },
  },
  {
    id: 'rl-oil-products-to-armenia',
    geometry: line(
      path([49.86, 40.397], [48.6, 40.75], [47.5, 41.05], [46.5, 41.2], [45.092, 41.309], [44.95, 41.42], [44.81, 41.26], [44.66, 41.1], [44.49, 40.81], [44.51, 40.18]),
    ),
    properties: {
      name: 'Oil-product supplies from Azerbaijan to Armenia (via Georgia)',
      kind: 'rail',
      status: 'operating',
      status_year: 2026,
      status_events: [reported('operating', '2025-12-18', published(OIL_PRODUCTS_FIRST_TRAIN, '2025-12-19'))],
      status_note:
        'Azerbaijan lifted its restrictions on cargo transit to Armenia in October 2025; the first train, 22 tank cars of SOCAR petrol, left Baku on 18 December 2025 by way of Böyük Kəsik and Georgian Railways (Xinhua, Civil.ge, Hürriyet Daily News).',
      status_sources: [
        OIL_PRODUCTS_FIRST_TRAIN,
        {
          title: 'First shipment of Azerbaijani petroleum products dispatched to Armenia',
          publisher: 'Xinhua (via ctgky.com)',
          url: 'http://www.ctgky.com/english/europe/20251218/4b9a2c7ed55d4367a1cba2e8981ca49c/c.html',
          says: '18 December 2025: a freight train of 22 rail tank cars with about 1,220 tons of SOCAR petrol departed from Baku, to transit Georgia to Armenia; it follows President Aliyev’s decision in October 2025 to remove restrictions on cargo transit to Armenia.',
        },
        {
          title: 'Azerbaijan sends first-in-decades fuel shipment to Armenia by train via Georgia',
          publisher: 'Civil.ge',
          url: 'https://civil.ge/archives/715099',
          says: '18 December 2025: a train of 22 rail tank cars with SOCAR AI-95 petrol is to pass through Georgia en route to Armenia; Georgia’s prime minister ordered a one-time free-of-charge transit.',
        },
      ],
      countries: ['Azerbaijan', 'Georgia', 'Armenia'],
      summary:
        'The bulletin says Baku has lifted transit restrictions and begun supplying oil products to Armenia. The first deliveries went by rail from Baku through Georgia. The line is schematic: from Baku to the Georgian border at Böyük Kəsik (kept apart from the Baku–Tbilisi–Kars line it really uses, so both can be picked), then through Georgia to Sadakhlo and by Alaverdi and Vanadzor to Yerevan.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [
        { title: 'Azerbaijan sends first-in-decades fuel shipment to Armenia by train via Georgia (18 Dec 2025)', url: 'https://civil.ge/archives/715099' },
        { title: 'First shipment dispatched from Baku; transit restrictions lifted in October (Xinhua, 18 Dec 2025)', url: 'http://www.ctgky.com/english/europe/20251218/4b9a2c7ed55d4367a1cba2e8981ca49c/c.html' },
        { title: 'Shipment routed through Böyük Kəsik station (Türkiye Today)', url: 'https://www.turkiyetoday.com/region/azerbaijan-sends-1st-fuel-shipment-to-armenia-after-decades-of-conflict-3211582' },
        NE_PLACES,
        { ...UNSOURCED, note: 'Junction waypoints from general knowledge; in Azerbaijan the line is drawn north of the main line on purpose. A schematic link, not a trace.' },
      ],
      citations: [q.B_OIL_PRODUCTS],
    },
  },
  {
    id: 'rl-trans-caspian-digital',
    geometry: line(path([51.22, 43.6], [51.0, 40.25], [50.1, 40.05], [49.5, 40.17])),
    properties: {
      name: 'Trans-Caspian digital connectivity (schematic)',
      kind: 'cable',
      status: 'proposed',
      status_year: 2026,
      status_events: [passage('proposed', q.C_TRANS_CASPIAN_DIGITAL)],
      status_note: 'The charter commits the two governments to promote investment; no cable, operator, landing or date is named.',
      countries: ['Kazakhstan', 'Azerbaijan'],
      summary:
        'The charter says Azerbaijan and the United States will promote investments for cross-border and Trans-Caspian digital connectivity. Nothing more is said, so the map shows only a schematic link across the Caspian between the Kazakh and Azerbaijani coasts.',
      figures: [],
      geometry_accuracy: 'schematic',
      geometry_sources: [{ ...SCHEMATIC, note: 'A schematic link across the Caspian, passing south of the Absheron peninsula; landings near Aktau and Sangachal are assumptions, placed on the Natural Earth shore.' }],
      citations: [q.C_TRANS_CASPIAN_DIGITAL],
    },
  },
];
