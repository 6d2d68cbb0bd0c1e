/**
 * A guided tour: steps that frame a part of the map, say in plain words what is there, and show
 * one passage of the documents about it. The tour runs through presentation mode. Its file is
 * checked in full at build time (model/validation/tourSchema.ts); the app reads it by its outline.
 */
import type { Citation } from '../features/feature.ts';
import { isJsonObject } from '../features/jsonShape.ts';
import type { LonLat } from '../geometry/coordinates.ts';


export interface TourStep {
  title: string;
  text: string;
  /** Features and bounds together: the step frames both (the features and the neighbours round them). */
  featureIds?: string[];
  bounds?: [LonLat, LonLat];
  passage?: Citation;
  /** The year the step shows the network in; without one, the documents' present. */
  year?: number;
}

export interface Tour {
  id: string;
  title: string;
  note?: string;
  steps: TourStep[];
}

/** Whether a step has what presenting it uses: a title, its text, and something to frame. */
function isStepOutline(step: unknown): boolean {
  if (!isJsonObject(step) || typeof step.title !== 'string' || typeof step.text !== 'string') return false;
  const frames = Array.isArray(step.featureIds) || Array.isArray(step.bounds);
  const passage = step.passage === undefined || (isJsonObject(step.passage) && typeof step.passage.exact === 'string');
  return frames && passage && (step.year === undefined || Number.isInteger(step.year));
}

/** The tour as the app reads it at start, or why it cannot be run. */
export function readTour(json: unknown): { tour: Tour | null; problem: string | null } {
  if (!isJsonObject(json) || typeof json.id !== 'string' || typeof json.title !== 'string') {
    return { tour: null, problem: 'The tour could not be read: it has no id or title.' };
  }
  if (!Array.isArray(json.steps) || json.steps.length === 0 || !json.steps.every(isStepOutline)) {
    return { tour: null, problem: 'The tour could not be read: a step lacks its title, text or what it frames.' };
  }
  return { tour: json as unknown as Tour, problem: null };
}
