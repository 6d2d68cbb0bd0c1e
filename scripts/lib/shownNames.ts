/** Every name the map can show, as gazetteer keys: the basemap's (built from its inputs) and the features'. */
import { buildBasemap } from '../../src/basemap/build.ts';
import { basemapKey, featureKey } from '../../src/model/names/gazetteer.ts';
import { readBasemapInputs } from './basemapInputs.ts';
import { datasetFromDisk } from './onDisk.ts';

export function shownNameKeys(): Set<string> {
  const basemap = buildBasemap(readBasemapInputs());
  return new Set([
    ...basemap['label-anchors.json'].areas.map((area) => basemapKey(area.kind, area.text)),
    ...basemap['labels.geojson'].features.map((label) => basemapKey(label.properties.kind, label.properties.text)),
    ...datasetFromDisk().map((feature) => featureKey(feature.id)),
  ]);
}
