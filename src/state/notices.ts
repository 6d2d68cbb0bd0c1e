/** Problems the user should know of, as the notices list holds them: one per distinct problem. */
export interface Notice {
  id: number;
  message: string;
  /** How many times this same problem was reported. */
  count: number;
}

/** The same problem reported again is one notice with a count, not another notice. */
export function withNotice(notices: readonly Notice[], message: string, newId: () => number): Notice[] {
  const index = notices.findIndex((notice) => notice.message === message);
  if (index < 0) return [...notices, { id: newId(), message, count: 1 }];
  return notices.map((notice, i) => (i === index ? { ...notice, count: notice.count + 1 } : notice));
}
