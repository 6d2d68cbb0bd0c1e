/**
 * Country names in the reader's language. The data names countries in English; the browser's own
 * `Intl.DisplayNames` knows each region's name in every language, so the atlas keeps no list of
 * translations, only the code of each country it names.
 */
const REGION_CODES: Record<string, string> = {
  Albania: 'AL',
  Armenia: 'AM',
  Austria: 'AT',
  Azerbaijan: 'AZ',
  Belgium: 'BE',
  Bulgaria: 'BG',
  China: 'CN',
  Georgia: 'GE',
  Germany: 'DE',
  Greece: 'GR',
  Hungary: 'HU',
  Iran: 'IR',
  Italy: 'IT',
  Kazakhstan: 'KZ',
  Romania: 'RO',
  Russia: 'RU',
  Switzerland: 'CH',
  Turkmenistan: 'TM',
  Türkiye: 'TR',
  'United States': 'US',
  Uzbekistan: 'UZ',
};

/** A country of the data in a language; a name the atlas has no code for, or a browser without the names, keeps it as it is. */
export function countryName(country: string, lang: string): string {
  const code = REGION_CODES[country];
  if (!code || lang.startsWith('en')) return country;
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code) ?? country;
  } catch {
    return country;
  }
}
