/**
 * The two documents the atlas cites. Metadata only: the app imports the texts itself,
 * node scripts read them from data/sources/ with fs.
 */
export const SOURCE_IDS = ['charter-2026', 'bulletin-2026-02'] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export interface SourceDocument {
  id: SourceId;
  /** File name under data/sources/. */
  file: string;
  short_title: string;
  title: string;
}

export const SOURCES: Readonly<Record<SourceId, SourceDocument>> = {
  'charter-2026': {
    id: 'charter-2026',
    file: 'us-azerbaijan-strategic-partnership-charter-2026.txt',
    short_title: 'US–Azerbaijan Strategic Partnership Charter',
    title:
      'Charter on Strategic Partnership between the Government of the Republic of Azerbaijan and the Government of the United States of America',
  },
  'bulletin-2026-02': {
    id: 'bulletin-2026-02',
    file: 'azerbaijan-foreign-policy-bulletin-2026-02.txt',
    short_title: 'Azerbaijan Foreign Policy Bulletin (February 2026)',
    title: 'Bulletin: Highlight of the Foreign Policy of Republic of Azerbaijan',
  },
};

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}
