/**
 * The one way the app moves the camera. Store actions (a selection framed, a focus, a view
 * applied, a tour step) ask here; the live map does it (MapView makes it the owner once it exists)
 * and reports where it arrived through the store's `mapMoved`, so the store holds only what the
 * map says. Until there is a map the latest request waits here: only the latest matters.
 */
import type { Bounds } from '../model/geometry/coordinates.ts';
import type { Camera, MapSubject, Transition } from '../model/view/camera.ts';
import { focusSubject } from '../model/view/framing.ts';
import { featureById } from './atlasData.ts';

/** Where to send the camera: features (and an area round them) to fit, or a camera as a link gives it. */
export type CameraTarget = { features: readonly string[]; bounds?: Bounds } | { camera: Camera };

export interface CameraRequest {
  target: CameraTarget;
  transition: Transition;
  /** A view of its own (a corridor jumped to, a step): Back returns to the view before it (see urlSync.ts). */
  newPage: boolean;
}

/** The live map, as the port needs it (AtlasMap is one). */
export interface CameraOwner {
  /** Resolves true once the map has arrived and reported where, false if another move took over first. */
  frame(subject: MapSubject, options: { transition: Transition }): Promise<boolean>;
  /** Resolves once the map is at rest where it was last sent. */
  settled(): Promise<void>;
}

let owner: CameraOwner | null = null;
/** The request not yet handed to the map, and how to tell its asker where it ended. */
let waiting: { subject: MapSubject; transition: Transition; arrived: (arrived: boolean) => void } | null = null;
let handOverScheduled = false;
/** Moves and tour steps not finished yet: `cameraSettled` waits for all of them. */
const inFlight = new Set<Promise<unknown>>();
const requestListeners = new Set<(request: CameraRequest, arrival: Promise<boolean>) => void>();

/** What a target shows on the map: its features and its area together (see model/view/framing.ts); null if nothing. */
export function targetSubject(target: CameraTarget): MapSubject | null {
  if ('camera' in target) return { camera: target.camera };
  const bounds = focusSubject(target.features.flatMap((id) => featureById.get(id) ?? []), target.bounds);
  return bounds && { bounds };
}

/**
 * Sends the camera somewhere. Resolves true once the map is there, false if a later request took
 * over or there was nothing to frame. The map is handed the request after the current task, so the
 * state change that asked for it (a panel hidden, a caption shown) is laid out before the map
 * measures what covers it, and several requests in one task are one move.
 */
export function moveCamera(request: CameraRequest): Promise<boolean> {
  const subject = targetSubject(request.target);
  if (!subject) return Promise.resolve(false);
  waiting?.arrived(false);
  const arrival = new Promise<boolean>((arrived) => {
    waiting = { subject, transition: request.transition, arrived };
  });
  trackCameraWork(arrival);
  requestListeners.forEach((listener) => listener(request, arrival));
  scheduleHandOver();
  return arrival;
}

/** Lets `cameraSettled` wait for work that moves the camera in more than one request (a tour step). */
export function trackCameraWork<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const done = () => inFlight.delete(work);
  work.then(done, done);
  return work;
}

/** Hears every request as it is made, with the promise of its arrival (urlSync decides pages of history by it). */
export function onCameraRequest(listener: (request: CameraRequest, arrival: Promise<boolean>) => void): () => void {
  requestListeners.add(listener);
  return () => requestListeners.delete(listener);
}

/** The map that moves from now on (MapView's, once made), or none (it is gone). */
export function setCameraOwner(next: CameraOwner | null): void {
  owner = next;
  scheduleHandOver();
}

/** The exact camera a request waiting for the map asks for: a new map opens there rather than moving there. */
export function waitingCamera(): Camera | null {
  return waiting && 'camera' in waiting.subject ? waiting.subject.camera : null;
}

/**
 * Resolves once every move asked for has arrived (a tour step's second framing too) and the map is
 * at rest: what the browser tests, the command-line export and the screenshots wait for.
 */
export async function cameraSettled(): Promise<void> {
  for (;;) {
    while (inFlight.size > 0) await Promise.all(inFlight);
    await owner?.settled();
    // A move asked for while the map came to rest is waited for too.
    if (inFlight.size === 0) return;
  }
}

function scheduleHandOver(): void {
  if (!owner || !waiting || handOverScheduled) return;
  handOverScheduled = true;
  setTimeout(handOver);
}

function handOver(): void {
  handOverScheduled = false;
  const request = waiting;
  if (!owner || !request) return;
  waiting = null;
  owner.frame(request.subject, { transition: request.transition }).then(request.arrived, () => request.arrived(false));
}
