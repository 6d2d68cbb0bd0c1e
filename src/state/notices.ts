import { wordedKey, type Worded } from '../model/words/message.ts';

/**
 * What a notice says: worded (a message and its values, shown in the language on screen when it is
 * read, so a notice made at start, before the link's language has arrived, still reads in it), or
 * a plain string for the data's own problems, which are in the data's language, English.
 */
export type NoticeText = Worded | string;

/** Problems the user should know of, as the notices list holds them: one per distinct problem. */
export interface Notice {
  id: number;
  message: NoticeText;
  /** How many times this same problem was reported. */
  count: number;
}

/** The same problem reported again is one notice with a count, not another notice. */
export function withNotice(notices: readonly Notice[], message: NoticeText, newId: () => number): Notice[] {
  const key = wordedKey(message);
  const index = notices.findIndex((notice) => wordedKey(notice.message) === key);
  if (index < 0) return [...notices, { id: newId(), message, count: 1 }];
  return notices.map((notice, i) => (i === index ? { ...notice, count: notice.count + 1 } : notice));
}
