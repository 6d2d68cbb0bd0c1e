import { describe, expect, it } from 'vitest';
import { revealFeatures } from './reveal.ts';
import { LAYER_IDS } from '../features/layers.ts';
import { filterFeatures, NO_FILTER } from './filter.ts';
import { citationIndexFromDisk, datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { wordsOf, type Worded } from '../words/message.ts';
import { translatorFor } from '../../../scripts/lib/commandWords.ts';

/** A notice as an English reader sees it. */
const english = (text: Worded | string | null | undefined) => (text ? wordsOf(translatorFor('en'), text) : text);


const features = datasetFromDisk();
const cited = citationIndexFromDisk(features);
const byId = new Map(features.map((feature) => [feature.id, feature]));
const cable = byId.get('bsc-submarine-cable')!;
const baku = features.find((feature) => feature.properties.layer === 'places' && feature.properties.status === undefined)!;
const allLayers = new Set(LAYER_IDS);

describe('revealFeatures', () => {
  it('leaves the filters alone and says nothing when the feature is drawn', () => {
    const filters = { visibleLayers: allLayers, filter: NO_FILTER };
    const revealed = revealFeatures(filters, [cable, baku], cited);
    expect(revealed).toEqual({ ...filters, notice: null });
    expect(revealed.visibleLayers).toBe(allLayers);
  });

  it('adds the status that hid a feature to the chosen ones, and names it', () => {
    const filters = { visibleLayers: allLayers, filter: { ...NO_FILTER, statuses: ['operating' as const] } };
    const revealed = revealFeatures(filters, [cable], cited);
    expect(revealed.filter.statuses).toEqual(['operating', cable.properties.status]);
    expect(english(revealed.notice)).toBe(`“${cable.properties.name}” was hidden by the filters: the status “${cable.properties.status}” is shown again.`);
    expect(filterFeatures(features, revealed.filter, cited)).toContain(cable);
  });

  it('shows a hidden layer again and keeps every other choice as it was', () => {
    const filters = { visibleLayers: new Set(LAYER_IDS.filter((l) => l !== 'black-sea-cable' && l !== 'tripp')), filter: NO_FILTER };
    const revealed = revealFeatures(filters, [cable], cited);
    expect(revealed.visibleLayers.has('black-sea-cable')).toBe(true);
    expect(revealed.visibleLayers.has('tripp')).toBe(false);
    expect(english(revealed.notice)).toContain('the layer “Black Sea submarine cable” is shown again');
  });

  it('clears another facet that hid the feature, and says so', () => {
    const filters = { visibleLayers: allLayers, filter: { ...NO_FILTER, countries: ['Kazakhstan'] } };
    const revealed = revealFeatures(filters, [cable], cited);
    expect(revealed.filter.countries).toBeNull();
    expect(english(revealed.notice)).toContain('the country filter is cleared');
  });

  it('a place has no status, so a status filter never hides it; its layer can', () => {
    const onlyOperating = { ...NO_FILTER, statuses: ['operating' as const] };
    expect(revealFeatures({ visibleLayers: allLayers, filter: onlyOperating }, [baku], cited).notice).toBeNull();
    const revealed = revealFeatures({ visibleLayers: new Set(LAYER_IDS.filter((l) => l !== 'places')), filter: onlyOperating }, [baku], cited);
    expect(revealed.visibleLayers.has('places')).toBe(true);
    expect(revealed.filter.statuses).toEqual(['operating']);
    expect(english(revealed.notice)).toBe(`“${baku.properties.name}” was hidden by the filters: the layer “Places named in the documents” is shown again.`);
  });

  it('says in one notice what several hidden features needed', () => {
    const filters = { visibleLayers: new Set(LAYER_IDS.filter((l) => l !== 'places')), filter: { ...NO_FILTER, statuses: ['operating' as const] } };
    const revealed = revealFeatures(filters, [cable, baku], cited);
    expect(english(revealed.notice)).toBe(
      `“${cable.properties.name}”, “${baku.properties.name}” were hidden by the filters: the layer “Places named in the documents” is shown again; the status “${cable.properties.status}” is shown again.`,
    );
  });
});
