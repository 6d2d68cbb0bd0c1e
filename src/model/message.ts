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
