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
  /** Who published it, when, and whose positions it states (as in data/sources/sources.json). */
  provenance: string;
  /** When it says what it says, in EDTF: a status it states held then. */
  published: string;
}

export const SOURCES: Readonly<Record<SourceId, SourceDocument>> = {
  'charter-2026': {
    id: 'charter-2026',
    file: 'us-azerbaijan-strategic-partnership-charter-2026.txt',
    short_title: 'US–Azerbaijan Strategic Partnership Charter',
    title:
      'Charter on Strategic Partnership between the Government of the Republic of Azerbaijan and the Government of the United States of America',
    provenance:
      'Published in full by Trend News Agency (Baku) on 10 February 2026, during the US vice president’s visit of 9–11 February in which, the bulletin reports, it was signed in Baku. It states the positions those two governments agreed; the atlas quotes it without endorsing it.',
    // Its text is datelined "BAKU, Azerbaijan, February 10".
    published: '2026-02-10',
  },
  'bulletin-2026-02': {
    id: 'bulletin-2026-02',
    file: 'azerbaijan-foreign-policy-bulletin-2026-02.txt',
    short_title: 'Azerbaijan Foreign Policy Bulletin (February 2026)',
    title: 'Bulletin: Highlight of the Foreign Policy of Republic of Azerbaijan',
    provenance:
      'A bulletin on the foreign policy of the Republic of Azerbaijan covering February 2026; it names no publisher or date. It states the Government of Azerbaijan\'s positions and uses its terms (such as “Zangezur corridor” and “territories liberated from occupation”); the atlas quotes it and attributes those terms to it.',
    // It covers February 2026 and names no day.
    published: '2026-02',
  },
};

/** A passage's credit line for exports: the document, then who published it and whose positions it states. */
export function sourceCredit(id: SourceId): string {
  return `${SOURCES[id].short_title}. ${SOURCES[id].provenance}`;
}

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}
