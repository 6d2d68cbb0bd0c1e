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

describe('the interface’s language in the link', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    useAtlas.setState({ lang: 'en' });
    window.localStorage.clear();
  });

  it('opens in the language the link names, over the one remembered', () => {
    window.localStorage.setItem('corridor-atlas.lang', 'az');
    window.history.replaceState(null, '', '/#lang=hy');
    stop = startUrlSync();
    expect(useAtlas.getState().lang).toBe('hy');
  });

  it('opens in the language chosen last time when the link names none', () => {
    window.localStorage.setItem('corridor-atlas.lang', 'ru');
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    expect(useAtlas.getState().lang).toBe('ru');
    expect(window.location.hash).toBe('');
  });

  it('writes a change of language into the link without a new page of history, and drops it for English', () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    const pages = window.history.length;
    useAtlas.getState().setLang('ru');
    expect(window.location.hash).toBe('#lang=ru');
    useAtlas.getState().setLang('en');
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(pages);
  });
});
