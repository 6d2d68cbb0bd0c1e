import { describe, expect, it } from 'vitest';
import type { DrawableFeature } from '../model/scene/drawable.ts';
import { charactersOf, labelZoomStep, labelsFromGeojson, mapLabelsFor, pointObstacles, routeLines, withAtlasPlaces, type BasemapNames } from './labelLayers.ts';
import type { PointLabel } from '../model/scene/labelPlacement.ts';
import { makeGazetteer, type GazetteerFile } from '../model/names/gazetteer.ts';
import gazetteerJson from '../../data/gazetteer.json';

const feature = (name: string, coordinates: [number, number], kind = 'place', layer = 'places'): DrawableFeature => ({
  type: 'Feature',
  id: name,
  geometry: { type: 'Point', coordinates },
  properties: { name, kind, layer: layer as DrawableFeature['properties']['layer'], status: 'operating' },
});

describe('basemap names', () => {
  it('reads towns and regions from the label file written by the basemap preparation', () => {
    const parsed = labelsFromGeojson({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [45.41, 39.21] }, properties: { text: 'Nakhchivan', kind: 'city', rank: 3, min_zoom: 5 } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [46.08, 39.42] }, properties: { text: 'Syunik', kind: 'region', rank: 3, min_zoom: 7 } },
      ],
    });
    expect(parsed).toEqual([
      { position: [45.41, 39.21], text: 'Nakhchivan', kind: 'city', rank: 3, minZoom: 5 },
      { position: [46.08, 39.42], text: 'Syunik', kind: 'region', rank: 3, minZoom: 7 },
    ]);
  });

  it('places names again at each half zoom step, not on every frame', () => {
    expect(labelZoomStep(5.6)).toBe(5.5);
    expect(labelZoomStep(5.99)).toBe(5.5);
    expect(labelZoomStep(6.01)).toBe(6);
  });
});

describe('names for the atlas’s own places', () => {
  const basemap: PointLabel[] = [
    { position: [46.75, 39.82], text: 'Khankendi', kind: 'city', rank: 3, minZoom: 5 },
    { position: [49.87, 40.41], text: 'Baku', kind: 'capital', rank: 1, minZoom: 3 },
    { position: [46.62, 39.93], text: 'Karabakh', kind: 'region', rank: 3, minZoom: 6.5 },
  ];

  it('names every place beside its own dot, at every zoom, taking over the basemap’s town', () => {
    const labels = withAtlasPlaces([feature('Khojaly', [46.79, 39.91]), feature('Khankendi', [46.752, 39.815]), feature('Baku', [49.86, 40.397])], basemap);
    const khankendi = labels.filter((l) => l.text === 'Khankendi');
    expect(khankendi).toEqual([{ position: [46.752, 39.815], text: 'Khankendi', kind: 'city', rank: 3, minZoom: 0, ownDot: true, key: 'feature/Khankendi' }]);
    expect(labels.find((l) => l.text === 'Baku')).toMatchObject({ kind: 'capital', ownDot: true, position: [49.86, 40.397] });
    expect(labels.find((l) => l.text === 'Khojaly')).toMatchObject({ kind: 'city', ownDot: true, minZoom: 0 });
    // The region keeps its area name.
    expect(labels.filter((l) => l.kind === 'region').map((l) => l.text)).toEqual(['Karabakh']);
  });

  it('gives the basemap its towns back when the places layer is hidden', () => {
    expect(withAtlasPlaces([], basemap)).toEqual(basemap);
  });

  it('keeps names clear of plants and substations, not of places and ports (those are named)', () => {
    const plant = feature('Garadagh Solar Power Plant', [49.6, 40.2], 'plant', 'energy-plants');
    const port = feature('Port of Aktau', [51.21, 43.61], 'port', 'middle-corridor');
    expect(pointObstacles([feature('Baku', [49.86, 40.397]), port, plant])).toEqual([[49.6, 40.2]]);
    expect(withAtlasPlaces([port], [{ position: [51.2, 43.65], text: 'Aktau', kind: 'city', rank: 3, minZoom: 5 }])).toEqual([
      { position: [51.21, 43.61], text: 'Aktau', kind: 'city', rank: 2, ownDot: true, priority: 9, minZoom: 4.5, key: 'feature/Port of Aktau' },
    ]);
  });

  it('names a plant when the view is about it, and keeps clear of it otherwise', () => {
    const plant = feature('Garadagh Solar Power Plant', [49.6, 40.2], 'plant', 'energy-plants');
    const step = { selected: null, stepFeatures: [plant], caption: '' };
    expect(withAtlasPlaces([plant], [], step).map((label) => label.text)).toEqual(['Garadagh solar']);
    expect(pointObstacles([plant], step)).toEqual([]);
  });
});

describe('routes the area names stand off', () => {
  it('are the drawn lines, every part of a multi-line, and no points', () => {
    const rail: DrawableFeature = { ...feature('Rail', [0, 0], 'rail', 'tripp'), geometry: { type: 'LineString', coordinates: [[45, 39], [46, 39.1]] } };
    const cable: DrawableFeature = {
      ...feature('Cable', [0, 0], 'cable', 'black-sea-cable'),
      geometry: { type: 'MultiLineString', coordinates: [[[30, 43], [31, 43]], [[32, 43], [33, 43]]] },
    };
    expect(routeLines([rail, cable, feature('Baku', [49.86, 40.397])])).toHaveLength(3);
  });
});

describe('names in another language', () => {
  const gazetteer = makeGazetteer(gazetteerJson as GazetteerFile);
  const anchor = { position: [45, 40] as [number, number], part: 0, spacing: 0, clearanceKm: 50 };
  const basemap: BasemapNames = {
    anchors: {
      grids: [],
      areas: [
        { text: 'Armenia', kind: 'country', rank: 1, minZoom: 0, anchors: [anchor] },
        { text: 'Azerbaijan', kind: 'country', rank: 1, minZoom: 0, anchors: [anchor] },
        { text: 'Aras', kind: 'river', rank: 2, minZoom: 5, anchors: [anchor] },
      ],
    },
    points: [
      { position: [46.752, 39.8156], text: 'Khankendi / Stepanakert', kind: 'city', rank: 3, minZoom: 5.5 },
      { position: [46.08, 39.42], text: 'Syunik', kind: 'region', rank: 3, minZoom: 7 },
    ],
  };
  const port = { ...feature('Port of Aktau', [51.21, 43.61], 'port', 'middle-corridor'), id: 'mc-port-aktau' };
  const line330 = { ...feature('330 kV line to Nakhchivan: segment through Syunik (Armenia)', [46.1, 39.4], 'power-line', 'nakhchivan-330kv'), id: 'l330-syunik-segment' };
  const subject = { selected: line330, stepFeatures: [], caption: '' };

  it('names countries, rivers, regions, towns and the atlas’s ports in Armenian script', () => {
    const labels = mapLabelsFor(basemap, [port], subject, { lang: 'hy', gazetteer });
    expect(labels.anchors.areas.map((area) => area.text)).toEqual(['Հայաստան', 'Ադրբեջան', 'Արաքս']);
    expect(labels.points.map((point) => point.text)).toEqual(['Խանքենդի / Ստեփանակերտ', 'Սյունիք', 'Ակտաու']);
    expect(charactersOf(labels)).toContain('Ք');
  });

  it('keeps what the view is about: the selection’s places are still named first', () => {
    const english = mapLabelsFor(basemap, [port], subject);
    const russian = mapLabelsFor(basemap, [port], subject, { lang: 'ru', gazetteer });
    expect(english.subjects.get('Syunik')).toBe(0);
    expect(russian.subjects.get('Сюник')).toBe(0);
    expect(russian.subjects.has('Syunik')).toBe(false);
  });

  it('is English, unchanged, by default and without a gazetteer', () => {
    const english = mapLabelsFor(basemap, [port], subject);
    expect(english.points.map((point) => point.text)).toEqual(['Khankendi / Stepanakert', 'Syunik', 'Aktau']);
    expect(mapLabelsFor(basemap, [port], subject, { lang: 'az', gazetteer: null }).points).toEqual(english.points);
    expect(english.anchors).toBe(basemap.anchors);
  });
});
