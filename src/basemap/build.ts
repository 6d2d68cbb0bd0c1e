/**
 * The whole basemap build as one pure function: parsed inputs in, output collections out.
 * scripts/prepare-basemap.ts does the reading and writing.
 */
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { REGION_BBOX } from './corrections.ts';
import {
  borderLines,
  clipToBBox,
  countryFeatures,
  prepareLakes,
  prepareRivers,
  roundFeatures,
  simplifyLines,
  simplifyTopology,
  type Areal,
  type CountryProps,
  type LakeProps,
  type RawProps,
  type Linear,
  type RiverProps,
} from './prepare.ts';
import { buildLabels, correctedPlaces, type LabelProps, type MarineProps, type RawPlaceProps } from './labels.ts';
import { buildLabelAnchors } from './labelAnchors.ts';
import { COUNTRY_TINT_COUNT, colourCountries, countryAdjacency, mergeAdjacency } from './countryColours.ts';
import type { LabelAnchorsFile } from '../model/scene/labelAnchors.ts';

export interface BasemapInputs {
  countries50m: Topology;
  countries10m: Topology;
  lakes: FeatureCollection<Geometry, RawProps>;
  rivers: FeatureCollection<Geometry, RawProps>;
  marine: FeatureCollection<Geometry, MarineProps>;
  places: FeatureCollection<Geometry, RawPlaceProps>;
}

/** A country fill: its name and its tint (neighbours never share one). */
export interface FilledCountryProps extends CountryProps {
  colour: number;
}

export interface BasemapOutputs {
  'countries-50m.geojson': FeatureCollection<Areal, FilledCountryProps>;
  'countries-10m.geojson': FeatureCollection<Areal, FilledCountryProps>;
  'borders-50m.geojson': FeatureCollection<Linear, Record<string, never>>;
  'borders-10m.geojson': FeatureCollection<Linear, Record<string, never>>;
  'lakes.geojson': FeatureCollection<Areal, LakeProps>;
  'rivers.geojson': FeatureCollection<Linear, RiverProps>;
  /** Towns, capitals and regions: names at one point. */
  'labels.geojson': FeatureCollection<Point, LabelProps>;
  /** Countries, seas and rivers: names placed at run time inside the part in view. */
  'label-anchors.json': LabelAnchorsFile;
}

/** Simplification tolerances (degrees) and rounding (decimals) per output. */
export const BUILD_SETTINGS = {
  box: REGION_BBOX,
  /** 50m is drawn below zoom 5, where a pixel is ≥ 0.02°. */
  simplify50m: 0.02,
  decimals50m: 2,
  /** 10m is drawn from zoom 5; 0.003° ≈ 300 m, below the accuracy of the 1:10m source. */
  simplify10m: 0.003,
  decimals10m: 3,
  simplifyRivers: 0.003,
  decimalsExtras: 3,
};

export interface BuildReport {
  droppedLakeCentrelines: string[];
}

export function buildBasemap(input: BasemapInputs, report: BuildReport = { droppedLakeCentrelines: [] }): BasemapOutputs {
  const s = BUILD_SETTINGS;
  const t50 = simplifyTopology(input.countries50m, s.simplify50m);
  const t10 = simplifyTopology(input.countries10m, s.simplify10m);

  const countries50 = roundFeatures(countryFeatures(t50), s.decimals50m);
  const borders50 = roundFeatures(borderLines(t50), s.decimals50m);
  const countries10 = roundFeatures(clipToBBox(countryFeatures(t10), s.box), s.decimals10m);
  const borders10 = roundFeatures(clipToBBox(borderLines(t10), s.box), s.decimals10m);

  const lakes = prepareLakes(input.lakes, s.box, s.decimalsExtras);
  const rivers = roundFeatures(
    simplifyLines(prepareRivers(input.rivers, lakes, s.box, s.decimalsExtras, report), s.simplifyRivers),
    s.decimalsExtras,
  );

  const labels = buildLabels({
    marine: input.marine,
    places: correctedPlaces(input.places),
    rivers,
    box: s.box,
  });
  const pointKinds = new Set(['city', 'capital', 'region']);

  const colours = colourCountries(
    mergeAdjacency(countryAdjacency(input.countries50m), countryAdjacency(input.countries10m)),
    COUNTRY_TINT_COUNT,
  );
  const filled = (fc: FeatureCollection<Areal, CountryProps>): FeatureCollection<Areal, FilledCountryProps> => ({
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, colour: colours.get(f.properties.name) ?? 0 } })),
  });

  return {
    'countries-50m.geojson': filled(countries50),
    'countries-10m.geojson': filled(countries10),
    'borders-50m.geojson': borders50,
    'borders-10m.geojson': borders10,
    'lakes.geojson': lakes,
    'rivers.geojson': rivers,
    'labels.geojson': { type: 'FeatureCollection', features: labels.features.filter((l) => pointKinds.has(l.properties.kind)) },
    'label-anchors.json': buildLabelAnchors(countries50, labels.features, rivers),
  };
}
