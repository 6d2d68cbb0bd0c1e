/**
 * The gazetteer as the app reads it (data/gazetteer.json, checked at build time by npm run validate),
 * with its functions bound to it. Imported by search, which loads on demand; the map's names need
 * it only for a language other than English, so import this module dynamically there.
 */
import file from '../../../data/gazetteer.json';
import { allNames as allNamesIn, makeGazetteer, mapNameIn, nameIn as nameInGazetteer, type GazetteerFile, type GazetteerLang } from './gazetteer.ts';

export const GAZETTEER = makeGazetteer(file as GazetteerFile);

/** The name shown for `key` in `lang` (a contested name with both forms), or undefined where there is none. */
export const nameIn = (key: string, lang: GazetteerLang): string | undefined => nameInGazetteer(GAZETTEER, key, lang);

/** What the map prints beside a feature's mark in `lang`. */
export const mapName = (key: string, lang: GazetteerLang): string | undefined => mapNameIn(GAZETTEER, key, lang);

/** Every form of a name in every language, for search. */
export const allNames = (key: string): string[] => allNamesIn(GAZETTEER, key);
