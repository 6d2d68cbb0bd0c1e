// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { startUrlSync } from './urlSync';
import { useAtlas } from './store';
import type { Camera } from '../model/camera';

const caucasus: Camera = { center: [45, 41], zoom: 6, bearing: 0, pitch: 0 };

/** The map reporting where it is after a move, as MapView does on MapLibre's moveend. */
const mapSettlesAt = (camera: Camera) => useAtlas.setState({ camera: { ...camera } });

describe('the link in the address bar', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('makes a page of history for a jump, and not for a pan after a jump that landed where the map already was', () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    const pages = window.history.length;

    // Jumping to where the map is: the map frames it and reports the same view.
    useAtlas.getState().focus([], { bounds: [[40, 38], [50, 44]] });
    useAtlas.getState().framed(useAtlas.getState().focusRequest!.seq);
    mapSettlesAt(caucasus);
    expect(window.history.length).toBe(pages);

    // A pan afterwards rewrites the current page: Back should not return to the same view.
    mapSettlesAt({ ...caucasus, center: [46, 41] });
    expect(window.history.length).toBe(pages);
    expect(window.location.hash).toContain('map=');
  });

  it('still makes a page of history for a jump that lands somewhere else', () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    const pages = window.history.length;

    useAtlas.getState().focus([], { bounds: [[48, 38], [52, 42]] });
    useAtlas.getState().framed(useAtlas.getState().focusRequest!.seq);
    mapSettlesAt({ ...caucasus, center: [50, 40] });
    expect(window.history.length).toBe(pages + 1);
  });
});
