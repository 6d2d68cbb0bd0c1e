/**
 * The label-anchors file (public/basemap/label-anchors.json): for every country, sea and river name,
 * points where its label may stand, computed at build time from the real outlines (src/basemap/
 * labelAnchors.ts). At run time labelPlacement.ts picks, for what is in view, the point nearest the
 * middle of the visible part. Pure types and a reader.
 */
import type { BBox } from 'geojson';
import type { LonLat } from '../geometry/coordinates.ts';

export type AreaLabelKind = 'country' | 'sea' | 'river';

/** A grid of interior points at one spacing (degrees), computed inside `box` only. */
export interface AnchorGrid {
  spacing: number;
  box: BBox;
}

/** [lon, lat, part, spacing, clearanceKm]: spacing 0 is the part's pole (its most interior point). */
export type AnchorTuple = [number, number, number, number, number];

export interface AreaLabelRecord {
  text: string;
  kind: AreaLabelKind;
  /** 1 is the most important. */
  rank: number;
  min_zoom: number;
  anchors: AnchorTuple[];
}

export interface LabelAnchorsFile {
  grids: AnchorGrid[];
  areas: AreaLabelRecord[];
}

export interface Anchor {
  position: LonLat;
  /** Which polygon part (0 = largest) or stretch of river the point belongs to. */
  part: number;
  /** The grid spacing it comes from, in degrees; 0 for a part's pole or a hand-placed point. */
  spacing: number;
  /** Distance to the nearest edge of the part, in km: how long a name fits round it. */
  clearanceKm: number;
}

export interface AreaLabel {
  text: string;
  kind: AreaLabelKind;
  rank: number;
  minZoom: number;
  anchors: Anchor[];
}

export interface LabelAnchors {
  grids: AnchorGrid[];
  areas: AreaLabel[];
}

export function readLabelAnchors(file: LabelAnchorsFile): LabelAnchors {
  return {
    grids: file.grids,
    areas: file.areas.map((area) => ({
      text: area.text,
      kind: area.kind,
      rank: area.rank,
      minZoom: area.min_zoom,
      anchors: area.anchors.map(([lon, lat, part, spacing, clearanceKm]) => ({ position: [lon, lat], part, spacing, clearanceKm })),
    })),
  };
}
