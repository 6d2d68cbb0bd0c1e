/**
 * What adding, keeping and drawing again the user's own layers says, worded for the language shown
 * (a layer redrawn at start speaks before that language's words have arrived). The file checker's
 * findings are worded too (src/model/userData/geojsonCheck.ts, csvPoints.ts, jsonText.ts); only what the
 * browser itself says of a failure is quoted in its own words, English.
 */
import { defineMessages } from '../model/words/message.ts';

export const USER_DATA_WORDS = defineMessages({
  notAdded: {
    id: 'userData.notAdded',
    defaultMessage: '"{name}" was not added:',
    description: 'Before the reason a file was refused (a sentence, shown after it); {name} is the file’s name',
  },
  added: {
    id: 'userData.added',
    defaultMessage: 'Added "{name}": {count, plural, one {# feature} other {# features}}. {kept}',
    description: 'A file became a layer; {name} is the layer’s name; {kept} says whether the browser keeps it',
  },
  keptHere: { id: 'userData.keptHere', defaultMessage: 'It is kept in this browser.', description: 'After “Added … features.”' },
  notKept: {
    id: 'userData.notKept',
    defaultMessage: 'The browser storage refused to keep "{name}" ({reason}): it is on the map now but will be gone after a reload. Export a views file to keep it.',
    description: '{name} is the layer’s name; {reason} why the storage refused, e.g. “it is full”',
  },
  storageFull: { id: 'userData.storageFull', defaultMessage: 'it is full', description: 'Why the browser storage refused: “The browser storage refused … (it is full)”' },
  storageUnavailable: {
    id: 'userData.storageUnavailable',
    defaultMessage: 'storage is turned off or unavailable',
    description: 'Why the browser storage refused: “The browser storage refused … (storage is turned off or unavailable)”',
  },
  indexUnreadable: {
    id: 'userData.indexUnreadable',
    defaultMessage: 'Your layers could not be read from the browser storage ({reason}).',
    description: 'Notice at start; {reason} why, e.g. “storage is turned off or unavailable”',
  },
  layerMissing: {
    id: 'userData.layerMissing',
    defaultMessage: 'Your layer "{name}" was not found in the browser storage any more.',
    description: 'Notice at start; {name} is the layer’s name',
  },
  layerNotRedrawn: {
    id: 'userData.layerNotRedrawn',
    defaultMessage: 'Your layer "{name}" could not be drawn again: {problem}',
    description: 'Notice at start; {name} is the layer’s name; {problem} why, a sentence (the file checker’s finding)',
  },
  notInStorage: {
    id: 'userData.notInStorage',
    defaultMessage: 'it is not in the browser storage any more',
    description: 'Why a layer kept in this browser could not be drawn again, after “could not be drawn again:”',
  },
  storageUnreadable: {
    id: 'userData.storageUnreadable',
    defaultMessage: 'the browser storage could not be read ({reason}).',
    description: 'Why a layer kept in this browser could not be drawn again, after “could not be drawn again:”; {reason} e.g. “storage is turned off or unavailable”',
  },
  fileUnreadable: {
    id: 'userData.fileUnreadable',
    defaultMessage: 'The file could not be read (the browser says: {reason}).',
    description: 'A file refused; {reason} is the browser’s own words, in English',
  },
  importStopped: {
    id: 'userData.importStopped',
    defaultMessage: 'The import stopped unexpectedly (the browser says: {reason}).',
    description: 'A file refused; {reason} is the browser’s own words, in English',
  },
  workerFailed: {
    id: 'userData.workerFailed',
    defaultMessage: 'The import stopped unexpectedly: the part of the browser reading it failed; the file may be too large for this browser.',
    description: 'A file refused; the browser gave no reason',
  },
  changeRefused: {
    id: 'userData.changeRefused',
    defaultMessage: 'The browser storage refused to keep the change to your layers ({reason}); after a reload they will be as they were.',
    description: '{reason} why, e.g. “it is full”',
  },
});
