// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cameraSettled, moveCamera, setCameraOwner, trackCameraWork, waitingCamera } from './cameraPort.ts';
import type { Camera, MapSubject } from '../model/view/camera.ts';

const baku: Camera = { center: [49.87, 40.41], zoom: 8, bearing: 0, pitch: 0 };
const tbilisi: Camera = { center: [44.8, 41.7], zoom: 8, bearing: 0, pitch: 0 };

/** A map that records where it was sent and arrives at once. */
function recordingMap() {
  const sent: MapSubject[] = [];
  setCameraOwner({
    frame: async (subject) => {
      sent.push(subject);
      return true;
    },
    settled: async () => {},
  });
  return sent;
}

describe('the camera port', () => {
  afterEach(() => setCameraOwner(null));

  it('keeps only the latest request until there is a map, and opens the map on a link’s camera', async () => {
    const first = moveCamera({ target: { camera: baku }, transition: 'jump', newPage: false });
    const latest = moveCamera({ target: { camera: tbilisi }, transition: 'jump', newPage: false });
    expect(waitingCamera()).toEqual(tbilisi);
    expect(await first).toBe(false);

    const sent = recordingMap();
    expect(await latest).toBe(true);
    expect(sent).toEqual([{ camera: tbilisi }]);
    expect(waitingCamera()).toBeNull();
  });

  it('makes requests of one task one move: the last', async () => {
    const sent = recordingMap();
    void moveCamera({ target: { features: [], bounds: [[40, 38], [50, 44]] }, transition: 'fly', newPage: true });
    void moveCamera({ target: { camera: baku }, transition: 'jump', newPage: false });
    await cameraSettled();
    expect(sent).toEqual([{ camera: baku }]);
  });

  it('asks nothing of the map for features it does not know', async () => {
    const sent = recordingMap();
    expect(await moveCamera({ target: { features: ['no-such-feature'] }, transition: 'fly', newPage: true })).toBe(false);
    expect(sent).toEqual([]);
  });

  it('is settled only when work of several moves (a tour step) is done', async () => {
    const sent = recordingMap();
    let finish = () => {};
    const step = trackCameraWork(
      (async () => {
        await moveCamera({ target: { camera: baku }, transition: 'fly', newPage: true });
        // Between its two framings the step waits for the overlay's layout.
        await new Promise<void>((resolve) => (finish = resolve));
        await moveCamera({ target: { camera: tbilisi }, transition: 'fly', newPage: false });
      })(),
    );
    let settled = false;
    const waiting = cameraSettled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([{ camera: baku }]);
    expect(settled).toBe(false);
    finish();
    await step;
    await waiting;
    expect(sent).toEqual([{ camera: baku }, { camera: tbilisi }]);
  });
});
