/**
 * What `npm run export` (scripts/export.ts) says: usage, refusals and progress, in the language of
 * the link it exports (`lang=`) or of its --lang option. Kept under src/ so that the catalogues'
 * extraction finds them beside the interface's words; the command formats them in Node.
 */
import { defineMessages } from '../words/message.ts';

const OPTION = 'An error of the command line export; ';

export const EXPORT_COMMAND_WORDS = defineMessages({
  usage: { id: 'exportCommand.usage', defaultMessage: 'usage: {syntax}', description: 'The command line export’s usage line; {syntax} is the command and its options, untranslated' },
  use: { id: 'exportCommand.use', defaultMessage: '{problem} (use: {syntax})', description: `${OPTION}{problem} is Node’s own message (English), {syntax} the command and its options` },
  notAnOption: {
    id: 'exportCommand.notAnOption',
    defaultMessage: '{value} is not an option; put --view before a link ({usage})',
    description: `${OPTION}{value} is what was typed, in quotes; {usage} the usage line`,
  },
  titleTwice: { id: 'exportCommand.titleTwice', defaultMessage: '--title and --no-title cannot both be given.', description: OPTION },
  titleLong: {
    id: 'exportCommand.titleLong',
    defaultMessage: "--title is longer than {max} letters; a picture's title is one line.",
    description: `${OPTION}{max} is a number of letters`,
  },
  besideYear: {
    id: 'exportCommand.besideYear',
    defaultMessage: '--beside {value} is not a year the atlas shows ({first}–{last}).',
    description: `${OPTION}{value} is what was typed, in quotes; {first} and {last} are years`,
  },
  sizeOrPreset: {
    id: 'exportCommand.sizeOrPreset',
    defaultMessage: '{option} {value} is not WIDTHxHEIGHT (e.g. 3840x2160) or slide-hd, slide-4k, a4-300dpi.',
    description: `${OPTION}{option} is --size; {value} what was typed, in quotes; WIDTHxHEIGHT and the preset names are typed as they are`,
  },
  size: {
    id: 'exportCommand.size',
    defaultMessage: '{option} {value} is not WIDTHxHEIGHT (e.g. 1280x800).',
    description: `${OPTION}{option} is --viewport; {value} what was typed, in quotes; WIDTHxHEIGHT is typed as it is`,
  },
  tooSmall: {
    id: 'exportCommand.tooSmall',
    defaultMessage: '{option} {value} is too small: at least {min} pixels a side.',
    description: `${OPTION}{option} is --size or --viewport; {value} what was typed, in quotes`,
  },
  tooLarge: {
    id: 'exportCommand.tooLarge',
    defaultMessage: '{option} {value} is too large: at most {max} pixels a side.',
    description: `${OPTION}{option} is --size or --viewport; {value} what was typed, in quotes`,
  },
  viewUnreadable: { id: 'exportCommand.viewUnreadable', defaultMessage: '--view {value} is not a link the atlas can read.', description: `${OPTION}{value} is the link, in quotes` },
  viewNotAtlas: {
    id: 'exportCommand.viewNotAtlas',
    defaultMessage: '--view {value} is not a link to the atlas (it starts "{protocol}").',
    description: `${OPTION}{value} is the link, in quotes; {protocol} its scheme, e.g. javascript:`,
  },
  viewNoHash: {
    id: 'exportCommand.viewNoHash',
    defaultMessage: `--view {value} has no view after a "#"; copy the link from the atlas's address bar or its Share button.`,
    description: `${OPTION}{value} is the link, in quotes; Share is the views dialog’s button, as translated`,
  },
  viewTooLong: {
    id: 'exportCommand.viewTooLong',
    defaultMessage: '--view is {length} characters long; a link to a view is at most {max}.',
    description: `${OPTION}{length} and {max} are numbers of characters`,
  },
  viewProblem: {
    id: 'exportCommand.viewProblem',
    defaultMessage: '--view: {problem} Nothing was exported, so that no other view is taken for it.',
    description: `${OPTION}{problem} is what is wrong with the link, a sentence`,
  },
  viewMissingFeature: {
    id: 'exportCommand.viewMissingFeature',
    defaultMessage: '--view names a feature "{feature}" that is not in the atlas; nothing was exported.',
    description: `${OPTION}{feature} is the id the link names`,
  },
  unknownLang: {
    id: 'exportCommand.unknownLang',
    defaultMessage: '--lang {value} is not a language the atlas speaks ({langs}).',
    description: `${OPTION}{value} is what was typed, in quotes; {langs} the language codes, e.g. en, az, hy, ru`,
  },
  outFolder: { id: 'exportCommand.outFolder', defaultMessage: '--out {value} is a folder; give a file name ending in .png.', description: `${OPTION}{value} is the path, in quotes` },
  outExtension: {
    id: 'exportCommand.outExtension',
    defaultMessage: '--out {value} must end in .{extension}: the picture is {format}.',
    description: `${OPTION}{value} is the path, in quotes; {extension} is png, svg or pdf; {format} PNG, SVG or PDF`,
  },
  linkBase: {
    id: 'exportCommand.linkBase',
    defaultMessage: '--link-base {value} is not a web address (http:// or https://).',
    description: `${OPTION}{value} is what was typed, in quotes`,
  },
  unknownFormat: {
    id: 'exportCommand.unknownFormat',
    defaultMessage: '--format {value} is not a format the atlas exports (png, svg, pdf).',
    description: `${OPTION}{value} is what was typed, in quotes; png, svg, pdf are typed as they are`,
  },
  outNoFolder: {
    id: 'exportCommand.outNoFolder',
    defaultMessage: '--out {value}: the folder {folder} does not exist.',
    description: `${OPTION}{value} is the path, {folder} its folder, both in quotes`,
  },
  outNotWritable: {
    id: 'exportCommand.outNotWritable',
    defaultMessage: '--out {value} cannot be written (no permission to write there); nothing was drawn.',
    description: `${OPTION}{value} is the path, in quotes`,
  },
  noBuild: {
    id: 'exportCommand.noBuild',
    defaultMessage: 'dist/ is missing: run `npm run build` first (this command builds nothing).',
    description: `${OPTION}dist/ and npm run build are typed as they are`,
  },
  pageProblem: {
    id: 'exportCommand.pageProblem',
    defaultMessage: '{problem} Nothing was exported.',
    description: `${OPTION}{problem} is what the atlas said of the link, a sentence`,
  },
  trySize: {
    id: 'exportCommand.trySize',
    defaultMessage: '{problem} Try --size {width}x{height}.',
    description: `${OPTION}{problem} is why the picture could not be drawn, a sentence; --size {width}x{height} is typed as it is`,
  },
  saved: {
    id: 'exportCommand.saved',
    defaultMessage: 'saved {out} ({width}×{height}, drawn in {milliseconds} ms)',
    description: 'The command line export is done; {out} is the file written; {milliseconds} how long drawing took',
  },
});
