/**
 * Country names in the language shown. The data names countries in English; their names in each
 * language are in the catalogues (country.<ISO code>), not asked of the browser's Intl.DisplayNames,
 * since Chromium's built-in locale data has no Armenian or Azerbaijani names.
 */
import { defineMessages, type Message, type Translate } from '../words/message.ts';

const COUNTRY_NAMES: Partial<Record<string, Message>> = defineMessages({
  Albania: { id: 'country.AL', defaultMessage: 'Albania' },
  Armenia: { id: 'country.AM', defaultMessage: 'Armenia' },
  Austria: { id: 'country.AT', defaultMessage: 'Austria' },
  Azerbaijan: { id: 'country.AZ', defaultMessage: 'Azerbaijan' },
  Belgium: { id: 'country.BE', defaultMessage: 'Belgium' },
  Bulgaria: { id: 'country.BG', defaultMessage: 'Bulgaria' },
  China: { id: 'country.CN', defaultMessage: 'China' },
  Georgia: { id: 'country.GE', defaultMessage: 'Georgia' },
  Germany: { id: 'country.DE', defaultMessage: 'Germany' },
  Greece: { id: 'country.GR', defaultMessage: 'Greece' },
  Hungary: { id: 'country.HU', defaultMessage: 'Hungary' },
  Iran: { id: 'country.IR', defaultMessage: 'Iran' },
  Italy: { id: 'country.IT', defaultMessage: 'Italy' },
  Kazakhstan: { id: 'country.KZ', defaultMessage: 'Kazakhstan' },
  Romania: { id: 'country.RO', defaultMessage: 'Romania' },
  Russia: { id: 'country.RU', defaultMessage: 'Russia' },
  Switzerland: { id: 'country.CH', defaultMessage: 'Switzerland' },
  Turkmenistan: { id: 'country.TM', defaultMessage: 'Turkmenistan' },
  Türkiye: { id: 'country.TR', defaultMessage: 'Türkiye' },
  'United States': { id: 'country.US', defaultMessage: 'United States' },
  Uzbekistan: { id: 'country.UZ', defaultMessage: 'Uzbekistan' },
});

/** A country of the data in the language shown; one the catalogues do not name stays as the data writes it. */
export function countryName(country: string, t: Translate): string {
  const message = COUNTRY_NAMES[country];
  return message ? t(message) : country;
}

/** Whether the catalogues name this country of the data. */
export function hasCountryName(country: string): boolean {
  return country in COUNTRY_NAMES;
}
