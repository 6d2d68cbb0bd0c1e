/**
 * End-to-end checks of the prepared basemap, built from the real inputs (world-atlas + data/basemap),
 * asserting what a user of the map would notice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, Position } from 'geojson';
import { booleanPointInPolygon, pointToLineDistance, point, lineString } from '@turf/turf';
import { buildBasemap, type BasemapInputs, type BasemapOutputs } from './build.ts';
import { correctedPlaces, type Label } from './labels.ts';
import { maxDecimals, type Areal } from './prepare.ts';
import { readBasemapInputs } from '../../scripts/lib/basemapInputs.ts';


let inputs: BasemapInputs;
let out: BasemapOutputs;

beforeAll(() => {
  inputs = readBasemapInputs();
  out = buildBasemap(inputs);
}, 60_000);

type Res = '50m' | '10m';
const countries = (r: Res) => out[`countries-${r}.geojson`].features;
const countriesAt = (r: Res, p: Position) => countries(r).filter((f) => booleanPointInPolygon(p, f)).map((f) => f.properties.name);
const country = (r: Res, name: string) => countries(r).find((f) => f.properties.name === name) as Feature<Areal>;
const labels = (kind?: string): Label[] => out['labels.geojson'].features.filter((l) => !kind || l.properties.kind === kind);
const labelNamed = (text: string) => labels().find((l) => l.properties.text === text);
const km = (a: Position, b: Position) => {
  const dx = (a[0] - b[0]) * 111.32 * Math.cos((a[1] * Math.PI) / 180);
  const dy = (a[1] - b[1]) * 110.57;
  return Math.hypot(dx, dy);
};

describe('countries', () => {
  it.each(['50m', '10m'] as const)('%s: the Caspian is water, Baku is in Azerbaijan', (r) => {
    expect(countriesAt(r, [50.5, 41.5])).toEqual([]);
    expect(countriesAt(r, [51.0, 39.0])).toEqual([]);
    expect(countriesAt(r, [49.87, 40.41])).toEqual(['Azerbaijan']);
  });

  it.each(['50m', '10m'] as const)('%s: Khankendi and Shusha are in Azerbaijan; no breakaway unit anywhere', (r) => {
    expect(countriesAt(r, [46.75, 39.82])).toEqual(['Azerbaijan']);
    expect(countriesAt(r, [46.75, 39.76])).toEqual(['Azerbaijan']);
    const names = countries(r).map((f) => f.properties.name);
    for (const bad of ['N. Cyprus', 'Cyprus U.N. Buffer Zone', 'Baikonur', 'Somaliland', 'Nagorno-Karabakh', 'Turkey', 'Macedonia']) {
      expect(names).not.toContain(bad);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(['50m', '10m'] as const)('%s: corrected names and units', (r) => {
    expect(countriesAt(r, [32.86, 39.93])).toEqual(['Türkiye']);
    expect(countriesAt(r, [33.32, 35.33])).toEqual(['Cyprus']); // Kyrenia, formerly "N. Cyprus"
    expect(countriesAt(r, [34.1, 44.95])).toEqual(['Ukraine']); // Simferopol
    expect(countriesAt(r, [63.3, 45.6])).toEqual(['Kazakhstan']); // Baikonur
    expect(countriesAt(r, [45.41, 39.21])).toEqual(['Azerbaijan']); // Nakhchivan city
    expect(countriesAt(r, [44.51, 40.18])).toEqual(['Armenia']);
    expect(countriesAt(r, [44.79, 41.73])).toEqual(['Georgia']);
  });

  it('50m is the whole world; 10m only the region box', () => {
    expect(country('50m', 'Brazil')).toBeDefined();
    expect(country('10m', 'Brazil')).toBeUndefined();
    for (const f of countries('10m')) {
      const s = JSON.stringify(f.geometry.coordinates);
      for (const [x, y] of s.match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.map((p) => p.split(',').map(Number))) {
        expect(x >= 5 && x <= 90 && y >= 25 && y <= 60).toBe(true);
      }
    }
  });
});

describe('borders', () => {
  const bordersNear = (r: Res, p: Position, maxKm: number) =>
    out[`borders-${r}.geojson`].features.some((f) => {
      const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      return parts.some((l) => pointToLineDistance(point(p), lineString(l)) < maxKm);
    });

  it.each(['50m', '10m'] as const)('%s: a border line separates Armenia and Azerbaijan (also Nakhchivan)', (r) => {
    expect(bordersNear(r, [45.55, 40.9], 10)).toBe(true); // Tavush – Tovuz
    expect(bordersNear(r, [46.45, 39.25], 10)).toBe(true); // east of Kapan
    expect(bordersNear(r, [45.0, 39.75], 12)).toBe(true); // Ararat – Sadarak (Nakhchivan)
  });

  it.each(['50m', '10m'] as const)('%s: borders are land borders only, none along coasts or inside merged units', (r) => {
    expect(bordersNear(r, [49.95, 40.35], 3)).toBe(false); // Baku coastline
    expect(bordersNear(r, [41.0, 43.5], 3)).toBe(false); // Black Sea, off Abkhazia
    expect(bordersNear(r, [33.6, 35.17], 3)).toBe(false); // Cyprus buffer zone
    expect(bordersNear(r, [33.8, 46.1], 8)).toBe(false); // Perekop isthmus (Crimea–Ukraine)
  });
});

describe('lakes and rivers', () => {
  it('has the region lakes with corrected names', () => {
    const names = out['lakes.geojson'].features.map((f) => f.properties.name);
    for (const n of ['Lake Sevan', 'Lake Urmia', 'Lake Van', 'Mingachevir Reservoir', 'Aral Sea']) expect(names).toContain(n);
    expect(names.filter((n) => /\?|\bKli\b|Mingevir/.test(n))).toEqual([]);
  });

  it('has the Aras passing Julfa and the Kura through Azerbaijan', () => {
    const near = (name: string, p: Position, maxKm: number) =>
      out['rivers.geojson'].features
        .filter((f) => f.properties.name === name)
        .some((f) => {
          const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
          return parts.some((l) => pointToLineDistance(point(p), lineString(l)) < maxKm);
        });
    expect(near('Aras', [45.63, 38.95], 5)).toBe(true);
    expect(near('Kura', [47.7, 40.2], 5)).toBe(true); // lower Kura at Zardab
    expect(near('Kura', [48.47, 40.01], 5)).toBe(true); // Aras confluence at Sabirabad
    expect(near('Kura', [44.8, 41.7], 5)).toBe(true); // Tbilisi
  });

  it('fixes mangled river names', () => {
    const names = new Set(out['rivers.geojson'].features.map((f) => f.properties.name));
    for (const n of ['Kızılırmak', 'Büyük Menderes', 'Rhône', 'Struma', 'Syr Darya', 'Amu Darya']) expect(names).toContain(n);
    for (const n of names) expect(n).not.toMatch(/\?|\s{2}|^(Byk Menderes|Rhne|Truma|Dnepre)$/);
    for (const f of out['rivers.geojson'].features) {
      expect(Object.keys(f.properties).sort()).toEqual(['min_zoom', 'name', 'scalerank']);
    }
  });
});

describe('labels', () => {
  it('Khankendi / Stepanakert, both names, at ~46.75E 39.82N, in Azerbaijan', () => {
    const k = labelNamed('Khankendi / Stepanakert')!;
    expect(k).toBeDefined();
    expect(km(k.geometry.coordinates, [46.75, 39.82])).toBeLessThan(3);
    expect(labels().filter((l) => /Stepanakert|Khankendi/i.test(l.properties.text))).toHaveLength(1);
    expect(booleanPointInPolygon(k.geometry.coordinates, country('10m', 'Azerbaijan'))).toBe(true);
  });

  it('Horadiz where the town is (47.33E), 25 km east of Jabrayil, not beside it', () => {
    const horadiz = labelNamed('Horadiz')!;
    expect(km(horadiz.geometry.coordinates, [47.33, 39.45])).toBeLessThan(2);
    expect(km(horadiz.geometry.coordinates, [47.026, 39.4])).toBeGreaterThan(20);
  });

  it('Kapan is in Armenia: in the data and on the map', () => {
    const kapan = correctedPlaces(inputs.places).find((p) => p.name === 'Kapan')!;
    expect(kapan.country).toBe('Armenia');
    const l = labelNamed('Kapan')!;
    expect(booleanPointInPolygon(l.geometry.coordinates, country('10m', 'Armenia'))).toBe(true);
    expect(booleanPointInPolygon(l.geometry.coordinates, country('50m', 'Armenia'))).toBe(true);
    expect(booleanPointInPolygon(labelNamed('Meghri')!.geometry.coordinates, country('10m', 'Armenia'))).toBe(true);
  });

  it('uses corrected Azerbaijani names', () => {
    const texts = new Set(labels().map((l) => l.properties.text));
    for (const n of ['Baku', 'Ganja', 'Sumqayıt', 'Nakhchivan', 'Şirvan', 'Khankendi / Stepanakert']) expect(texts).toContain(n);
    for (const n of ['Ganca', 'Sumqayt', 'Naxcivan', 'Ali Bayramli', 'Stepanakert', 'Khankendi', 'Turkey']) expect(texts).not.toContain(n);
  });

  it('has the cities the projects need, capitals as kind capital', () => {
    const texts = new Set(labels().map((l) => l.properties.text));
    const wanted =
      'Baku Ganja Sumqayıt Nakhchivan Tbilisi Batumi Poti Kutaisi Yerevan Gyumri Kapan Meghri Kars Erzurum Iğdır Trabzon Aktau Türkmenbaşy Tashkent Almaty Astana Tehran Tabriz Istanbul Ankara Bucharest Constanța Budapest Sofia';
    for (const n of [...wanted.split(' '), 'Khankendi / Stepanakert']) expect(texts).toContain(n);
    for (const c of ['Baku', 'Tbilisi', 'Yerevan', 'Ankara', 'Tehran', 'Astana', 'Tashkent']) {
      expect(labelNamed(c)!.properties.kind).toBe('capital');
    }
    expect(labelNamed('Istanbul')!.properties.kind).toBe('city');
  });

  it("Azerbaijan's label is on the mainland, not in Nakhchivan, Armenia or near Baku", () => {
    const az = labelNamed('Azerbaijan')!;
    const p = az.geometry.coordinates;
    expect(countriesAt('10m', p)).toEqual(['Azerbaijan']);
    expect(p[0]).toBeGreaterThan(46.5); // east of Nakhchivan and Armenia
    expect(km(p, [49.87, 40.41])).toBeGreaterThan(100);
  });

  it('every country label lies inside its country', () => {
    for (const l of labels('country')) {
      expect([l.properties.text, countriesAt('50m', l.geometry.coordinates)]).toEqual([l.properties.text, [l.properties.text]]);
    }
    const texts = labels('country').map((l) => l.properties.text);
    for (const n of ['Azerbaijan', 'Armenia', 'Georgia', 'Türkiye', 'Iran', 'Russia', 'Kazakhstan', 'Turkmenistan', 'Uzbekistan']) {
      expect(texts).toContain(n);
    }
  });

  it('sea labels sit in the water', () => {
    const texts = labels('sea').map((l) => l.properties.text);
    for (const n of ['Caspian Sea', 'Black Sea', 'Sea of Azov', 'Mediterranean Sea', 'Aegean Sea', 'Persian Gulf']) expect(texts).toContain(n);
    for (const l of labels('sea')) expect([l.properties.text, countriesAt('10m', l.geometry.coordinates)]).toEqual([l.properties.text, []]);
  });

  it('has the Aras and Kura river labels near their rivers in the region', () => {
    expect(km(labelNamed('Aras')!.geometry.coordinates, [46.8, 39.05])).toBeLessThan(30);
    expect(km(labelNamed('Kura')!.geometry.coordinates, [47.9, 40.1])).toBeLessThan(30);
  });

  it('labels follow the contract', () => {
    const kinds = new Set(['country', 'sea', 'city', 'capital', 'region', 'river']);
    for (const l of labels()) {
      expect(Object.keys(l.properties).sort()).toEqual(['kind', 'min_zoom', 'rank', 'text']);
      expect(kinds.has(l.properties.kind)).toBe(true);
      expect(l.properties.text.length).toBeGreaterThan(0);
      expect(l.properties.text).not.toMatch(/\?/);
      expect(Number.isInteger(l.properties.rank) && l.properties.rank >= 1).toBe(true);
      expect(typeof l.properties.min_zoom).toBe('number');
    }
  });
});

describe('size and precision', () => {
  it('rounds coordinates as intended', () => {
    expect(maxDecimals(out['countries-50m.geojson'])).toBeLessThanOrEqual(2);
    expect(maxDecimals(out['borders-50m.geojson'])).toBeLessThanOrEqual(2);
    for (const f of ['countries-10m.geojson', 'borders-10m.geojson', 'lakes.geojson', 'rivers.geojson'] as const) {
      expect(maxDecimals(out[f])).toBeLessThanOrEqual(3);
    }
    expect(maxDecimals(out['labels.geojson'])).toBeLessThanOrEqual(4);
  });

  it('stays small and deterministic', () => {
    const total = Object.values(out).reduce((n, fc) => n + JSON.stringify(fc).length, 0);
    expect(total).toBeLessThan(2.6 * 1024 * 1024);
    expect(JSON.stringify(buildBasemap(inputs)['labels.geojson'])).toBe(JSON.stringify(out['labels.geojson']));
  });
});
