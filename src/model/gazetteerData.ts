/**
 * The gazetteer as the app reads it (data/gazetteer.json, checked at build time by npm run validate).
 * Imported by search, which loads on demand; the map's names need it only for a language other
 * than English, so import this module dynamically there.
 */
import file from '../../data/gazetteer.json';
import { makeGazetteer, type GazetteerFile } from './gazetteer.ts';

export const GAZETTEER = makeGazetteer(file as GazetteerFile);
