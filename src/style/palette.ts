/**
 * Basemap palettes ("flavours"). The whole basemap style and the label layer read one of
 * these objects, so a classroom or print variant is a new object, not edited layers.
 */
export type Rgb = [number, number, number];

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
