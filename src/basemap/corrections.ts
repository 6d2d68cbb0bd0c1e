/**
 * Corrections applied to the Natural Earth / world-atlas data when the basemap is prepared.
 * Every entry carries a one-line reason; data/basemap/PROVENANCE.md lists the same table.
 * Pure data: no I/O.
 */
import type { BBox } from 'geojson';
import type { LonLat } from '../model/geometry/coordinates.ts';

/** The region the detailed (10m) layers and the extras are clipped to: [west, south, east, north]. */
export const REGION_BBOX: BBox = [5, 25, 90, 60];

export interface Reasoned {
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Countries (world-atlas countries-50m / countries-10m)
// ---------------------------------------------------------------------------------------------

/** Country renames, keyed by the Natural Earth `name` in world-atlas. */
export const COUNTRY_RENAMES: Record<string, { name: string } & Reasoned> = {
  Turkey: { name: 'Türkiye', reason: 'Official English short name since 2022 (UN); the project documents use Türkiye.' },
  Macedonia: { name: 'North Macedonia', reason: 'Renamed by the 2019 Prespa agreement.' },
  'Bosnia and Herz.': { name: 'Bosnia and Herzegovina', reason: 'Natural Earth abbreviation spelled out.' },
};

/**
 * Units that world-atlas ships as separate "countries" but that belong to a recognised state;
 * they are merged into that state (no fill of their own, no border drawn around them).
 */
export const COUNTRY_MERGES: Record<string, { into: string } & Reasoned> = {
  'N. Cyprus': { into: 'Cyprus', reason: 'Breakaway entity recognised only by Türkiye; shown within Cyprus as in UN reference maps.' },
  'Cyprus U.N. Buffer Zone': { into: 'Cyprus', reason: 'UN buffer zone inside Cyprus, not a country.' },
  Baikonur: { into: 'Kazakhstan', reason: 'Leased to Russia but sovereign territory of Kazakhstan.' },
  Somaliland: { into: 'Somalia', reason: 'Breakaway entity without international recognition.' },
};

/**
 * Polygon parts moved from one country to another: the part of `from` that contains `at` goes to `to`.
 * world-atlas (Natural Earth "de facto" admin-0) draws Crimea as part of Russia.
 */
export const TERRITORY_TRANSFERS: ({ label: string; from: string; to: string; at: LonLat } & Reasoned)[] = [
  {
    label: 'Crimea',
    from: 'Russia',
    to: 'Ukraine',
    at: [34.1, 44.95],
    reason: 'Internationally recognised as part of Ukraine (UN GA resolution 68/262); Natural Earth draws the de facto line.',
  },
];

// ---------------------------------------------------------------------------------------------
// Populated places (data/basemap/places.geojson)
// ---------------------------------------------------------------------------------------------

export interface PlaceFix extends Reasoned {
  /** English display name. */
  name?: string;
  country?: string;
  coordinates?: LonLat;
}

/** Fixes keyed by the Natural Earth `name` of the place (the native-ish name, not `name_en`). */
export const PLACE_FIXES: Record<string, PlaceFix> = {
  Stepanakert: {
    name: 'Khankendi / Stepanakert',
    reason:
      'Both names, as in the feature data: Khankendi (Xankəndi) is the Azerbaijani name, official in Azerbaijan; Stepanakert is the name it bore from 1923 and that Armenian sources still use.',
  },
  Kapan: {
    country: 'Armenia',
    coordinates: [46.4053, 39.2075],
    reason: 'Kapan is in Syunik province, Armenia; NE gives it Azerbaijan and a point 1 km east that falls on the Azerbaijani side of the simplified border.',
  },
  'Ali Bayramli': { name: 'Şirvan', reason: 'Renamed Şirvan in 2008.' },
  Ganca: { name: 'Ganja', reason: 'Lost letter (Gəncə); English form Ganja as in the project documents.' },
  Sumqayt: { name: 'Sumqayıt', reason: 'Lost letter ı.' },
  Naxcivan: { name: 'Nakhchivan', reason: 'Lost letter (Naxçıvan); English form Nakhchivan as in the project documents.' },
  Saki: { name: 'Shaki', reason: 'English form of Şəki.' },
  Kiev: { name: 'Kyiv', reason: 'Current English spelling.' },
  Odessa: { name: 'Odesa', reason: 'Current English spelling.' },
  Pristina: { name: 'Pristina', reason: 'Common English spelling (name_en has Prishtina).' },
  'Yarkant County': { name: 'Yarkant', reason: 'City, not the county.' },
  'Yining City': { name: 'Yining', reason: 'Common English form.' },
  Rudniy: { name: 'Rudny', reason: 'Common English spelling.' },
  Groznyy: { name: 'Grozny', reason: 'Common English spelling.' },
  Aqtau: { name: 'Aktau', reason: 'Common English spelling (Aqtau in Kazakh Latin).' },
};

/** Places the regional projects need that Natural Earth (scalerank ≤ 8) does not have. */
export const EXTRA_PLACES: ({ name: string; country: string; coordinates: LonLat } & Reasoned)[] = [
  { name: 'Meghri', country: 'Armenia', coordinates: [46.2456, 38.9028], reason: 'Town on the Armenia–Iran border, on the TRIPP route through Syunik.' },
  { name: 'Iğdır', country: 'Türkiye', coordinates: [44.0450, 39.9237], reason: 'Turkish province capital on the Kars–Iğdır–Nakhchivan railway route.' },
  { name: 'Ordubad', country: 'Azerbaijan', coordinates: [46.0206, 38.9092], reason: 'Nakhchivan town on the Aras, on the Nakhchivan railway and the 330 kV line.' },
  {
    name: 'Horadiz',
    country: 'Azerbaijan',
    coordinates: [47.33, 39.45],
    reason: 'Eastern end of the Horadiz–Aghband railway. Two public place lists give 47.335/39.447 and 47.322/39.455; a third, wrong, gives 47.03 (beside Jabrayil).',
  },
  {
    name: 'Dilucu',
    country: 'Türkiye',
    coordinates: [44.785, 39.66],
    reason:
      'Border gate on the Türkiye–Nakhchivan border where the Kars–Iğdır–Dilucu railway ends; the point is the railway’s end in the feature data (approximate: about 1 km inside Türkiye of the Natural Earth border).',
  },
];

// ---------------------------------------------------------------------------------------------
// Rivers, lakes, seas (data/basemap/*.geojson)
// ---------------------------------------------------------------------------------------------

/** River name fixes, keyed by the source name after whitespace normalisation (name_en preferred). */
export const RIVER_NAME_FIXES: Record<string, { name: string } & Reasoned> = {
  'Kiz?lirmak': { name: 'Kızılırmak', reason: 'Encoding loss (ı became ?).' },
  'Byk Menderes': { name: 'Büyük Menderes', reason: 'Lost letters ü.' },
  Rhne: { name: 'Rhône', reason: 'Lost letter ô.' },
  Truma: { name: 'Struma', reason: 'Lost letter S in name_en.' },
  Dnepre: { name: 'Dnieper', reason: 'Misspelling; same river as the Dnieper features.' },
  Rhein: { name: 'Rhine', reason: 'English name, consistent with the other Rhine features.' },
  Dicle: { name: 'Tigris', reason: 'English name (Dicle is Turkish), consistent with the other Tigris feature.' },
  Firat: { name: 'Euphrates', reason: 'English name (Fırat is Turkish).' },
  'Al Furat': { name: 'Euphrates', reason: 'English name (Al Furat is Arabic).' },
  Ertis: { name: 'Irtysh', reason: 'English name, consistent with the other Irtysh feature.' },
  Esil: { name: 'Ishim', reason: 'English name, consistent with the other Ishim feature.' },
  Tisa: { name: 'Tisza', reason: 'Common English spelling.' },
  'Zapadnaya Dvina': { name: 'Daugava', reason: 'English name (Daugava / Western Dvina), as in the Natural Earth name field.' },
  'Bratul Chillia': { name: 'Chilia Branch', reason: 'English form of Brațul Chilia (Danube delta branch).' },
  'Bratul Sfintu Gheorghe': { name: 'Sfântu Gheorghe Branch', reason: 'English form of Brațul Sfântu Gheorghe, lost diacritic.' },
  'Bratul Sulina': { name: 'Sulina Branch', reason: 'English form of Brațul Sulina.' },
};

/** Rivers the atlas is about: shown from this zoom (Natural Earth has 7), scalerank unchanged. */
export const RIVER_MIN_ZOOM: Record<string, { min_zoom: number } & Reasoned> = {
  Aras: { min_zoom: 4.5, reason: 'Border river of Nakhchivan, Armenia, Iran and Azerbaijan; the TRIPP route runs along it.' },
  Kura: { min_zoom: 4.5, reason: 'Main river of Georgia and Azerbaijan; the corridor routes follow its valley.' },
};

/** Lake name fixes, keyed by the source name. */
export const LAKE_NAME_FIXES: Record<string, { name: string } & Reasoned> = {
  'Mingevir Reservoir': { name: 'Mingachevir Reservoir', reason: 'Lost letters (Mingəçevir).' },
  'Ataturk Barajt': { name: 'Atatürk Reservoir', reason: 'Garbled Turkish (Atatürk Barajı); English form.' },
  'Keban Baraji': { name: 'Keban Reservoir', reason: 'English form of Keban Barajı.' },
  Mritz: { name: 'Müritz', reason: 'Lost letter ü.' },
  Sasyqkl: { name: 'Sasyqköl', reason: 'Lost letter ö.' },
  Qozhakl: { name: 'Qozhaköl', reason: 'Lost letter ö.' },
  'Shardara Bgeni': { name: 'Shardara Reservoir', reason: 'Lost letter (Bögeni); English form.' },
  'Obanbori Qayroqum': { name: 'Kayrakkum Reservoir', reason: 'English form.' },
  'Kaliningradskiy Zaliv': { name: 'Vistula Lagoon', reason: 'English name.' },
  'Zalew Wislany': { name: 'Vistula Lagoon', reason: 'English name.' },
};

/** Kazakh lake names whose "Köli" lost its ö ("Kli"); fixed by pattern. */
export const LAKE_KOLI_PATTERN = { from: / Kli$/, to: ' Köli', reason: 'Lost letter ö in the Kazakh word Köli (lake).' };

/** Sea / gulf name fixes (marine.geojson), keyed by source name. */
export const SEA_NAME_FIXES: Record<string, { name: string } & Reasoned> = {
  'Golfe du Lion': { name: 'Gulf of Lion', reason: 'English name.' },
  Waddenzee: { name: 'Wadden Sea', reason: 'English name.' },
  'Stettiner Haff': { name: 'Szczecin Lagoon', reason: 'English name.' },
  Kaliningrad: { name: 'Vistula Lagoon', reason: 'The lagoon is the Vistula Lagoon, not the city.' },
  'Mecklenburger Bucht': { name: 'Bay of Mecklenburg', reason: 'English name.' },
};

/** Hand-placed sea label points (the computed pole of inaccessibility is in an awkward place). */
export const SEA_LABEL_POINTS: Record<string, LonLat> = {
  'Caspian Sea': [50.9, 42.0],
  'Black Sea': [34.0, 43.2],
  Bosporus: [29.06, 41.09],
};

/** Water bodies missing from marine.geojson (it stops at 33°N) that the region's map should name. */
export const EXTRA_SEAS: ({ name: string; at: LonLat; rank: number; min_zoom: number } & Reasoned)[] = [
  { name: 'Persian Gulf', at: [51.0, 27.0], rank: 2, min_zoom: 3, reason: 'Not in the clipped marine extract.' },
  { name: 'Red Sea', at: [36.0, 25.5], rank: 2, min_zoom: 3, reason: 'Not in the clipped marine extract.' },
];

/** Region names (physical and administrative) for the South Caucasus and Caspian area: area labels, no town dot. */
export const REGION_LABELS: { name: string; at: LonLat; rank: number; min_zoom: number }[] = [
  { name: 'Greater Caucasus', at: [44.3, 42.75], rank: 2, min_zoom: 5 },
  { name: 'Lesser Caucasus', at: [46.0, 40.0], rank: 3, min_zoom: 6 },
  { name: 'Absheron Peninsula', at: [50.05, 40.48], rank: 3, min_zoom: 7 },
  { name: 'Nakhchivan Autonomous Republic', at: [45.3, 39.35], rank: 2, min_zoom: 6 },
  { name: 'Syunik', at: [46.08, 39.42], rank: 3, min_zoom: 7 },
  { name: 'Karabakh', at: [46.62, 39.93], rank: 3, min_zoom: 6.5 },
  { name: 'Karakum Desert', at: [61.0, 38.9], rank: 3, min_zoom: 5 },
  { name: 'Kyzylkum Desert', at: [64.0, 42.8], rank: 3, min_zoom: 5 },
  { name: 'Ustyurt Plateau', at: [56.5, 43.5], rank: 3, min_zoom: 5.5 },
  { name: 'Mangyshlak Peninsula', at: [52.0, 44.2], rank: 4, min_zoom: 6 },
];

/** Normalise whitespace and turn an all-caps name into title case. */
export function normaliseName(raw: string | null | undefined): string {
  const s = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (s.length > 3 && s === s.toUpperCase() && /[A-Z]/.test(s)) {
    return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  }
  return s;
}

export function fixRiverName(raw: string | null | undefined): string {
  const n = normaliseName(raw);
  return RIVER_NAME_FIXES[n]?.name ?? n;
}

export function fixLakeName(raw: string | null | undefined): string {
  const n = normaliseName(raw);
  const fixed = LAKE_NAME_FIXES[n]?.name ?? n;
  return fixed.replace(LAKE_KOLI_PATTERN.from, LAKE_KOLI_PATTERN.to);
}

export function fixSeaName(raw: string | null | undefined): string {
  const n = normaliseName(raw);
  return SEA_NAME_FIXES[n]?.name ?? n;
}

/** The country a world-atlas unit is shown as, after merges and renames. */
export function countryName(rawName: string): string {
  const merged = COUNTRY_MERGES[rawName]?.into ?? rawName;
  return COUNTRY_RENAMES[merged]?.name ?? merged;
}
