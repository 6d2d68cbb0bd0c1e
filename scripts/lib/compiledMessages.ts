/**
 * The interface's catalogues, compiled at build time: `virtual:messages/<lang>` is the catalogue
 * src/i18n/messages/<lang>.json as react-intl's message ASTs (`formatjs compile --ast`), so the
 * browser ships no ICU parser. A message with bad ICU syntax stops the build, naming the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:messages/';
const RESOLVED_PREFIX = `\0${PREFIX}`;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CATALOGUE_FOLDER = `${ROOT}src/i18n/messages/`;
/** The English catalogue is extracted from the code (descriptions for translators); the others are id → text. */
export const SOURCE_LANG = 'en';

/** A catalogue compiled to ASTs, as JSON text; throws, naming the file, on bad ICU syntax. */
export function compileCatalogue(file: string, format: 'default' | 'simple'): string {
  try {
    return execFileSync(`${ROOT}node_modules/.bin/formatjs`, ['compile', '--ast', '--format', format, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    const reason = stderr.split('\n').find((line) => /error/i.test(line)) ?? stderr.trim();
    throw new Error(`The catalogue ${file} has a message formatjs cannot compile: ${reason.trim()}`);
  }
}

export function compiledMessages(): Plugin {
  return {
    name: 'corridor-atlas-messages',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const lang = id.slice(RESOLVED_PREFIX.length);
      const file = `${CATALOGUE_FOLDER}${lang}.json`;
      if (!/^[a-z]{2,3}$/.test(lang) || !existsSync(file)) this.error(`There is no catalogue ${file}.`);
      // The dev server recompiles a catalogue when a translator saves it.
      this.addWatchFile(file);
      try {
        return `export default ${compileCatalogue(file, lang === SOURCE_LANG ? 'default' : 'simple')};`;
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
