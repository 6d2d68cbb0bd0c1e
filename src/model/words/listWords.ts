/**
 * The small words of lists in notices, per language: a name in the language's quotation marks
 * (“…” in English and Azerbaijani, «…» in Armenian and Russian) and the end of a long list.
 */
import { defineMessages, worded, type Worded, type WordedList, type WordedValue } from './message.ts';

export const LIST_WORDS = defineMessages({
  quoted: {
    id: 'list.quoted',
    defaultMessage: '“{name}”',
    description: 'A name quoted inside a notice, in this language’s quotation marks; {name} is a name as written in the link or the data',
  },
  clauses: {
    id: 'list.clauses',
    defaultMessage: '{before}; {after}',
    description: 'Two clauses of a notice listing several changes, one after the other (“…is shown again; the country filter is cleared”)',
  },
  andMore: {
    id: 'list.andMore',
    defaultMessage: '{names} and {more} more',
    description: 'The end of a long list in a notice: {names} are the first three, {more} how many others there are',
  },
});

/** Names, each quoted, joined by commas. */
export const quotedNames = (names: readonly string[]): WordedList => ({ items: names.map((name) => worded(LIST_WORDS.quoted, { name })), separator: ', ' });

/** The first three of a list, and how many more there are. */
export function firstFew(items: readonly WordedValue[]): WordedList | Worded {
  const first: WordedList = { items: items.slice(0, 3), separator: ', ' };
  return items.length > 3 ? worded(LIST_WORDS.andMore, { names: first, more: items.length - 3 }) : first;
}
