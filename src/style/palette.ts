/**
 * Palettes ("flavours"). The whole basemap style, the label layer, the pictures and the interface
 * (its stylesheets read `ui` as CSS custom properties, src/style/cssTokens.ts) read one of these
 * objects, so a classroom or print variant is a new object, not edited layers or stylesheets.
 */
export type Rgb = [number, number, number];

/**
 * The interface's colours, by role: each becomes a custom property (`inkSoft` → `--ink-soft`) that
 * the component stylesheets use in place of a colour. Any CSS colour (a translucent panel too).
 */
export interface InterfaceColours {
  ink: string;
  /** Secondary text: counts, hints, captions. */
  inkSoft: string;
  /** Text set aside from the main run: alternate names, the passages around a citation. */
  inkAside: string;
  /** The labels inside that aside text. */
  inkFaint: string;
  paper: string;
  /** Text on an accent-filled button or chip. */
  onAccent: string;
  /** Behind the side panel. */
  sidebar: string;
  rule: string;
  accent: string;
  /** The skip link's text: the accent, darker. */
  accentStrong: string;
  focus: string;
  /** Edges of inputs and buttons, and the sheet's grip. */
  controlEdge: string;
  /** Edges of small map controls and colour swatches. */
  controlEdgeStrong: string;
  /** Edges of pop-ups over the map. */
  popupEdge: string;
  /** Edges of chips and small table buttons. */
  chipEdge: string;
  buttonFace: string;
  fileButtonFace: string;
  /** A document chosen in the reader. */
  pressedFace: string;
  /** A row in a list under the pointer. */
  hover: string;
  /** A table row under the pointer. */
  rowHover: string;
  /** The feature selected, in a list or the table. */
  current: string;
  tableRule: string;
  tableHead: string;
  /** Translucent panels over the map (key, legend, year slider, presentation). */
  overlayPanel: string;
  /** The more opaque ones that carry running text (tooltip, tour caption). */
  overlayPanelDense: string;
  notice: string;
  noticeEdge: string;
  problem: string;
  problemEdge: string;
  /** An import that failed (its message stays beside the layers). */
  importProblemEdge: string;
  done: string;
  doneEdge: string;
  /** The words a passage cites, marked inside it. */
  passageMark: string;
  /** A cited passage under the pointer or open, and the open passage's pressed button. */
  highlight: string;
  openPassage: string;
  openPassageEdge: string;
  statusOther: string;
  statusOperating: string;
  statusUnderConstruction: string;
  statusPlanned: string;
  statusProposed: string;
  /** The reader's margin: a paragraph drawn on the map, one that could be and is not, one that cannot be. */
  coverageOnMap: string;
  coverageNotMapped: string;
  coverageNotMappable: string;
  /** A passage no feature cites, marked in the reader. */
  uncitedTint: string;
  uncitedEdge: string;
}

export interface Palette {
  name: string;
  water: string;
  land: string;
  /** Calm tints for country fills, by the colour index computed at build time (neighbours differ). */
  countryTints: readonly string[];
  lake: string;
  river: string;
  border: string;
  /** A light band under each border, so it shows beside routes that run along it. */
  borderHalo: string;
  coastline: string;
  countryLabel: Rgb;
  regionLabel: Rgb;
  seaLabel: Rgb;
  cityLabel: Rgb;
  cityDot: Rgb;
  labelHalo: Rgb;
  /** A picture's title, legend and scale bar text, and the scale bar. */
  pictureInk: Rgb;
  /** A picture's source line: quieter than its title. */
  pictureInkMuted: Rgb;
  /** Behind a picture's title, legend, scale bar and sources (laid over the map, nearly opaque). */
  picturePanel: Rgb;
  /** The edge of those panels and the legend's rules (drawn translucent). */
  picturePanelEdge: Rgb;
  /** The picture's frame marked on its locator map. */
  locatorFrame: Rgb;
  /** Multiplies label sizes: projectors and classrooms want bigger text. */
  labelScale: number;
  /** Multiplies corridor line widths. */
  lineScale: number;
  ui: InterfaceColours;
}

/** Calm reference-map colours: muted land, soft water, thin grey borders. */
export const LIGHT: Palette = {
  name: 'light',
  water: '#c9dde9',
  land: '#f4f2ec',
  countryTints: ['#f3efe3', '#e9efdf', '#f4e9e3', '#ece9f1', '#f1f0da'],
  lake: '#c9dde9',
  river: '#9fc2da',
  border: '#86817a',
  borderHalo: '#ffffff',
  coastline: '#a9c3d4',
  countryLabel: [96, 96, 96],
  regionLabel: [122, 104, 86],
  seaLabel: [72, 118, 150],
  cityLabel: [45, 45, 45],
  cityDot: [70, 70, 70],
  labelHalo: [255, 255, 255],
  pictureInk: [34, 34, 34],
  pictureInkMuted: [68, 68, 68],
  picturePanel: [255, 255, 255],
  picturePanelEdge: [0, 0, 0],
  locatorFrame: [198, 40, 40],
  labelScale: 1,
  lineScale: 1,
  ui: {
    ink: '#222',
    inkSoft: '#555',
    inkAside: '#444',
    inkFaint: '#666',
    paper: '#fff',
    onAccent: '#fff',
    sidebar: '#fbfbfa',
    rule: '#ddd',
    accent: '#1f4e9c',
    accentStrong: '#1a3d7c',
    focus: '#ffb300',
    controlEdge: '#bbb',
    controlEdgeStrong: '#999',
    popupEdge: '#aaa',
    chipEdge: '#b9c0c8',
    buttonFace: '#f6f6f6',
    fileButtonFace: '#f0f0f0',
    pressedFace: '#e7eef8',
    hover: '#eef2f6',
    rowHover: '#f4f7fb',
    current: '#fff3c4',
    tableRule: '#eceff2',
    tableHead: '#f4f6f8',
    overlayPanel: 'rgba(255, 255, 255, 0.94)',
    overlayPanelDense: 'rgba(255, 255, 255, 0.96)',
    notice: '#fff8e1',
    noticeEdge: '#e0b000',
    problem: '#fdecea',
    problemEdge: '#d93025',
    importProblemEdge: '#c62828',
    done: '#edf7ed',
    doneEdge: '#2e7d32',
    passageMark: '#fff0a8',
    highlight: '#ffe066',
    openPassage: '#fffbe6',
    openPassageEdge: '#c9b458',
    statusOther: '#e8eaed',
    statusOperating: '#dcefdc',
    statusUnderConstruction: '#fdebc8',
    statusPlanned: '#e3e7fb',
    statusProposed: '#efe3f4',
    coverageOnMap: '#9cc59c',
    coverageNotMapped: '#e0a030',
    coverageNotMappable: '#d5d5d5',
    uncitedTint: '#eee',
    uncitedEdge: '#999',
  },
};

/** Stronger contrast and larger type for projectors in bright rooms. */
export const HIGH_CONTRAST: Palette = {
  name: 'high-contrast',
  water: '#a9cde6',
  land: '#ffffff',
  countryTints: ['#ffffff', '#f4f0dc', '#e6f0e0', '#f6e6e6', '#e9e6f3'],
  lake: '#a9cde6',
  river: '#5f9fcf',
  border: '#3a3a3a',
  borderHalo: '#ffffff',
  coastline: '#5f8fb0',
  countryLabel: [30, 30, 30],
  regionLabel: [80, 62, 44],
  seaLabel: [20, 70, 120],
  cityLabel: [0, 0, 0],
  cityDot: [0, 0, 0],
  labelHalo: [255, 255, 255],
  pictureInk: [0, 0, 0],
  pictureInkMuted: [30, 30, 30],
  picturePanel: [255, 255, 255],
  picturePanelEdge: [0, 0, 0],
  locatorFrame: [183, 0, 0],
  labelScale: 1.35,
  lineScale: 1.8,
  // Black text, darker edges and fills a shade deeper, so nothing washes out on a bright screen.
  ui: {
    ink: '#000',
    inkSoft: '#333',
    inkAside: '#222',
    inkFaint: '#333',
    paper: '#fff',
    onAccent: '#fff',
    sidebar: '#fff',
    rule: '#767676',
    accent: '#0b3a80',
    accentStrong: '#072a5e',
    focus: '#d35400',
    controlEdge: '#555',
    controlEdgeStrong: '#333',
    popupEdge: '#333',
    chipEdge: '#555',
    buttonFace: '#eee',
    fileButtonFace: '#e6e6e6',
    pressedFace: '#d3e0f2',
    hover: '#dde6f0',
    rowHover: '#e8eef6',
    current: '#ffe680',
    tableRule: '#999',
    tableHead: '#e4e8ec',
    overlayPanel: 'rgba(255, 255, 255, 0.98)',
    overlayPanelDense: 'rgba(255, 255, 255, 0.99)',
    notice: '#fff3c4',
    noticeEdge: '#8a6d00',
    problem: '#fde0dc',
    problemEdge: '#b3261e',
    importProblemEdge: '#a31515',
    done: '#dff0df',
    doneEdge: '#1b5e20',
    passageMark: '#ffe066',
    highlight: '#ffd60a',
    openPassage: '#fff6cc',
    openPassageEdge: '#8a7420',
    statusOther: '#d8dbe0',
    statusOperating: '#c5e4c5',
    statusUnderConstruction: '#fbd9a0',
    statusPlanned: '#cfd7f8',
    statusProposed: '#e3cdee',
    coverageOnMap: '#3f8f3f',
    coverageNotMapped: '#c06f00',
    coverageNotMappable: '#9e9e9e',
    uncitedTint: '#e2e2e2',
    uncitedEdge: '#666',
  },
};

/** By the names a link uses (PALETTE_NAMES in src/model/view/viewState.ts). */
export const PALETTES = { light: LIGHT, 'high-contrast': HIGH_CONTRAST } as const;

export function toCss([r, g, b]: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const projectorPalettes = new WeakMap<Palette, Palette>();

/** The same colours for a projector: larger labels, thicker lines. One object per palette, so it compares equal. */
export function forProjector(palette: Palette): Palette {
  let scaled = projectorPalettes.get(palette);
  if (!scaled) {
    scaled = { ...palette, name: `${palette.name}-projector`, labelScale: palette.labelScale * 1.3, lineScale: palette.lineScale * 1.5 };
    projectorPalettes.set(palette, scaled);
  }
  return scaled;
}
