/**
 * The names a map prints for the atlas's own point features, and which names a view is about.
 * A port is named as its town is ("Aktau", not "Port of Aktau"), a plant by its place and kind
 * ("Garadagh solar"): the feature panel gives the full name. Pure.
 */
import type { DrawableFeature } from './drawable.ts';

const PLANT = /^(.+?) (Wind|Solar|Nuclear|Hydro|Hydroelectric) Power (?:Plant|Station)$/;
const PORT = [/^Port of (.+)$/, /^(.+?) International Sea(?: Trade)? ?[Pp]ort$/, /^(.+?) deep-sea port$/];

/** The short name a map prints beside a feature's mark. */
export function mapName({ properties: { name, kind } }: DrawableFeature): string {
  // A capitalised aside names the place ("… Trade Port (Alat)"); a lower-case one is a remark ("(planned)").
  const place = kind === 'port' ? /\(([A-Z][^)]*)\)$/.exec(name)?.[1] : undefined;
  if (place) return place;
  let short = name.replace(/ \([^)]*\)/g, '').trim();
  if (kind === 'place' || kind === 'region') return short;
  // "Khizi-Absheron Wind Power Plant: Sitalchay cluster": the plant, not its part.
  short = short.split(': ')[0];
  // "Black Sea cable landing and converter station, Anaklia": where it is.
  if (kind === 'landing' && short.includes(', ')) return short.slice(short.lastIndexOf(', ') + 2);
  for (const pattern of PORT) {
    const match = pattern.exec(short);
    if (match) return match[1];
  }
  const plant = PLANT.exec(short);
  if (plant) return `${plant[1]} ${plant[2].toLowerCase()}`;
  // "400 kV converter substation, Nakhchivan": the town has its own name on the map.
  if (kind === 'substation') return short.split(', ')[0].replace(/^New /, '');
  return short;
}

/** Every form of a feature's name a text may use: its map name, its full name and its other names. */
export function nameForms(feature: DrawableFeature): string[] {
  return [...new Set([mapName(feature), feature.properties.name, ...(feature.properties.alternate_names ?? []).map(({ name }) => name)])];
}

/** The forms of a map name: "Khankendi / Stepanakert" is named by either. */
export function labelForms(text: string): string[] {
  const parts = text.split(' / ').map((part) => part.trim());
  return parts.length > 1 ? [text, ...parts] : [text];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Names are looked for on every selection, among some 400 map names: each pattern is made once.
const wholeWordPatterns = new Map<string, RegExp>();

/** Whether a text names a place: the name as a whole word, in its own capitals ("Of" is not "of"). */
export function mentions(text: string, name: string): boolean {
  if (name.length < 2 || !text.includes(name)) return false;
  let pattern = wholeWordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u');
    wholeWordPatterns.set(name, pattern);
  }
  return pattern.test(text);
}

/** What a view is about, for its names: the selection, and a tour or presentation step. */
export interface ViewSubject {
  selected: DrawableFeature | null;
  /** The step's features (its featureIds) that are drawn. */
  stepFeatures: readonly DrawableFeature[];
  /** The step's caption (title and words), or ''. */
  caption: string;
}

export const NO_SUBJECT: ViewSubject = { selected: null, stepFeatures: [], caption: '' };

/**
 * How urgent a name is: 0 the selection and the places its names name, 1 the step's own features,
 * 2 the places the step's caption names, 3 those its features' names name; absent for the rest.
 */
export type SubjectTier = 0 | 1 | 2 | 3;

/**
 * Which map names the view is about: the selected feature's own name and the places its names
 * name ("Horadiz–Aghband railway": Horadiz, Aghband); then the step's features, the places its
 * caption names, and those their names name.
 */
export function subjectTiers(names: Iterable<string>, subject: ViewSubject, nameOf: (feature: DrawableFeature) => string = mapName): Map<string, SubjectTier> {
  const tiers = new Map<string, SubjectTier>();
  const selectedTexts = subject.selected ? nameForms(subject.selected) : [];
  const featureTexts = subject.stepFeatures.flatMap(nameForms);
  const own = new Map<string, SubjectTier>();
  if (subject.selected) own.set(nameOf(subject.selected), 0);
  for (const feature of subject.stepFeatures) if (!own.has(nameOf(feature))) own.set(nameOf(feature), 1);
  for (const name of names) {
    const forms = labelForms(name);
    const named = (texts: readonly string[]) => texts.some((text) => forms.some((form) => mentions(text, form)));
    const tier = named(selectedTexts) ? 0 : (own.get(name) ?? (named([subject.caption]) ? 2 : named(featureTexts) ? 3 : undefined));
    if (tier !== undefined) tiers.set(name, tier);
  }
  return tiers;
}
