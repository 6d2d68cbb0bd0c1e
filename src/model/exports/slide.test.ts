// @vitest-environment jsdom
// (for DOMParser: the SVG is read back as a reader of the file would)
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildSlide, layoutNotes, mercatorProjector, offsetLine, projectLine, wrapText, type BasemapCollections, type Footnote, type SlideInput, type SlidePath, type SlideText, type SlideWords } from './slide.ts';
import { slideToSvg, xmlEscape } from './slideSvg.ts';
import { approximateTextWidth, layoutPicture } from './exportLayout.ts';
import { buildScene, describeFrame } from '../scene/scene.ts';
import { LIGHT } from '../../style/palette.ts';
import { LAYER_SYMBOLS } from '../scene/symbology.ts';
import { LAYER_IDS, layerTitle } from '../features/layers.ts';
import type { DrawableFeature } from '../scene/drawable.ts';
import type { PlacedLabel } from '../scene/labelPlacement.ts';

const WORDS: SlideWords = {
  layers: {
    water: 'Seas and water',
    countries: 'Countries',
    lakes: 'Lakes',
    rivers: 'Rivers',
    borders: 'Borders',
    names: 'Names',
    footnoteMarks: 'Footnote numbers',
    title: 'Title',
    legend: 'Legend',
    scaleBar: 'Scale bar',
    sources: 'Sources',
    notes: 'Passages cited',
  },
  notesHeading: 'Passages cited',
  notesIntro: 'Quoted in English.',
  section: (title) => `section “${title}”`,
  openInAtlas: 'In the atlas',
};

const route: DrawableFeature = {
  type: 'Feature',
  id: 'tripp-syunik-route',
  geometry: { type: 'LineString', coordinates: [[45.6, 39.0], [46.0, 38.95], [46.4, 38.9]] },
  properties: { name: 'TRIPP route', layer: 'tripp', status: 'under construction', kind: 'rail', geometry_accuracy: 'surveyed' },
};
const planned: DrawableFeature = {
  type: 'Feature',
  id: 'planned-line',
  geometry: { type: 'LineString', coordinates: [[45.5, 39.3], [46.3, 39.3]] },
  properties: { name: 'A planned line', layer: 'nakhchivan-330kv', status: 'planned', kind: 'power-line', geometry_accuracy: 'surveyed' },
};
const port: DrawableFeature = {
  type: 'Feature',
  id: 'a-port',
  geometry: { type: 'Point', coordinates: [46.1, 39.1] },
  properties: { name: 'A port', layer: 'middle-corridor', status: 'operating', kind: 'port', geometry_accuracy: 'surveyed' },
};
const far: DrawableFeature = {
  type: 'Feature',
  id: 'far-away',
  geometry: { type: 'Point', coordinates: [10, 10] },
  properties: { name: 'Far away', layer: 'middle-corridor', status: 'operating', kind: 'port' },
};

const basemap: BasemapCollections = {
  countries: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Armenia', colour: 1 }, geometry: { type: 'Polygon', coordinates: [[[45, 38.5], [47, 38.5], [47, 40], [45, 40], [45, 38.5]]] } },
      // Far outside the picture: no path is written for it.
      { type: 'Feature', properties: { name: 'Chile', colour: 2 }, geometry: { type: 'Polygon', coordinates: [[[-72, -40], [-70, -40], [-70, -38], [-72, -40]]] } },
    ],
  } as BasemapCollections['countries'],
  lakes: { type: 'FeatureCollection', features: [] },
  rivers: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'Aras', min_zoom: 2 }, geometry: { type: 'LineString', coordinates: [[45, 39.2], [47, 38.9]] } }],
  } as BasemapCollections['rivers'],
  borders: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[45, 39.5], [47, 39.5]] } }] } as FeatureCollection as BasemapCollections['borders'],
  detailed: true,
};

const SIZE = { width: 1200, height: 800 };
const ZOOM = 8;
const CENTER: [number, number] = [46, 39.1];

function input(overrides: Partial<SlideInput> = {}): SlideInput {
  const features = [route, planned, port, far];
  const scene = buildScene({
    features,
    passesFilter: () => true,
    visibleLayers: new Set(LAYER_IDS),
    selectedId: null,
    emphasizedIds: [],
    palette: LIGHT,
    presenting: false,
    title: null,
  });
  const project = mercatorProjector(CENTER, ZOOM, SIZE, 1);
  const frame = describeFrame(scene, [
    [45.2, 38.4],
    [46.8, 39.8],
  ]);
  const layout = layoutPicture({ size: SIZE, unit: 1, title: 'TRIPP & the Aras <valley>', legend: frame.legend, metresPerOutputPixel: 400, sources: true, measure: approximateTextWidth });
  const label: PlacedLabel = {
    text: 'Armenia',
    name: 'Armenia',
    kind: 'country',
    position: [46, 39.6],
    style: { size: 15, weight: 600, italic: false },
    textAnchor: 'middle',
    baseline: 'center',
    offset: [0, 0],
    dot: false,
    box: { minX: 0, minY: 0, maxX: 0, maxY: 0 },
  };
  const footnotes: Omit<Footnote, 'number'>[] = [
    {
      featureId: route.id,
      name: 'TRIPP route',
      link: 'http://atlas.test/#feature=tripp-syunik-route',
      passages: [{ quote: 'A route “through” Syunik & <beyond>.', documentTitle: 'Bulletin', section: 'Transport', link: 'http://atlas.test/#passage=x&feature=tripp-syunik-route' }],
    },
    { featureId: port.id, name: 'A port', link: 'http://atlas.test/#feature=a-port', passages: [{ quote: 'The port.', documentTitle: 'Charter', section: null, link: 'http://atlas.test/#p' }] },
  ];
  return {
    size: SIZE,
    pixelRatio: 1,
    zoom: ZOOM,
    project,
    bounds: [45.2, 38.4, 46.8, 39.8],
    palette: LIGHT,
    basemap,
    features: frame.features,
    selected: null,
    undated: [],
    labels: [label],
    layout,
    footnotes,
    title: 'TRIPP & the Aras <valley>',
    lang: 'hy',
    words: WORDS,
    measure: approximateTextWidth,
    ...overrides,
  };
}

const titles = new Map(LAYER_IDS.map((id) => [id, layerTitle(id)]));
const paths = (items: readonly unknown[]) => items.filter((item): item is SlidePath => (item as SlidePath).kind === 'path');
const texts = (items: readonly unknown[]) => items.filter((item): item is SlideText => (item as SlideText).kind === 'text');

describe('the projection of a slide', () => {
  it('puts the camera centre in the middle and the east to the right, the north up, at the output scale', () => {
    const project = mercatorProjector(CENTER, ZOOM, SIZE, 2);
    expect(project(CENTER)).toEqual([1200, 800]);
    const [ex] = project([46.1, 39.1]);
    const [, ny] = project([46, 39.2]);
    expect(ex).toBeGreaterThan(1200);
    expect(ny).toBeLessThan(800);
  });

  it('rounds to a tenth of a pixel and drops points that round onto the last', () => {
    const project = mercatorProjector(CENTER, ZOOM, SIZE, 1);
    const points = projectLine([[46, 39.1], [46.000001, 39.1], [46.01, 39.1]], project);
    expect(points).toHaveLength(4);
    for (const value of points) expect(Math.round(value * 10) / 10).toBe(value);
  });

  it('shifts a line to the right of its direction, as deck.gl offsets the power lines', () => {
    // Heading east on a y-down page, the right is below.
    expect(offsetLine([0, 0, 10, 0, 20, 0], 3)).toEqual([0, 3, 10, 3, 20, 3]);
    expect(offsetLine([0, 0, 0, 10], 2)).toEqual([-2, 0, -2, 10]);
  });
});

describe('a slide built from a scene', () => {
  const slide = buildSlide(input(), titles, Infinity);
  const group = (id: string) => slide.groups.find((candidate) => candidate.id === id)!;

  it('has a named group per thematic layer with one path per feature, carrying the feature id', () => {
    const tripp = group('layer-tripp');
    expect(tripp.label).toBe(layerTitle('tripp'));
    expect(paths(tripp.items).map((path) => path.id)).toEqual(['tripp-syunik-route']);
    expect(paths(group('layer-middle-corridor').items).map((path) => path.id)).toEqual(['a-port']);
    // A feature outside the frame is not drawn.
    expect(slide.groups.flatMap((g) => paths(g.items)).some((path) => path.id === 'far-away')).toBe(false);
  });

  it('draws each status as the map does: widths, colours and dashes from the style', () => {
    const line = paths(group('layer-tripp').items)[0];
    const { width, color } = LAYER_SYMBOLS.tripp;
    expect(line.stroke).toBe(`rgb(${color.join(', ')})`);
    expect(line.strokeWidth).toBe(width);
    // Under construction: long dashes of 3.2 and 1.6 line widths.
    expect(line.dash).toEqual([3.2 * width, 1.6 * width]);
    // Planned: a hollow line, its white core over it.
    const core = paths(group('hollow-cores').items)[0];
    expect(core.id).toBe('core-planned-line');
    expect(core.stroke).toBe('rgb(255, 255, 255)');
    // The power line is offset sideways from where its data runs, as on the map.
    const plannedLine = paths(group('layer-nakhchivan-330kv').items)[0];
    const project = mercatorProjector(CENTER, ZOOM, SIZE, 1);
    expect(plannedLine.subpaths[0].points[1]).toBeCloseTo(project([45.5, 39.3])[1] + 1.3 * LAYER_SYMBOLS['nakhchivan-330kv'].width, 0);
  });

  it('draws the basemap as paths: the countries in view, rivers and borders, and no country far away', () => {
    const countries = paths(group('basemap-countries').items);
    expect(countries.map((path) => path.id)).toEqual(['country-armenia']);
    expect(countries[0].fill).toBe(LIGHT.countryTints[1]);
    expect(paths(group('basemap-rivers').items).map((path) => path.id)).toEqual(['river-aras']);
    // The 1:10m borders are dashed, as MapLibre draws them.
    expect(paths(group('basemap-borders').items)[0].dash).toBeDefined();
  });

  it('puts the names where the map placed them, and a numbered mark beside each feature with footnotes', () => {
    const names = texts(group('names').items);
    expect(names.map((text) => text.text)).toEqual(['Armenia']);
    const project = mercatorProjector(CENTER, ZOOM, SIZE, 1);
    expect(names[0].x).toBeCloseTo(project([46, 39.6])[0], 0);
    expect(names[0].anchor).toBe('middle');
    expect(names[0].halo).toBeDefined();
    expect(texts(group('footnote-marks').items).map((text) => text.text)).toEqual(['1', '2']);
    expect(slide.footnotes.map((note) => [note.number, note.featureId])).toEqual([
      [1, 'tripp-syunik-route'],
      [2, 'a-port'],
    ]);
  });

  it('keeps the layout of the PNG: title, legend, scale bar and sources where exportLayout put them', () => {
    const layout = input().layout;
    const title = texts(group('title').items)[0];
    expect(title.text).toBe(layout.title!.text.text);
    expect(title.x).toBeCloseTo(layout.title!.text.x, 1);
    expect(texts(group('legend').items).map((text) => text.text)).toEqual(layout.legend!.rows.map((row) => row.label.text));
    expect(texts(group('sources').items)[0].text).toMatch(/^Sources:/);
    expect(group('scale-bar')).toBeDefined();
  });
});

describe('the footnotes', () => {
  it('wrap a passage to the width and keep every word, in order', () => {
    const text = 'They acknowledge the importance of the Trump Route for International Peace and Prosperity (TRIPP), as a multi-modal connectivity project';
    const lines = wrapText(text, { size: 13, weight: 400 }, 200, approximateTextWidth);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) if (line.includes(' ')) expect(approximateTextWidth(line, { size: 13, weight: 400 })).toBeLessThanOrEqual(200);
  });

  it('go onto as many pages as they need at a page height, each quote marked English and each link a link', () => {
    const many = Array.from({ length: 12 }, (_, index) => ({
      number: index + 1,
      featureId: `f${index}`,
      name: `Feature ${index}`,
      link: `http://atlas.test/#feature=f${index}`,
      passages: [{ quote: 'A long passage of the document, quoted as it is written. '.repeat(6).trim(), documentTitle: 'Bulletin', section: 'Transport', link: `http://atlas.test/#p${index}` }],
    }));
    const pages = layoutNotes(many, { width: 1200, pageHeight: 800, unit: 1, measure: approximateTextWidth, words: WORDS, palette: LIGHT });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const item of page.items) expect(item.y).toBeLessThanOrEqual(800);
    const items = pages.flatMap((page) => page.items);
    expect(items.filter((item) => item.lang === 'en').length).toBeGreaterThan(12);
    expect(items.filter((item) => item.href).map((item) => item.href)).toEqual(expect.arrayContaining(many.map((note) => note.passages[0].link)));
    const onePage = layoutNotes(many, { width: 1200, pageHeight: Infinity, unit: 1, measure: approximateTextWidth, words: WORDS, palette: LIGHT });
    expect(onePage).toHaveLength(1);
    expect(onePage[0].height).toBeGreaterThan(800);
  });
});

describe('the SVG of a slide', () => {
  const svg = slideToSvg(buildSlide(input(), titles, Infinity));
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('is well-formed XML, with the title and quotes escaped', () => {
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.getAttribute('xml:lang')).toBe('hy');
    expect(parsed.getElementsByTagName('title')[0].textContent).toBe('TRIPP & the Aras <valley>');
    expect(xmlEscape('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });

  it('has an Inkscape layer per group and a path per feature id', () => {
    const layers = [...parsed.getElementsByTagName('g')].filter((g) => g.getAttribute('inkscape:groupmode') === 'layer');
    expect(layers.map((g) => g.getAttribute('inkscape:label'))).toEqual(expect.arrayContaining(['Countries', 'Rivers', 'Borders', 'Names', layerTitle('tripp'), 'Legend', 'Footnotes']));
    expect(parsed.getElementById('tripp-syunik-route')?.tagName).toBe('path');
    expect(parsed.getElementById('a-port')?.tagName).toBe('path');
  });

  it('quotes the passages as text marked English, links back into the atlas, and lists them in its metadata', () => {
    const quote = [...parsed.getElementsByTagName('text')].find((text) => text.textContent?.includes('Syunik'))!;
    expect(quote.getAttribute('xml:lang')).toBe('en');
    expect(quote.textContent).toBe('“A route “through” Syunik & <beyond>.”');
    const links = [...parsed.getElementsByTagName('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('http://atlas.test/#passage=x&feature=tripp-syunik-route');
    const metadata = JSON.parse(parsed.getElementsByTagName('footnotes')[0].textContent!);
    expect(metadata[0]).toMatchObject({ number: 1, feature: 'tripp-syunik-route', passages: [{ quote: 'A route “through” Syunik & <beyond>.' }] });
  });
});
