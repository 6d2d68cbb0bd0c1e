/**
 * A message of the interface, as the model names it: an id in the catalogues
 * (src/i18n/messages/) with its English text. The model stays free of React: a function that
 * builds words takes a `Translate` (the interface passes react-intl's), and `formatjs extract`
 * finds these descriptors by the name `defineMessages`.
 */
export interface Message {
  id: string;
  defaultMessage: string;
  description?: string;
}

export type MessageValues = Record<string, string | number>;

/** Words of a message in the language shown. */
export type Translate = (message: Message, values?: MessageValues) => string;

/** Names descriptors so that `formatjs extract` puts them in the catalogue; returns them unchanged. */
export function defineMessages<K extends string>(messages: Record<K, Message>): Record<K, Message> {
  return messages;
}

/**
 * The English text with its simple `{name}` arguments filled in: for unit tests and tools without
 * a catalogue. Messages that the model formats this way must not use plural or select.
 */
export const inEnglish: Translate = (message, values = {}) =>
  message.defaultMessage.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * Words the model says before anyone knows the language they will be read in: a notice made while
 * a link is read at start (its language's catalogue is still on its way), a problem the command
 * line prints in the link's language. The message and its values, formatted where they are shown.
 * A value may itself be words, or a list of words.
 */
export interface Worded {
  message: Message;
  values?: Record<string, WordedValue>;
}

export type WordedValue = string | number | Worded | WordedList | FeatureName;

/** A feature of the atlas by its name: shown in the language's form where the gazetteer has one. */
export interface FeatureName {
  featureId: string;
  /** The data's own (English) name. */
  name: string;
}

/**
 * Several values run together, each formatted, with a separator (a list of names, of changes): the
 * language's own where it is a message joining `{before}` and `{after}` (a message's edges are trimmed, its inside is not).
 */
export interface WordedList {
  items: readonly WordedValue[];
  separator: string | Message;
}

export const worded = (message: Message, values?: Record<string, WordedValue>): Worded => (values ? { message, values } : { message });

/**
 * Worded text in the language of `translate` (values first, from the inside out); a feature is
 * named by `featureName`, else by its English name.
 */
export function wordsOf(
  translate: Translate,
  text: Worded | string,
  featureName: (feature: { id: string; properties: { name: string } }) => string = (feature) => feature.properties.name,
): string {
  if (typeof text === 'string') return text;
  const value = (entry: WordedValue): string | number => {
    if (typeof entry !== 'object') return entry;
    if ('items' in entry) {
      const { separator } = entry;
      const items = entry.items.map((item) => String(value(item)));
      if (typeof separator === 'string') return items.join(separator);
      return items.reduce((before, after) => translate(separator, { before, after }));
    }
    if ('featureId' in entry) return featureName({ id: entry.featureId, properties: { name: entry.name } });
    return wordsOf(translate, entry, featureName);
  };
  const values = text.values && Object.fromEntries(Object.entries(text.values).map(([name, entry]) => [name, value(entry)]));
  return translate(text.message, values);
}

/** One key per distinct text, whatever language it is later shown in (repeated notices are counted, not listed). */
export const wordedKey = (text: Worded | string): string => (typeof text === 'string' ? text : JSON.stringify([text.message.id, text.values ?? {}]));
