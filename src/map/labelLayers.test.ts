import { describe, expect, it } from 'vitest';
import type { DrawableFeature } from '../model/drawable';
import { atlasPlaceLabels, declutterCities, labelsAtZoom, labelsFromGeojson, type BasemapLabel } from './labelLayers';

const labels: BasemapLabel[] = [
  { position: [49.87, 40.41], text: 'Baku', kind: 'capital', rank: 1, minZoom: 2 },
  { position: [46.75, 39.82], text: 'Khankendi', kind: 'city', rank: 4, minZoom: 6 },
  { position: [50.5, 41.9], text: 'Caspian Sea', kind: 'sea', rank: 1, minZoom: 0 },
];

describe('basemap labels', () => {
  it('shows small towns only when zoomed in close enough', () => {
    expect(labelsAtZoom(labels, 4).map((l) => l.text)).toEqual(['Baku', 'Caspian Sea']);
    expect(labelsAtZoom(labels, 6.2).map((l) => l.text)).toEqual(['Baku', 'Khankendi', 'Caspian Sea']);
  });

  it('does not flicker a label in and out within half a zoom step', () => {
    expect(labelsAtZoom(labels, 5.6)).toHaveLength(2);
    expect(labelsAtZoom(labels, 5.99)).toHaveLength(2);
  });

  it('reads the label file written by the basemap preparation', () => {
    const parsed = labelsFromGeojson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [45.41, 39.21] },
          properties: { text: 'Nakhchivan', kind: 'city', rank: 3, min_zoom: 5 },
        },
      ],
    });
    expect(parsed).toEqual([{ position: [45.41, 39.21], text: 'Nakhchivan', kind: 'city', rank: 3, minZoom: 5 }]);
  });
});

describe('crowded city names', () => {
  const ordubad: BasemapLabel = { position: [46.02, 38.91], text: 'Ordubad', kind: 'city', rank: 3, minZoom: 6 };
  const meghri: BasemapLabel = { position: [46.25, 38.9], text: 'Meghri', kind: 'city', rank: 4, minZoom: 6 };

  it('keeps the more important of two names that would overlap', () => {
    expect(declutterCities([meghri, ordubad], 7, 1).map((l) => l.text)).toEqual(['Ordubad']);
  });

  it('keeps both once zoomed in far enough to separate them', () => {
    expect(declutterCities([meghri, ordubad], 9, 1)).toHaveLength(2);
  });
});

describe('names for the atlas’s own places', () => {
  const place = (name: string, coordinates: [number, number]): DrawableFeature => ({
    type: 'Feature',
    id: name,
    geometry: { type: 'Point', coordinates },
    properties: { name, kind: 'place', layer: 'places', status: 'operating' },
  });

  it('names a place the basemap does not, and not one it already names', () => {
    const labels = atlasPlaceLabels(
      [place('Khojaly', [46.79, 39.91]), place('Khankendi', [46.752, 39.815]), place('Nakhchivan (city)', [45.41, 39.21])],
      [
        { position: [46.75, 39.82], text: 'Khankendi', kind: 'city', rank: 3, minZoom: 5 },
        { position: [45.412, 39.209], text: 'Nakhchivan', kind: 'city', rank: 3, minZoom: 5 },
      ],
    );
    expect(labels.map((l) => l.text)).toEqual(['Khojaly']);
  });
});
