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
import { readLabelAnchors } from '../model/scene/labelAnchors.ts';
import { estimateText, placeLabels, type PointLabel } from '../model/scene/labelPlacement.ts';
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

  it('50m: the Arctic seas are water and Chukotka is land: no ring wraps round the world', () => {
    expect(countriesAt('50m', [0, 67])).toEqual([]); // Norwegian Sea
    expect(countriesAt('50m', [60, 72])).toEqual([]); // Kara Sea
    expect(countriesAt('50m', [-173, 66])).toEqual(['Russia']); // Chukotka, east of 180°
    expect(countriesAt('50m', [176, 67])).toEqual(['Russia']);
    for (const f of countries('50m')) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        const steps = ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i][0]));
        expect([f.properties.name, Math.max(...steps) <= 180]).toEqual([f.properties.name, true]);
      }
    }
  });

  it.each(['50m', '10m'] as const)('%s: neighbours have different fill tints', (r) => {
    const colourOf = new Map(countries(r).map((f) => [f.properties.name, f.properties.colour]));
    const pairs = [
      ['Armenia', 'Azerbaijan'], ['Armenia', 'Iran'], ['Armenia', 'Türkiye'], ['Armenia', 'Georgia'],
      ['Azerbaijan', 'Iran'], ['Azerbaijan', 'Türkiye'], ['Azerbaijan', 'Georgia'], ['Azerbaijan', 'Russia'],
      ['Georgia', 'Russia'], ['Georgia', 'Türkiye'], ['Iran', 'Türkiye'], ['Iran', 'Turkmenistan'], ['Iraq', 'Türkiye'],
    ];
    for (const [a, b] of pairs) expect([a, b, colourOf.get(a) !== colourOf.get(b)]).toEqual([a, b, true]);
    for (const f of countries(r)) expect(f.properties.colour).toBeGreaterThanOrEqual(0);
    expect(colourOf.get('Azerbaijan')).toBe(countries('50m').find((f) => f.properties.name === 'Azerbaijan')!.properties.colour);
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

  it('names the regions as areas: Nakhchivan Autonomous Republic, Syunik, Karabakh, Absheron', () => {
    const regions = labels('region').map((l) => l.properties.text);
    for (const n of ['Nakhchivan Autonomous Republic', 'Syunik', 'Karabakh', 'Absheron Peninsula']) expect(regions).toContain(n);
    expect(countriesAt('10m', labelNamed('Syunik')!.geometry.coordinates)).toEqual(['Armenia']);
    expect(countriesAt('10m', labelNamed('Nakhchivan Autonomous Republic')!.geometry.coordinates)).toEqual(['Azerbaijan']);
    expect(countriesAt('10m', labelNamed('Karabakh')!.geometry.coordinates)).toEqual(['Azerbaijan']);
  });

  it('keeps only towns and regions as point names (countries, seas and rivers have anchors)', () => {
    expect(new Set(labels().map((l) => l.properties.kind))).toEqual(new Set(['city', 'capital', 'region']));
  });

  it('labels follow the contract', () => {
    const kinds = new Set(['city', 'capital', 'region']);
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

describe('label anchors', () => {
  const area = (text: string) => out['label-anchors.json'].areas.find((a) => a.text === text)!;

  it('every country anchor lies inside its country, with its clearance from the border', () => {
    for (const name of ['Azerbaijan', 'Armenia', 'Georgia', 'Türkiye', 'Iran', 'Russia', 'Kazakhstan']) {
      const anchors = area(name).anchors;
      expect(anchors.length).toBeGreaterThan(20);
      for (const [lon, lat, , , km] of anchors.filter((_, i) => i % 7 === 0)) {
        expect([name, lon, lat, booleanPointInPolygon([lon, lat], country('50m', name))]).toEqual([name, lon, lat, true]);
        expect(km).toBeGreaterThanOrEqual(0);
      }
    }
  }, 30_000);

  it('Nakhchivan is its own part of Azerbaijan, with anchors of its own down to 0.1°', () => {
    const inNakhchivan = area('Azerbaijan').anchors.filter(([lon, lat]) => lon > 44.8 && lon < 46.0 && lat > 38.8 && lat < 39.7);
    expect(inNakhchivan.length).toBeGreaterThan(30);
    expect(new Set(inNakhchivan.map(([, , part]) => part)).size).toBe(1);
    expect(inNakhchivan[0][2]).toBeGreaterThan(0); // the mainland is part 0
    expect(inNakhchivan.some(([, , , spacing]) => spacing === 0.1)).toBe(true);
  });

  it('has anchors in the water for the seas and along the Aras and Kura', () => {
    for (const sea of ['Caspian Sea', 'Black Sea', 'Sea of Azov', 'Mediterranean Sea', 'Aegean Sea', 'Persian Gulf']) {
      expect(area(sea).kind).toBe('sea');
      for (const [lon, lat] of area(sea).anchors) expect([sea, countriesAt('10m', [lon, lat])]).toEqual([sea, []]);
    }
    expect(area('Caspian Sea').anchors.length).toBeGreaterThan(4);
    const aras = area('Aras').anchors;
    expect(aras.length).toBeGreaterThan(5);
    expect(aras.some(([lon, lat]) => km([lon, lat], [45.6, 39.0]) < 25)).toBe(true); // along Nakhchivan
    expect(aras.some(([lon, lat]) => km([lon, lat], [47.5, 39.4]) < 25)).toBe(true); // east of Horadiz
    expect(area('Kura').anchors.some(([lon, lat]) => km([lon, lat], [47.9, 40.1]) < 30)).toBe(true);
  });
});

describe('names along the Aras', () => {
  const pointLabels = (): PointLabel[] =>
    labels().map((l) => ({
      position: l.geometry.coordinates as [number, number],
      text: l.properties.text,
      kind: l.properties.kind as PointLabel['kind'],
      rank: l.properties.rank,
      minZoom: l.properties.min_zoom,
    }));

  it.each([
    [8, 1055, 855],
    [8, 390, 600],
    [10, 1055, 855],
    [7, 1280, 676],
  ])('zoom %s, %s×%s: says which side is Armenia, Iran and Azerbaijan, each name inside its own country', (zoom, width, height) => {
    const placed = placeLabels({
      anchors: readLabelAnchors(out['label-anchors.json']),
      points: pointLabels(),
      view: { center: [45.7, 39.2], zoom, width, height },
      scale: 1,
      measure: estimateText,
    });
    const names = placed.map((l) => l.name);
    for (const country of ['Armenia', 'Iran']) expect(names).toContain(country);
    expect(names.includes('Azerbaijan') || names.includes('Nakhchivan Autonomous Republic')).toBe(true);
    for (const label of placed.filter((l) => l.kind === 'country')) {
      expect([label.name, countriesAt('10m', label.position)]).toEqual([label.name, [label.name]]);
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
    // 0.3 MB of it are the label anchors (label-anchors.json).
    expect(total).toBeLessThan(3.0 * 1024 * 1024);
    const again = buildBasemap(inputs);
    for (const file of ['labels.geojson', 'label-anchors.json', 'countries-50m.geojson'] as const) {
      expect(JSON.stringify(again[file])).toBe(JSON.stringify(out[file]));
    }
  }, 60_000);
});
