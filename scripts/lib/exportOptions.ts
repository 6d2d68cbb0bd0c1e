/**
 * The options of `npm run export`, checked before any browser starts: every mistake becomes one
 * plain line for the terminal, never a stack trace, and a view that cannot be read as written is
 * refused rather than exported as the default view.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_PICTURE_TITLE, MIN_PICTURE_SIDE, parsePictureSize, type PictureSize } from '../../src/model/exports/exportLayout.ts';
import { YEAR_LIMITS, parseViewHash } from '../../src/model/view/viewState.ts';
import { LANGS, isLang, type Lang } from '../../src/model/words/language.ts';
import { wordsOf, type Message, type MessageValues, type Translate } from '../../src/model/words/message.ts';
import { EXPORT_COMMAND_WORDS as WORDS } from '../../src/model/exports/exportCommandWords.ts';
import { translatorFor } from './commandWords.ts';

/** Past this no browser draws a picture (WebGL's largest drawing buffer is 16384 pixels a side, most often less). */
export const MAX_PICTURE_SIDE = 32_768;
const MAX_VIEWPORT_SIDE = 8192;
const MAX_VIEW_LINK = 10_000;

export const PICTURE_FORMATS = ['png', 'svg', 'pdf'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];
const isFormat = (value: string): value is PictureFormat => (PICTURE_FORMATS as readonly string[]).includes(value);

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
  /** A small map of the region with the picture's frame on it, as the export dialog offers. */
  locator: boolean;
  /** Another year, drawn on the left of the view's own (then and now); undefined: one picture. */
  beside?: number;
  /** png (drawn by the map), or svg or pdf (vectors, with the passages cited as footnotes). */
  format: PictureFormat;
  /** The language the command speaks and the picture is worded in: --lang, else the link's lang=, else English. */
  lang: Lang;
  /**
   * Where a vector slide's footnotes link to: --link-base, else the address --view was given with;
   * null when neither names one (the command's own server is gone once the file is written, so the
   * links are then the view's `#…` alone).
   */
  linkBase: string | null;
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

/** The command and its options, as typed in any language. */
export const SYNTAX =
  'npm run export -- [--view "<link or #hash>"] [--size WIDTHxHEIGHT|slide-hd|slide-4k|a4-300dpi] [--format png|svg|pdf] [--out picture.png|.svg|.pdf] ' +
  '[--title "Text" | --no-title] [--no-legend] [--no-scale-bar] [--no-sources] [--locator] [--viewport WIDTHxHEIGHT] [--beside YEAR] [--lang en|az|hy|ru] [--link-base https://your.atlas/]';

export const USAGE = `usage: ${SYNTAX}`;

const OPTIONS = {
  view: { type: 'string', default: '' },
  size: { type: 'string', default: '1920x1080' },
  out: { type: 'string' },
  format: { type: 'string' },
  title: { type: 'string' },
  'no-title': { type: 'boolean', default: false },
  'no-legend': { type: 'boolean', default: false },
  'no-scale-bar': { type: 'boolean', default: false },
  'no-sources': { type: 'boolean', default: false },
  locator: { type: 'boolean', default: false },
  viewport: { type: 'string', default: '1280x800' },
  beside: { type: 'string' },
  lang: { type: 'string' },
  'link-base': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

class OptionProblem extends Error {}
/** The words of the language the command was asked to speak, while one command is read. */
let say: (message: Message, values?: MessageValues) => string = translatorFor('en');
const refuse = (message: Message, values?: MessageValues): never => {
  throw new OptionProblem(say(message, values));
};
const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * The language a command speaks, read before anything else so that every refusal is in it: --lang
 * if it names one, else the view link's lang=, else English.
 */
export function commandLang(args: readonly string[]): Lang {
  let view = '';
  for (let i = 0; i < args.length; i++) {
    const [option, inline] = args[i].split(/=(.*)/s, 2);
    const value = inline ?? args[i + 1] ?? '';
    if (option === '--lang' && isLang(value)) return value;
    if (option === '--view') view = value;
  }
  const hash = view.includes('#') ? view.slice(view.indexOf('#') + 1) : view;
  try {
    const lang = new URLSearchParams(hash).get('lang');
    return isLang(lang) ? lang : 'en';
  } catch {
    return 'en';
  }
}

/** The command's words in its language. */
export const commandWords = (args: readonly string[]): Translate => translatorFor(commandLang(args));

export function parseExportArgs(args: readonly string[], context: ExportContext): ParsedCommand {
  say = commandWords(args);
  if (args.includes('--help') || args.includes('-h')) return { ok: 'help', usage: say(WORDS.usage, { syntax: SYNTAX }) };
  try {
    return { ok: true, command: readCommand(args, context) };
  } catch (error) {
    if (error instanceof OptionProblem) return { ok: false, message: error.message };
    // node:util's own refusals (an unknown option, a missing value) are one line already, in Node's English.
    return { ok: false, message: say(WORDS.use, { problem: firstLine(error), syntax: SYNTAX }) };
  }
}

function readCommand(args: readonly string[], context: ExportContext): ExportCommand {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
  if (positionals.length > 0) refuse(WORDS.notAnOption, { value: quoted(positionals[0]), usage: say(WORDS.usage, { syntax: SYNTAX }) });
  if (values.lang !== undefined && !isLang(values.lang)) refuse(WORDS.unknownLang, { value: quoted(values.lang), langs: LANGS.join(', ') });
  if (values.title !== undefined && values['no-title']) refuse(WORDS.titleTwice);
  if (values.title !== undefined && Array.from(values.title).length > MAX_PICTURE_TITLE) refuse(WORDS.titleLong, { max: MAX_PICTURE_TITLE });
  const size = readSize('--size', values.size, MIN_PICTURE_SIDE, MAX_PICTURE_SIDE, true);
  const viewport = readSize('--viewport', values.viewport, MIN_PICTURE_SIDE, MAX_VIEWPORT_SIDE, false);
  const lang = commandLang(args);
  const hash = withLang(readView(values.view, context), values.lang === undefined ? null : lang);
  const format = readFormat(values.format, values.out);
  const out = readOut(values.out ?? `corridor-atlas-${size.width}x${size.height}.${format}`, format, context);
  return {
    hash,
    size,
    viewport,
    out,
    title: values['no-title'] ? null : values.title,
    legend: !values['no-legend'],
    scaleBar: !values['no-scale-bar'],
    sources: !values['no-sources'],
    locator: values.locator,
    ...(values.beside === undefined ? {} : { beside: readYear(values.beside) }),
    format,
    lang,
    linkBase: readLinkBase(values['link-base'], values.view),
  };
}

/** --link-base if given (a web address), else the address of a --view given as a whole link, else none. */
function readLinkBase(linkBase: string | undefined, view: string): string | null {
  const address = (text: string) => {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}${url.pathname}` : null;
    } catch {
      return null;
    }
  };
  if (linkBase !== undefined) return address(linkBase) ?? refuse(WORDS.linkBase, { value: quoted(linkBase) });
  return address(view);
}

/** --format if given, else the --out file's extension if it names a format, else png. */
function readFormat(format: string | undefined, out: string | undefined): PictureFormat {
  if (format !== undefined) {
    const asked = format.trim().toLowerCase();
    if (!isFormat(asked)) refuse(WORDS.unknownFormat, { value: quoted(format) });
    return asked as PictureFormat;
  }
  const extension = out === undefined ? '' : extname(out).slice(1).toLowerCase();
  return isFormat(extension) ? extension : 'png';
}

/** --lang words the picture too: it replaces the link's own lang=. */
function withLang(hash: string, lang: Lang | null): string {
  if (lang === null) return hash;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.set('lang', lang);
  return `#${params.toString()}`;
}

function readYear(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(year >= YEAR_LIMITS[0] && year <= YEAR_LIMITS[1])) refuse(WORDS.besideYear, { value: quoted(text), first: YEAR_LIMITS[0], last: YEAR_LIMITS[1] });
  return year;
}

function readSize(option: string, text: string, min: number, max: number, presets: boolean): PictureSize {
  const size = parsePictureSize(text);
  const value = quoted(text);
  if (!size) return refuse(presets ? WORDS.sizeOrPreset : WORDS.size, { option, value });
  if (size.width < min || size.height < min) return refuse(WORDS.tooSmall, { option, value, min });
  if (size.width > max || size.height > max) return refuse(WORDS.tooLarge, { option, value, max });
  return size;
}

/** The hash of a share link, or the hash itself; a bare "map=…" is taken as a hash too. */
export function viewHash(view: string): string {
  const trimmed = view.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    if (!URL.canParse(trimmed)) refuse(WORDS.viewUnreadable, { value: quoted(trimmed) });
    const link = new URL(trimmed);
    if (!['http:', 'https:', 'file:'].includes(link.protocol)) refuse(WORDS.viewNotAtlas, { value: quoted(trimmed), protocol: link.protocol });
    // The atlas's share links always carry the whole view after "#": one without it is not one.
    if (link.hash === '') refuse(WORDS.viewNoHash, { value: quoted(trimmed) });
    return link.hash;
  }
  return `#${trimmed}`;
}

function readView(view: string, context: ExportContext): string {
  if (view.length > MAX_VIEW_LINK) refuse(WORDS.viewTooLong, { length: view.length, max: MAX_VIEW_LINK });
  const hash = viewHash(view);
  const { view: parsed, problems } = parseViewHash(hash);
  if (problems.length > 0) refuse(WORDS.viewProblem, { problem: wordsOf(say, problems[0]) });
  if (parsed.feature && !context.hasFeature(parsed.feature)) refuse(WORDS.viewMissingFeature, { feature: parsed.feature });
  return hash;
}

function readOut(out: string, format: PictureFormat, context: ExportContext): string {
  const path = resolve(out);
  const value = quoted(out);
  if (context.pathKind(path) === 'dir') refuse(WORDS.outFolder, { value });
  if (extname(path).toLowerCase() !== `.${format}`) refuse(WORDS.outExtension, { value, extension: format, format: format.toUpperCase() });
  const folder = context.pathKind(dirname(path));
  if (folder !== 'dir') refuse(WORDS.outNoFolder, { value, folder: quoted(dirname(out) || '.') });
  // Said now, not after the picture has taken its seconds to draw.
  if (!context.canWrite(path)) refuse(WORDS.outNotWritable, { value });
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
