/**
 * JSON.parse with a message a person can act on: where the file stops being JSON, as line and
 * column. The browser's own error rarely says where; check-geojson's parser (momoa) does.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { defineMessages, worded, type Worded } from '../words/message.ts';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Worded };

const WORDS = defineMessages({
  empty: { id: 'json.empty', defaultMessage: 'The file is empty.', description: 'A file refused' },
  tooDeep: {
    id: 'json.tooDeep',
    defaultMessage: 'This file nests data more than {levels} levels deep, which no map data needs; it could not be kept or written out again.',
    description: 'A file refused; {levels} is 100',
  },
  invalid: { id: 'json.invalid', defaultMessage: 'This file is not valid JSON.', description: 'A file refused where no parser says where' },
  invalidAt: {
    id: 'json.invalidAt',
    defaultMessage: 'This file is not valid JSON (line {line}, column {column}).',
    description: 'A file refused; {line} and {column} where in the file it stops being JSON, from 1',
  },
});

/** Where in a text: line and column, both from 1, as text (shown as they are, not in a language's number format). */
export interface TextPlace {
  line: string;
  column: string;
}

/**
 * How deep a file may nest objects and arrays. GeoJSON itself needs about eight levels (a
 * MultiPolygon's coordinates in a feature in a collection); properties a few more. Far deeper data
 * overflows the stack of whatever writes it out again (a views file), so it is refused on the way in.
 */
export const MAX_JSON_DEPTH = 100;

/** Whether a parsed value nests deeper than the limit; walked with a list, not recursion, so any depth is safe to ask about. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
  }
  return false;
}

export function parseJsonText(text: string): ParsedJson {
  if (text.trim() === '') return { ok: false, problem: worded(WORDS.empty) };
  try {
    const value: unknown = JSON.parse(text);
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) {
      return { ok: false, problem: worded(WORDS.tooDeep, { levels: MAX_JSON_DEPTH }) };
    }
    return { ok: true, value };
  } catch (error) {
    const where = syntaxErrorPlace(text, error);
    return { ok: false, problem: where ? worded(WORDS.invalidAt, { ...where }) : worded(WORDS.invalid) };
  }
}

/** Line and column of the first syntax error, or null when no parser says where. */
function syntaxErrorPlace(text: string, error: unknown): TextPlace | null {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: lineColumn[1], column: lineColumn[2] };
  const position = /at position (\d+)/.exec(message);
  if (position) return placeOfOffset(text, Number(position[1]));
  for (const issue of getIssues(text)) {
    const place = /\((\d+):(\d+)\)/.exec(issue.message);
    if (place) return { line: place[1], column: place[2] };
  }
  return null;
}

export function placeOfOffset(text: string, offset: number): TextPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line: String(line), column: String(offset - lineStart + 1) };
}
