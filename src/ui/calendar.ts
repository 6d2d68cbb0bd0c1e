/**
 * Dates in the language shown, worded by the catalogues rather than by Intl.DateTimeFormat:
 * Chromium's built-in locale data has no Armenian or Azerbaijani month names, and would answer
 * "Feb 2026" in both.
 */
import type { IntlShape } from 'react-intl';
import { defineMessages } from '../model/words/message.ts';

const WORDS = defineMessages({
  monthShort: {
    id: 'date.month.short',
    defaultMessage: '{month, select, 1 {Jan} 2 {Feb} 3 {Mar} 4 {Apr} 5 {May} 6 {Jun} 7 {Jul} 8 {Aug} 9 {Sept} 10 {Oct} 11 {Nov} 12 {Dec} other {}}',
    description: 'A month’s short name, as in a date: 30 Oct 2017',
  },
  monthLong: {
    id: 'date.month.long',
    defaultMessage:
      '{month, select, 1 {January} 2 {February} 3 {March} 4 {April} 5 {May} 6 {June} 7 {July} 8 {August} 9 {September} 10 {October} 11 {November} 12 {December} other {}}',
    description: 'A month’s full name, standing with its year: February 2026',
  },
  year: { id: 'date.year', defaultMessage: '{year}', description: 'A year on its own, as a date: 2032' },
  monthYear: { id: 'date.monthYear', defaultMessage: '{month} {year}' },
  dayMonthYear: { id: 'date.dayMonthYear', defaultMessage: '{day} {month} {year}' },
});

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month?: number;
  day?: number;
}

/** "2032", "Feb 2026" (or "February 2026" with `long`), "30 Oct 2017", in the language shown. */
export function formatCalendarDate(intl: IntlShape, { year, month, day }: CalendarDate, long = false): string {
  const yearText = String(year);
  if (!month) return intl.formatMessage(WORDS.year, { year: yearText });
  const monthName = intl.formatMessage(long ? WORDS.monthLong : WORDS.monthShort, { month: String(month) });
  if (!day) return intl.formatMessage(WORDS.monthYear, { month: monthName, year: yearText });
  return intl.formatMessage(WORDS.dayMonthYear, { day: String(day), month: monthName, year: yearText });
}
