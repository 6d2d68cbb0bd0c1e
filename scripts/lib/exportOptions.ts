/**
 * The options of `npm run export`, checked before any browser starts: every mistake becomes one
 * plain line for the terminal, never a stack trace, and a view that cannot be read as written is
 * refused rather than exported as the default view.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_PICTURE_TITLE, MIN_PICTURE_SIDE, parsePictureSize, type PictureSize } from '../../src/map/exportLayout.ts';
import { YEAR_LIMITS, parseViewHash } from '../../src/model/viewState.ts';

/** Past this no browser draws a picture (WebGL's largest drawing buffer is 16384 pixels a side, most often less). */
export const MAX_PICTURE_SIDE = 32_768;
const MAX_VIEWPORT_SIDE = 8192;
const MAX_VIEW_LINK = 10_000;

export interface ExportCommand {
  /** The view as a link hash ("" for the opening view). */
  hash: string;
  size: PictureSize;
  viewport: PictureSize;
  out: string;
  title: string | null | undefined;
  legend: boolean;
  scaleBar: boolean;
  sources: boolean;
  /** Another year, drawn on the left of the view's own (then and now); undefined: one picture. */
  beside?: number;
}

/** A command to run, a refusal to print as an error, or the usage someone asked for with --help. */
export type ParsedCommand = { ok: true; command: ExportCommand } | { ok: false; message: string } | { ok: 'help'; usage: string };

/** What the options are checked against: the atlas's features, and the file system. */
export interface ExportContext {
  hasFeature: (id: string) => boolean;
  /** 'dir', 'file' or null when nothing is there. */
  pathKind: (path: string) => 'dir' | 'file' | null;
  /** Whether a file may be written at the path (the file if it is there, else its folder). */
  canWrite: (path: string) => boolean;
}

export const USAGE =
  'usage: npm run export -- [--view "<link or #hash>"] [--size WIDTHxHEIGHT|slide-hd|slide-4k|a4-300dpi] [--out picture.png] ' +
  '[--title "Text" | --no-title] [--no-legend] [--no-scale-bar] [--no-sources] [--viewport WIDTHxHEIGHT] [--beside YEAR]';

const OPTIONS = {
  view: { type: 'string', default: '' },
  size: { type: 'string', default: '1920x1080' },
  out: { type: 'string' },
  title: { type: 'string' },
  'no-title': { type: 'boolean', default: false },
  'no-legend': { type: 'boolean', default: false },
  'no-scale-bar': { type: 'boolean', default: false },
  'no-sources': { type: 'boolean', default: false },
  viewport: { type: 'string', default: '1280x800' },
  beside: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

class OptionProblem extends Error {}
const refuse = (message: string): never => {
  throw new OptionProblem(message);
};
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function parseExportArgs(args: readonly string[], context: ExportContext): ParsedCommand {
  if (args.includes('--help') || args.includes('-h')) return { ok: 'help', usage: USAGE };
  try {
    return { ok: true, command: readCommand(args, context) };
  } catch (error) {
    if (error instanceof OptionProblem) return { ok: false, message: error.message };
    // node:util's own refusals (an unknown option, a missing value) are one line already.
    return { ok: false, message: `${firstLine(error)} (${USAGE.replace('usage: ', 'use: ')})` };
  }
}

function readCommand(args: readonly string[], context: ExportContext): ExportCommand {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length > 0) refuse(`${quoted(positionals[0])} is not an option; put --view before a link (${USAGE})`);
  if (values.title !== undefined && values['no-title']) refuse('--title and --no-title cannot both be given.');
  if (values.title !== undefined && Array.from(values.title).length > MAX_PICTURE_TITLE) {
    refuse(`--title is longer than ${MAX_PICTURE_TITLE} letters; a picture's title is one line.`);
  }
  const size = readSize('--size', values.size, MIN_PICTURE_SIDE, MAX_PICTURE_SIDE, true);
  const viewport = readSize('--viewport', values.viewport, MIN_PICTURE_SIDE, MAX_VIEWPORT_SIDE, false);
  const hash = readView(values.view, context);
  const out = readOut(values.out ?? `corridor-atlas-${size.width}x${size.height}.png`, context);
  return {
    hash,
    size,
    viewport,
    out,
    title: values['no-title'] ? null : values.title,
    legend: !values['no-legend'],
    scaleBar: !values['no-scale-bar'],
    sources: !values['no-sources'],
    ...(values.beside === undefined ? {} : { beside: readYear(values.beside) }),
  };
}

function readYear(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= YEAR_LIMITS[0] && year <= YEAR_LIMITS[1])) refuse(`--beside ${quoted(text)} is not a year the atlas shows (${YEAR_LIMITS[0]}–${YEAR_LIMITS[1]}).`);
  return year;
}

function readSize(option: string, text: string, min: number, max: number, presets: boolean): PictureSize {
  const size = parsePictureSize(text);
  const what = presets ? 'WIDTHxHEIGHT (e.g. 3840x2160) or slide-hd, slide-4k, a4-300dpi' : 'WIDTHxHEIGHT (e.g. 1280x800)';
  if (!size) return refuse(`${option} ${quoted(text)} is not ${what}.`);
  if (size.width < min || size.height < min) return refuse(`${option} ${quoted(text)} is too small: at least ${min} pixels a side.`);
  if (size.width > max || size.height > max) return refuse(`${option} ${quoted(text)} is too large: at most ${max} pixels a side.`);
  return size;
}

/** The hash of a share link, or the hash itself; a bare "map=…" is taken as a hash too. */
export function viewHash(view: string): string {
  const trimmed = view.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    if (!URL.canParse(trimmed)) refuse(`--view ${quoted(trimmed)} is not a link the atlas can read.`);
    const link = new URL(trimmed);
    if (!['http:', 'https:', 'file:'].includes(link.protocol)) refuse(`--view ${quoted(trimmed)} is not a link to the atlas (it starts "${link.protocol}").`);
    // The atlas's share links always carry the whole view after "#": one without it is not one.
    if (link.hash === '') refuse(`--view ${quoted(trimmed)} has no view after a "#"; copy the link from the atlas's address bar or its Share button.`);
    return link.hash;
  }
  return `#${trimmed}`;
}

function readView(view: string, context: ExportContext): string {
  if (view.length > MAX_VIEW_LINK) refuse(`--view is ${view.length} characters long; a link to a view is at most ${MAX_VIEW_LINK}.`);
  const hash = viewHash(view);
  const { view: parsed, problems } = parseViewHash(hash);
  if (problems.length > 0) refuse(`--view: ${problems[0]} Nothing was exported, so that no other view is taken for it.`);
  if (parsed.feature && !context.hasFeature(parsed.feature)) {
    refuse(`--view names a feature "${parsed.feature}" that is not in the atlas; nothing was exported.`);
  }
  return hash;
}

function readOut(out: string, context: ExportContext): string {
  const path = resolve(out);
  if (context.pathKind(path) === 'dir') refuse(`--out ${quoted(out)} is a folder; give a file name ending in .png.`);
  if (extname(path).toLowerCase() !== '.png') refuse(`--out ${quoted(out)} must end in .png: the picture is a PNG.`);
  const folder = context.pathKind(dirname(path));
  if (folder !== 'dir') refuse(`--out ${quoted(out)}: the folder ${quoted(dirname(out) || '.')} does not exist.`);
  // Said now, not after the picture has taken its seconds to draw.
  if (!context.canWrite(path)) refuse(`--out ${quoted(out)} cannot be written (no permission to write there); nothing was drawn.`);
  return path;
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** Whether this process may write the file at a path: the file itself if it exists, else its folder. */
export function canWriteOnDisk(path: string): boolean {
  try {
    accessSync(existsSync(path) ? path : dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** What the file system holds at a path, for the checks above. */
export function pathKindOnDisk(path: string): 'dir' | 'file' | null {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}
