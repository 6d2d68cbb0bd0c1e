import { describe, expect, it } from 'vitest';
import type { DrawableFeature } from './drawable.ts';
import { datasetFromDisk } from '../../../scripts/lib/onDisk.ts';
import { mapName, mentions, subjectTiers } from './mapNames.ts';

const byId = new Map(datasetFromDisk().map((feature) => [feature.id, feature as unknown as DrawableFeature]));
const named = (id: string) => mapName(byId.get(id)!);

describe('the names the map prints for the atlas’s marks', () => {
  it('names a port as its town, a landing by where it is, a plant by its place and kind', () => {
    expect(['mc-port-aktau', 'mc-port-kuryk', 'mc-port-turkmenbashi', 'mc-port-baku-alat', 'mc-port-poti', 'mc-port-anaklia'].map(named)).toEqual([
      'Aktau',
      'Kuryk',
      'Turkmenbashi',
      'Alat',
      'Poti',
      'Anaklia',
    ]);
    expect(named('bsc-landing-constanta')).toBe('Constanța');
    expect(named('plant-garadagh-solar')).toBe('Garadagh solar');
    expect(named('plant-khizi-absheron-wind-sitalchay')).toBe('Khizi-Absheron wind');
    expect(named('plant-metsamor-npp')).toBe('Metsamor nuclear');
    expect(named('n400-converter-substation')).toBe('400 kV converter substation');
    expect(named('place-nakhchivan')).toBe('Nakhchivan');
    expect(named('place-khankendi')).toBe('Khankendi / Stepanakert');
  });
});

describe('which names a view is about', () => {
  it('finds a name as a whole word, in its own capitals', () => {
    expect(mentions('the ports of Aktau and Kuryk', 'Aktau')).toBe(true);
    expect(mentions('Baku–Tbilisi–Kars railway', 'Kars')).toBe(true);
    expect(mentions('Karsland', 'Kars')).toBe(false);
    expect(mentions('one of them', 'Of')).toBe(false);
  });

  it('puts the selection and the places its name names first, then the step’s own features, then what its caption and their names name', () => {
    const tiers = subjectTiers(['Horadiz', 'Aghband', 'Dilucu', 'Khankendi / Stepanakert', 'Kuryk', 'Tbilisi', 'Georgia', 'Kars'], {
      selected: byId.get('tripp-horadiz-aghband-railway')!,
      stepFeatures: [byId.get('mc-port-kuryk')!, byId.get('tripp-kars-igdir-dilucu-railway')!],
      caption: 'Near Stepanakert, and across Georgia.',
    });
    expect(Object.fromEntries(tiers)).toEqual({ Horadiz: 0, Aghband: 0, Kuryk: 1, 'Khankendi / Stepanakert': 2, Georgia: 2, Dilucu: 3, Kars: 3 });
  });
});
