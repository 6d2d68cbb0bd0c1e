import { describe, expect, it } from 'vitest';
import { buildScene, cornerBoxes, describeFrame, featureMark, leastCoveredBox, REGION_TITLE, samplePoints, showsInFrame, subjectSwatch, type SceneInput } from './scene.ts';
import { LAYER_IDS, layerTitle, type LayerId } from '../features/layers.ts';
import type { DrawableFeature } from './drawable.ts';
import type { Status } from '../features/feature.ts';
import type { Bounds } from '../geometry/coordinates.ts';
import { HIGH_CONTRAST, LIGHT } from '../../style/palette.ts';
import { ACCURACY_LABELS, LAYER_SYMBOLS, SELECTION_HALO, type GeometryAccuracy } from './symbology.ts';
import { withDatesRead } from '../validation/eventDates.ts';

function line(id: string, layer: LayerId, status: Status | undefined, coordinates: number[][]): DrawableFeature {
  return { type: 'Feature', id, geometry: { type: 'LineString', coordinates }, properties: { name: id, layer, status, kind: 'rail' } };
}
function point(id: string, layer: LayerId, kind: string, coordinates: number[], status?: Status): DrawableFeature {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { name: id, layer, status, kind } };
}

// Two corridors far apart: one along the Aras, one on the Black Sea.
const FEATURES: DrawableFeature[] = [
  point('baku', 'places', 'place', [49.87, 40.4]),
  line('tripp', 'tripp', 'proposed', [
    [45.5, 39.3],
    [46.4, 38.9],
  ]),
  line('horadiz-rail', 'tripp', 'under construction', [
    [47.3, 39.45],
    [46.5, 38.95],
  ]),
  line('z330', 'nakhchivan-330kv', 'planned', [
    [46.0, 39.0],
    [46.3, 38.95],
  ]),
  point('sub', 'nakhchivan-330kv', 'substation', [45.6, 39.2], 'planned'),
  line('cable', 'black-sea-cable', 'proposed', [
    [41.6, 42.3],
    [28.6, 44.1],
  ]),
  point('poti', 'middle-corridor', 'port', [41.65, 42.15], 'operating'),
];

const ARAS: Bounds = [
  [44.8, 38.6],
  [47.6, 39.8],
];
const BLACK_SEA: Bounds = [
  [27, 41],
  [42.5, 46],
];

function scene(overrides: Partial<SceneInput> = {}) {
  return buildScene({
    features: FEATURES,
    passesFilter: () => true,
    visibleLayers: new Set(LAYER_IDS),
    selectedId: null,
    emphasizedIds: [],
    palette: LIGHT,
    presenting: false,
    title: null,
    ...overrides,
  });
}

describe('the scene', () => {
  it('draws what passes the filter on a ticked layer, and nothing else', () => {
    const drawn = scene({
      visibleLayers: new Set<LayerId>(['tripp', 'places']),
      passesFilter: (feature) => feature.properties.status !== 'proposed',
    }).drawn.map((feature) => feature.id);
    expect(drawn).toEqual(['baku', 'horadiz-rail']);
  });

  it('says why a selected feature is not drawn instead of pretending it is', () => {
    const byLayer = scene({ selectedId: 'cable', visibleLayers: new Set<LayerId>(['tripp']) });
    expect(byLayer.selected).toBeNull();
    expect(byLayer.hiddenSelection).toMatchObject({ reason: 'layer', feature: { id: 'cable' } });
    const byFilter = scene({ selectedId: 'cable', passesFilter: (feature) => feature.id !== 'cable' });
    expect(byFilter.hiddenSelection?.reason).toBe('filter');
    expect(scene({ selectedId: 'cable' }).selected?.id).toBe('cable');
  });

  it('uses the projector scale when presenting', () => {
    expect(scene({ presenting: true }).palette.lineScale).toBeGreaterThan(LIGHT.lineScale);
  });

  it('does not emphasize the selection twice', () => {
    expect(scene({ selectedId: 'tripp', emphasizedIds: ['tripp', 'z330'] }).emphasized.map((f) => f.id)).toEqual(['z330']);
  });
});

describe('what a frame shows', () => {
  it('lists in the legend only the layers drawn inside the frame', () => {
    const aras = describeFrame(scene(), ARAS);
    expect(aras.legend.layers.map((row) => row.label)).toEqual([
      'TRIPP route and the railways either side',
      '330 kV line to Nakhchivan (the bulletin’s “Zangezur” line)',
    ]);
    const sea = describeFrame(scene(), BLACK_SEA).legend.layers.map((row) => row.label);
    expect(sea).toContain('Black Sea submarine cable');
    expect(sea).not.toContain('TRIPP route and the railways either side');
  });

  it('judges a line by its course, not its box', () => {
    // The cable's box covers the whole eastern Black Sea; a frame on the Crimean coast misses the line.
    const crimea: Bounds = [
      [33, 44.8],
      [36, 46],
    ];
    expect(showsInFrame(FEATURES.find((f) => f.id === 'cable')!, crimea)).toBe(false);
    expect(showsInFrame(FEATURES.find((f) => f.id === 'cable')!, BLACK_SEA)).toBe(true);
  });

  it('keys only the statuses and point kinds in the frame, each status with a symbol of its own', () => {
    const { legend } = describeFrame(scene(), ARAS);
    expect(legend.statuses.map((row) => row.label)).toEqual(['Under construction', 'Planned', 'Proposed or under discussion']);
    const strokes = legend.statuses.map((row) => (row.swatch.kind === 'line' ? JSON.stringify(row.swatch.strokes) : ''));
    expect(new Set(strokes).size).toBe(strokes.length);
    expect(legend.marks.map((row) => row.label)).toEqual(['Substation or converter station']);
    // A layer of points alone shows its mark in its own row: no key of shapes is needed for it.
    const sea = describeFrame(scene(), BLACK_SEA).legend;
    expect(sea.marks).toEqual([]);
    expect(sea.layers.find((row) => row.label.startsWith('Middle Corridor'))?.swatch).toMatchObject({ kind: 'point', shape: 'square' });
  });

  it('draws a layer row in the layer’s colour, as a line when the layer has lines', () => {
    const { legend } = describeFrame(scene(), ARAS);
    const tripp = legend.layers[0].swatch;
    expect(tripp.kind).toBe('line');
    if (tripp.kind === 'line') expect(tripp.strokes.some((stroke) => stroke.color === LAYER_SYMBOLS.tripp.color)).toBe(true);
  });

  it('keys an area as an area', () => {
    const area: DrawableFeature = {
      type: 'Feature',
      id: 'western-renewables',
      geometry: { type: 'Polygon', coordinates: [[[45.9, 39.5], [46.3, 39.5], [46.3, 39.9], [45.9, 39.5]]] },
      properties: { name: 'Renewables area', layer: 'energy-plants', kind: 'field' },
    };
    const { legend } = describeFrame(scene({ features: [...FEATURES, area] }), ARAS);
    expect(legend.layers.find((row) => row.label === layerTitle('energy-plants'))?.swatch).toEqual({
      kind: 'area',
      color: LAYER_SYMBOLS['energy-plants'].color,
    });
  });

  it('titles a view by what it is about', () => {
    expect(describeFrame(scene({ title: 'My slide' }), ARAS).title).toBe('My slide');
    expect(describeFrame(scene({ selectedId: 'z330' }), ARAS).title).toBe('z330');
    // In another language, by the selection's name there.
    expect(describeFrame(scene({ selectedId: 'z330', featureName: (feature) => `ЛЭП ${feature.id}` }), ARAS).title).toBe('ЛЭП z330');
    expect(describeFrame(scene({ stepName: 'The Aras valley' }), ARAS).title).toBe('The Aras valley');
    expect(describeFrame(scene({ visibleLayers: new Set<LayerId>(['tripp', 'places']) }), ARAS).title).toBe(
      'TRIPP route and the railways either side',
    );
    expect(describeFrame(scene(), ARAS).title).toBe(REGION_TITLE);
  });

  it('says the year and whose word it is, away from the documents\' present', () => {
    expect(describeFrame(scene({ year: 2030 }), ARAS).title).toBe(`${REGION_TITLE}, 2030, as the documents and cited sources state it`);
    expect(describeFrame(scene({ year: null }), ARAS).title).toBe(REGION_TITLE);
  });
});

describe('how exact the geometry is, drawn where it is seen', () => {
  const withAccuracy = (feature: DrawableFeature, accuracy: GeometryAccuracy): DrawableFeature => ({
    ...feature,
    properties: { ...feature.properties, geometry_accuracy: accuracy },
  });
  const [baku, tripp, horadiz, z330, sub, cable, poti] = FEATURES;
  const area: DrawableFeature = {
    type: 'Feature',
    id: 'acg',
    geometry: { type: 'Polygon', coordinates: [[[50.5, 40.0], [51.0, 40.0], [51.0, 40.3], [50.5, 40.0]]] },
    properties: { name: 'Fields', layer: 'southern-gas-corridor', kind: 'field', status: 'operating', geometry_accuracy: 'schematic' },
  };
  // The Aras valley: a schematic planned segment (like the Syunik one), an approximate railway, a schematic substation.
  const features = [
    withAccuracy(baku, 'approximate'),
    withAccuracy(tripp, 'schematic'),
    withAccuracy(horadiz, 'approximate'),
    withAccuracy(z330, 'schematic'),
    withAccuracy(sub, 'schematic'),
    withAccuracy(cable, 'surveyed'),
    withAccuracy(poti, 'approximate'),
    area,
  ];
  const byId = (id: string) => features.find((feature) => feature.id === id)!;

  it('gives a schematic line a wide band and an approximate one a narrow band, keeping its status pattern', () => {
    const schematic = featureMark(byId('z330'), LIGHT);
    const approximate = featureMark(byId('horadiz-rail'), LIGHT);
    const surveyed = featureMark(byId('cable'), LIGHT);
    if (schematic.kind !== 'line' || approximate.kind !== 'line' || surveyed.kind !== 'line') throw new Error('expected lines');
    expect(schematic.band).not.toBeNull();
    expect(approximate.band).not.toBeNull();
    expect(schematic.band!.width).toBeGreaterThan(approximate.band!.width);
    expect(surveyed.band).toBeNull();
    // Planned still reads as planned: a hollow line.
    expect(schematic.core).not.toBeNull();
    expect(schematic.band!.color).toEqual(LAYER_SYMBOLS['nakhchivan-330kv'].color);
  });

  it('rings a schematic point, not an approximate one, and dashes a schematic area’s outline', () => {
    expect(featureMark(byId('sub'), LIGHT)).toMatchObject({ kind: 'point', ring: { radius: expect.any(Number) } });
    expect(featureMark(byId('poti'), LIGHT)).toMatchObject({ kind: 'point', ring: null });
    expect(featureMark(byId('acg'), LIGHT)).toMatchObject({ kind: 'area', outlineDash: expect.any(Array) });
  });

  it('keys the accuracy marks in view, and only those', () => {
    const aras = describeFrame(scene({ features }), ARAS).legend;
    expect(aras.accuracy.map((row) => row.label)).toEqual([
      ACCURACY_LABELS.schematicLine.defaultMessage,
      ACCURACY_LABELS.approximateLine.defaultMessage,
      ACCURACY_LABELS.schematicPoint.defaultMessage,
    ]);
    // Over the Black Sea only a surveyed cable and an approximate port (whose mark has no ring): nothing to key.
    expect(describeFrame(scene({ features }), BLACK_SEA).legend.accuracy).toEqual([]);
    const caspian: Bounds = [
      [49, 39],
      [52, 41],
    ];
    expect(describeFrame(scene({ features }), caspian).legend.accuracy.map((row) => row.label)).toEqual([ACCURACY_LABELS.schematicArea.defaultMessage]);
    // The rows draw what the map draws: the schematic row's band is wider than the approximate row's.
    const [schematicRow, approximateRow] = aras.accuracy;
    if (schematicRow.swatch.kind !== 'line' || approximateRow.swatch.kind !== 'line') throw new Error('expected lines');
    expect(schematicRow.swatch.strokes[0].width).toBeGreaterThan(approximateRow.swatch.strokes[0].width);
  });

  it('keys the selection’s halo when the selection is in the frame', () => {
    expect(describeFrame(scene({ features }), ARAS).legend.selection).toEqual([]);
    const selected = describeFrame(scene({ features, selectedId: 'z330' }), ARAS).legend.selection;
    expect(selected).toHaveLength(1);
    if (selected[0].swatch.kind !== 'line') throw new Error('expected a line');
    expect(selected[0].swatch.strokes[0].color).toEqual(SELECTION_HALO);
    expect(describeFrame(scene({ features, selectedId: 'sub' }), ARAS).legend.selection[0].swatch).toMatchObject({ kind: 'point', halo: SELECTION_HALO });
    // Selected but outside the frame: no halo in the picture, so no row.
    expect(describeFrame(scene({ features, selectedId: 'cable' }), ARAS).legend.selection).toEqual([]);
  });
});

describe('legend placement', () => {
  const area = { x: 0, y: 0, width: 1000, height: 600 };
  const size = { width: 200, height: 150 };

  it('puts the legend in the corner that covers the fewest drawn points', () => {
    const crowdedBottomLeft = Array.from({ length: 20 }, (_, i) => ({ x: 30 + i * 5, y: 500 }));
    const corners = cornerBoxes(area, size, 10);
    expect(leastCoveredBox(corners, crowdedBottomLeft)).toEqual(corners[1]);
    expect(leastCoveredBox(corners, [])).toEqual(corners[0]);
  });

  it('never hides the framed subject when another corner can hold the legend, and stays put on a tie', () => {
    const corners = cornerBoxes(area, size, 10);
    // The subject was framed bottom-right; every other corner has more of the other routes.
    const keepClear = { x: 700, y: 420, width: 250, height: 150 };
    const row = (count: number, x: number, y: number) => Array.from({ length: count }, (_, i) => ({ x: x + i * 5, y }));
    const others = [...row(20, 30, 500), ...row(5, 820, 60), ...row(5, 30, 60)];
    const chosen = leastCoveredBox(corners, others, { keepClear, current: corners[0] });
    expect(chosen).toEqual(corners[2]);
    expect(leastCoveredBox(corners, others)).toEqual(corners[1]);
    // Nothing anywhere: the legend stays where it was instead of going back to the first corner.
    expect(leastCoveredBox(corners, [], { current: corners[3] })).toEqual(corners[3]);
  });

  it('samples long segments so a line crossing a corner counts there', () => {
    const points = samplePoints([FEATURES[5]], 0.5);
    expect(points.length).toBeGreaterThan(20);
    expect(points[0]).toEqual([41.6, 42.3]);
  });
});

describe('subjectSwatch', () => {
  it('draws a place in the palette’s town colour, so a high-contrast list matches the high-contrast map', () => {
    const light = subjectSwatch({ layer: 'places', shape: 'point', kind: 'place' }, LIGHT);
    const strong = subjectSwatch({ layer: 'places', shape: 'point', kind: 'place' }, HIGH_CONTRAST);
    expect(light).toMatchObject({ kind: 'point', color: LIGHT.cityDot });
    expect(strong).toMatchObject({ kind: 'point', color: HIGH_CONTRAST.cityDot });
  });

  it('gives a line its status’s pattern, and keeps a list’s line within its box', () => {
    const planned = subjectSwatch({ layer: 'middle-corridor', shape: 'line', status: 'planned' }, HIGH_CONTRAST, 4);
    const operating = subjectSwatch({ layer: 'middle-corridor', shape: 'line', status: 'operating' }, HIGH_CONTRAST);
    if (planned.kind !== 'line' || operating.kind !== 'line') throw new Error('expected lines');
    expect(planned.strokes).toHaveLength(3);
    expect(Math.max(...planned.strokes.filter((stroke) => stroke.color).map((stroke) => stroke.width))).toBeLessThanOrEqual(5);
    expect(operating.strokes[1].width).toBeCloseTo(LAYER_SYMBOLS['middle-corridor'].width * HIGH_CONTRAST.lineScale);
  });
});

describe('plans stated without a date', () => {
  const said = { title: 'A report', publisher: 'An operator', says: 'will be built', published: '2026-02' };
  const withUndated: DrawableFeature = {
    ...FEATURES[3],
    properties: {
      ...FEATURES[3].properties,
      status_events: [
        withDatesRead({ status: 'planned', date: '2026-02', source: said }),
        withDatesRead({ status: 'under construction', source: said }),
      ],
    },
  };

  it('are marked where the project is in view, and keyed', () => {
    const features = FEATURES.map((feature) => (feature.id === 'z330' ? withUndated : feature));
    const built = scene({ features });
    expect(built.undated.map((feature) => feature.id)).toEqual(['z330']);
    expect(describeFrame(built, ARAS).legend.statuses.map((row) => row.label)).toContain('More stated, without a date');
    expect(describeFrame(built, BLACK_SEA).legend.statuses.map((row) => row.label)).not.toContain('More stated, without a date');
  });

  it('are not marked before the evidence said them', () => {
    const features = FEATURES.map((feature) => (feature.id === 'z330' ? withUndated : feature));
    expect(scene({ features, year: 2020 }).undated).toEqual([]);
  });
});
