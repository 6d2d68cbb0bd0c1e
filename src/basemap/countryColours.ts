/**
 * A map colouring for the country fills: neighbours (countries sharing a land border) get
 * different tint indices, so Armenia, Azerbaijan with Nakhchivan, Iran, Türkiye and Georgia
 * read apart. Pure; computed at build time and written into the country files as `colour`.
 */
import type { GeometryObject as TopoGeometry, Topology } from 'topojson-specification';
import { neighbors as topoNeighbors } from 'topojson-client';
import { correctedCountryGeometries } from './prepare.ts';

export type Adjacency = Map<string, Set<string>>;

/** How many tints the palettes provide for country fills. */
export const COUNTRY_TINT_COUNT = 5;

/** Countries that share a border arc in the topology, by corrected name (merged units count once). */
export function countryAdjacency(topology: Topology, objectName = 'countries'): Adjacency {
  const geometries = correctedCountryGeometries(topology, objectName);
  const adjacency: Adjacency = new Map();
  for (const g of geometries) if (!adjacency.has(g.properties.name)) adjacency.set(g.properties.name, new Set());
  const lists = topoNeighbors(geometries as unknown as TopoGeometry[]);
  lists.forEach((list, i) => {
    const a = geometries[i].properties.name;
    for (const j of list) {
      const b = geometries[j].properties.name;
      if (a === b) continue;
      adjacency.get(a)!.add(b);
      adjacency.get(b)!.add(a);
    }
  });
  return adjacency;
}

/** Union of several adjacencies (the 1:50m and the 1:10m world agree on almost every border). */
export function mergeAdjacency(...all: Adjacency[]): Adjacency {
  const out: Adjacency = new Map();
  for (const adjacency of all) {
    for (const [name, neighbours] of adjacency) {
      const set = out.get(name) ?? new Set<string>();
      for (const n of neighbours) set.add(n);
      out.set(name, set);
    }
  }
  for (const [name, neighbours] of out) for (const n of neighbours) if (!out.has(n)) out.set(n, new Set([name]));
  return out;
}

/**
 * Colours the graph with DSatur (the country with the most differently coloured neighbours goes
 * next; ties by degree, then name), choosing the least used tint that no neighbour has, so the
 * tints spread evenly. Deterministic. Throws if `count` tints are not enough.
 */
export function colourCountries(adjacency: Adjacency, count = COUNTRY_TINT_COUNT): Map<string, number> {
  const colour = new Map<string, number>();
  const used = new Array<number>(count).fill(0);
  const names = [...adjacency.keys()].sort();
  const saturation = (name: string) => new Set([...adjacency.get(name)!].map((n) => colour.get(n)).filter((c) => c !== undefined)).size;
  while (colour.size < names.length) {
    let next = '';
    let best = [-1, -1];
    for (const name of names) {
      if (colour.has(name)) continue;
      const score = [saturation(name), adjacency.get(name)!.size];
      if (score[0] > best[0] || (score[0] === best[0] && score[1] > best[1])) {
        best = score;
        next = name;
      }
    }
    const taken = new Set([...adjacency.get(next)!].map((n) => colour.get(n)));
    let choice = -1;
    for (let c = 0; c < count; c++) if (!taken.has(c) && (choice < 0 || used[c] < used[choice])) choice = c;
    if (choice < 0) throw new Error(`colourCountries: ${count} tints are not enough for ${next}`);
    colour.set(next, choice);
    used[choice]++;
  }
  return colour;
}
