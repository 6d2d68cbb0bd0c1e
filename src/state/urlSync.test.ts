// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startUrlSync } from './urlSync.ts';
import { useAtlas } from './store.ts';
import { cameraSettled, setCameraOwner } from './cameraPort.ts';
import type { Camera, MapFrame } from '../model/view/camera.ts';

// The page fetches its data, which a unit test cannot: one place stands in, to be selected and framed.
vi.mock('./atlasData.ts', async (importOriginal) => {
  const gyumri = {
    type: 'Feature',
    id: 'gyumri',
    properties: { name: 'Gyumri', layer: 'places', kind: 'city', status: 'operating', countries: ['Armenia'], figures: [], citations: [] },
    geometry: { type: 'Point', coordinates: [43.85, 40.79] },
  };
  return { ...(await importOriginal<typeof import('./atlasData.ts')>()), featureById: new Map([[gyumri.id, gyumri]]) };
});

const caucasus: Camera = { center: [45, 41], zoom: 6, bearing: 0, pitch: 0 };
const frame: MapFrame = { bounds: [[40, 38], [50, 44]], width: 800, height: 600 };

/** The map reporting where it is after a move, as AtlasMap does on MapLibre's moveend. */
const mapSettlesAt = (camera: Camera) => useAtlas.getState().mapMoved({ ...camera }, frame);

/** A map that, sent anywhere, arrives at `landing` and reports it, as MapView's does through the camera port. */
function mapArrivingAt(landing: () => Camera) {
  setCameraOwner({
    frame: async (subject) => {
      useAtlas.getState().mapMoved({ ...landing() }, frame, 'bounds' in subject ? subject.bounds : null);
      return true;
    },
    settled: async () => {},
  });
}

describe('the link in the address bar', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    setCameraOwner(null);
    useAtlas.setState({ camera: null, selectedId: null, panel: 'find' });
  });

  it('makes a page of history for a jump, and not for a pan after a jump that landed where the map already was', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    mapArrivingAt(() => caucasus);
    const pages = window.history.length;

    // Jumping to where the map is: the map frames it and reports the same view.
    void useAtlas.getState().focus([], { bounds: [[40, 38], [50, 44]] });
    await cameraSettled();
    expect(window.history.length).toBe(pages);

    // A pan afterwards rewrites the current page: Back should not return to the same view.
    mapSettlesAt({ ...caucasus, center: [46, 41] });
    expect(window.history.length).toBe(pages);
    expect(window.location.hash).toContain('map=');
  });

  it('still makes a page of history for a jump that lands somewhere else', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    mapArrivingAt(() => ({ ...caucasus, center: [50, 40] }));
    const pages = window.history.length;

    void useAtlas.getState().focus([], { bounds: [[48, 38], [52, 42]] });
    await cameraSettled();
    expect(window.history.length).toBe(pages + 1);
  });

  it('makes one page of a passage opened and its features framed, so one Back returns to the page before', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    mapArrivingAt(() => ({ ...caucasus, center: [43.85, 40.79], zoom: 8 }));
    const pages = window.history.length;

    useAtlas.getState().openPassage({ source: 'bulletin-2026-02', start: 0, end: 10 }, { select: 'gyumri', focus: ['gyumri'] });
    await cameraSettled();
    expect(window.history.length).toBe(pages + 1);
    expect(window.location.hash).toMatch(/feature=gyumri/);
    expect(window.location.hash).toMatch(/passage=/);
    useAtlas.setState({ passage: null });
  });

  it('makes one page of a feature selected and framed, and none of the same view framed again', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    let landing: Camera = { ...caucasus, center: [43, 41.5], zoom: 7 };
    mapArrivingAt(() => landing);
    const pages = window.history.length;
    const id = 'gyumri';

    useAtlas.getState().select(id, { focus: true });
    await cameraSettled();
    expect(window.history.length).toBe(pages + 1);
    expect(window.location.hash).toContain(`feature=${id}`);
    expect(window.location.hash).toContain('map=7%2F41.5%2F43&');

    // A tour step's second framing, round a caption laid out since, lands a little off: the same page.
    landing = { ...landing, center: [43.2, 41.5] };
    await useAtlas.getState().focus([id], { newPage: false });
    expect(window.history.length).toBe(pages + 1);
    expect(window.location.hash).toContain('map=7%2F41.5%2F43.2&');
  });

  it('after Back, the address bar never shows the camera of the page left', async () => {
    window.history.replaceState(null, '', '/');
    stop = startUrlSync();
    mapSettlesAt(caucasus);
    const before = window.location.hash;
    mapArrivingAt(() => ({ ...caucasus, center: [43.85, 40.79], zoom: 8 }));
    useAtlas.getState().select('gyumri', { focus: true });
    await cameraSettled();
    const left = window.location.hash;
    expect(left).toContain('map=8%2F40.79%2F43.85');

    // Back: the map flies home; every address written meanwhile is the page returned to.
    mapArrivingAt(() => caucasus);
    const written: string[] = [];
    const replace = vi.spyOn(window.history, 'replaceState').mockImplementation(function (this: History, ...args) {
      written.push(String(args[2]));
      return History.prototype.replaceState.apply(this, args);
    });
    const returned = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await returned;
    await cameraSettled();
    replace.mockRestore();
    expect(written.filter((url) => url.includes('map=8%2F40.79%2F43.85'))).toEqual([]);
    expect(window.location.hash).toBe(before);
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
