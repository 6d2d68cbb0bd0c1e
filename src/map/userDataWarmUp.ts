/**
 * Prepares the live map for the user's own data while they pick a file. A software GPU prepares
 * each kind of geometry (points, lines, areas) on its first draw, which would otherwise fall in the
 * frame that draws the file: here each kind is drawn once, invisibly, before the file arrives.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import { userGeometryWarmUpDraws } from './userLayerLayers.ts';
import type { GeometryKind } from '../model/userData/userFeatures.ts';

export class UserDataWarmUp {
  /** Invisible marks of each kind of the user's geometry drawn so far. */
  private draws: Layer[] = [];
  private prepared: Promise<void> | null = null;

  constructor(
    private readonly map: maplibregl.Map,
    /** Draws the map's layers again, with `layers` among them. */
    private readonly redraw: () => void,
    private readonly gone: () => boolean,
  ) {}

  get layers(): readonly Layer[] {
    return this.draws;
  }

  /** Draws each kind once, after `ready` (the map's style and names); asked again, the same promise. */
  prepare(ready: Promise<void>): Promise<void> {
    this.prepared ??= ready.then(() => new Promise((resolve) => this.drawEachKind(['points', 'lines', 'areas'], resolve)));
    return this.prepared;
  }

  /** One kind a frame, each once the map is idle again: preparing all three in one frame is long. */
  private drawEachKind([kind, ...rest]: GeometryKind[], done: () => void): void {
    if (!kind || this.gone()) return done();
    const { lng, lat } = this.map.getCenter();
    this.draws = [...this.draws, ...userGeometryWarmUpDraws([lng, lat], [kind])];
    this.redraw();
    this.map.once('idle', () => this.drawEachKind(rest, done));
  }
}
