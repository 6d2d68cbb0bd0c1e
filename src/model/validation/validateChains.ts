/**
 * Chains: features the documents or the public record describe as one route (a line and the line it
 * hands over to, a port between a railway and a ferry), declared in data/chains.json with that
 * evidence. Declared neighbours must meet on the map; and every line must end in a country it lists,
 * unless it hands over there to a declared neighbour of that country. Pure: the caller reads files.
 */
import type { Position } from 'geojson';
import { anchorQuote, type SourceTexts } from '../documents/anchor.ts';
import { CitationSchema, GeometrySourceSchema, type WrittenFeature, type FeatureKind } from '../features/feature.ts';
import { distanceKm, pointSegmentKm, type GeoIndex } from './geoIndex.ts';
import { z } from '../features/schemaRuntime.ts';
import { BORDER_TOLERANCE_KM, LAND_LINE_KINDS, SEA_LINE_KINDS } from './validateGeography.ts';
import { segmentParameter } from '../geometry/planar.ts';

/** Declared neighbours may lie this far apart (nearest ends): the precision of the data's waypoints. */
export const CHAIN_GAP_KM = 1;

/** A published source with an address: what says two features are one route when the documents do not. */
const EvidenceSourceSchema = GeometrySourceSchema.extend({ url: z.url() });

export const ChainSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  description: z.string().min(1),
  /** The features in route order; each meets the next. */
  features: z.array(z.string().min(1)).min(2),
  /** Features of the chain whose neighbours join them part-way along (a branch off a trunk, a ferry at a port on a through line). */
  along: z.array(z.string().min(1)).optional(),
  /** The passages (W3C quote selectors) or sources that say these are one route. */
  evidence: z.array(z.union([CitationSchema, EvidenceSourceSchema])).min(1),
});

export const ChainsFileSchema = z.strictObject({
  note: z.string().optional(),
  chains: z.array(ChainSchema),
});

export type Chain = z.infer<typeof ChainSchema>;

export interface ChainFinding {
  /** The chain, when the finding is about a declaration. */
  chainId?: string;
  featureId?: string;
  message: string;
}

type Parts = Position[][];

const LINE_KINDS: readonly FeatureKind[] = [...LAND_LINE_KINDS, ...SEA_LINE_KINDS];

function partsOf(feature: WrittenFeature): Parts | undefined {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'Point') return [[g.coordinates]];
  return undefined;
}

function distanceToPartsKm(p: Position, parts: Parts): number {
  return nearestOnParts(p, parts).km;
}

/** The nearest place to `p` on a line (straight in lon/lat between vertices, as drawn), and how far it is. */
function nearestOnParts(p: Position, parts: Parts): { km: number; at: Position } {
  let best = { km: Infinity, at: p };
  for (const part of parts) {
    if (part.length === 1) best = distanceKm(p, part[0]) < best.km ? { km: distanceKm(p, part[0]), at: part[0] } : best;
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1], part[i]];
      const km = pointSegmentKm(p, a, b);
      if (km >= best.km) continue;
      const kx = Math.cos((p[1] * Math.PI) / 180);
      const t = segmentParameter(p[0] * kx, p[1], a[0] * kx, a[1], b[0] * kx, b[1]);
      best = { km, at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] };
    }
  }
  return best;
}

/**
 * Where a feature ends: the first and last point of each part, save a part's end that joins another
 * part of the same feature (a branch of a multi-line is not an end of the route). A point is its own end.
 */
export function featureEnds(feature: WrittenFeature): Position[] {
  const parts = partsOf(feature);
  if (!parts) return [];
  if (feature.geometry.type === 'Point') return [parts[0][0]];
  return parts.flatMap((part, i) => {
    const others = parts.filter((_, j) => j !== i);
    return [part[0], part[part.length - 1]].filter((end) => distanceToPartsKm(end, others) > CHAIN_GAP_KM);
  });
}

export interface Gap {
  km: number;
  /** The two nearest places, one on each feature. */
  at: [Position, Position];
}

/** How far apart two neighbours are: nearest ends, or an end and the line of a neighbour joined part-way along. */
export function gapBetween(a: WrittenFeature, b: WrittenFeature, along: ReadonlySet<string> = new Set()): Gap {
  let best: Gap = { km: Infinity, at: [[0, 0], [0, 0]] };
  const consider = (km: number, at: [Position, Position]) => {
    if (km < best.km) best = { km, at };
  };
  const [endsA, endsB] = [featureEnds(a), featureEnds(b)];
  for (const p of endsA) for (const q of endsB) consider(distanceKm(p, q), [p, q]);
  // Joined part-way along: an end's distance to the nearest place on the whole line.
  if (along.has(b.id)) {
    for (const p of endsA) {
      const near = nearestOnParts(p, partsOf(b) ?? []);
      consider(near.km, [p, near.at]);
    }
  }
  if (along.has(a.id)) {
    for (const q of endsB) {
      const near = nearestOnParts(q, partsOf(a) ?? []);
      consider(near.km, [near.at, q]);
    }
  }
  return best;
}

const where = ([lon, lat]: Position) => `${lon.toFixed(3)}°E ${lat.toFixed(3)}°N`;

function evidenceProblems(chain: Chain, texts: SourceTexts): string[] {
  return chain.evidence.flatMap((evidence, i) => {
    if (!('exact' in evidence)) return [];
    const result = anchorQuote(texts[evidence.source], evidence);
    if (result.ok) return [];
    const quote = evidence.exact.length > 60 ? `${evidence.exact.slice(0, 60)}…` : evidence.exact;
    return [`evidence[${i}]: quote "${quote}" ${result.reason === 'not-found' ? 'is not found' : `occurs ${result.matches} times`} in ${evidence.source}`];
  });
}

/** Checks each declared chain: its features exist and are lines or points, its evidence anchors, and neighbours meet. */
export function checkChains(features: readonly WrittenFeature[], chains: readonly Chain[], texts: SourceTexts): ChainFinding[] {
  const byId = new Map(features.map((f) => [f.id, f]));
  const findings: ChainFinding[] = [];
  const seen = new Set<string>();
  for (const chain of chains) {
    const report = (message: string, featureId?: string) => findings.push({ chainId: chain.id, featureId, message });
    if (seen.has(chain.id)) report('duplicate chain id');
    seen.add(chain.id);
    for (const problem of evidenceProblems(chain, texts)) report(problem);
    const along = new Set(chain.along ?? []);
    for (const id of along) if (!chain.features.includes(id)) report(`"${id}" is listed under along but is not one of the chain's features`);
    const members = chain.features.map((id) => {
      const feature = byId.get(id);
      if (!feature) report(`"${id}" is not a feature of the dataset`);
      else if (!partsOf(feature)) report(`"${id}" is an area: a chain joins lines and points`, id);
      return feature && partsOf(feature) ? feature : undefined;
    });
    for (let i = 1; i < members.length; i++) {
      const [a, b] = [members[i - 1], members[i]];
      if (!a || !b) continue;
      const gap = gapBetween(a, b, along);
      if (gap.km > CHAIN_GAP_KM) {
        report(
          `${a.id} and ${b.id} are declared one route but are ${gap.km.toFixed(1)} km apart (${where(gap.at[0])} and ${where(gap.at[1])}; at most ${CHAIN_GAP_KM} km allowed): make them meet`,
          a.id,
        );
      }
    }
  }
  return findings;
}

/** Each feature's declared neighbours, with whether the neighbour may be joined part-way along. */
function neighbours(chains: readonly Chain[]): Map<string, { id: string; along: boolean }[]> {
  const out = new Map<string, { id: string; along: boolean }[]>();
  const add = (from: string, to: string, along: boolean) => out.set(from, [...(out.get(from) ?? []), { id: to, along }]);
  for (const chain of chains) {
    const along = new Set(chain.along ?? []);
    for (let i = 1; i < chain.features.length; i++) {
      const [a, b] = [chain.features[i - 1], chain.features[i]];
      add(a, b, along.has(b));
      add(b, a, along.has(a));
    }
  }
  return out;
}

/**
 * A line ends in a country it lists (within the border tolerance), or where it hands over to a
 * declared neighbour that lists the country it ends in: a pipeline that meets the next country's
 * pipeline just across the border. An end at sea or in an unlisted country is a finding.
 */
export function checkLineEnds(geo: GeoIndex, features: readonly WrittenFeature[], chains: readonly Chain[]): ChainFinding[] {
  const byId = new Map(features.map((f) => [f.id, f]));
  const declared = neighbours(chains);
  const findings: ChainFinding[] = [];
  for (const feature of features) {
    if (!LINE_KINDS.includes(feature.properties.kind) || feature.geometry.type === 'Point') continue;
    const { countries } = feature.properties;
    for (const end of featureEnds(feature)) {
      if (!geo.covers(end)) continue;
      const outside = Math.min(...countries.map((name) => geo.distanceToCountryKm(name, end, 50)));
      if (outside <= BORDER_TOLERANCE_KM) continue;
      const country = geo.countryAt(end);
      const handsOver = (declared.get(feature.id) ?? []).some(({ id, along }) => {
        const next = byId.get(id);
        if (!next || country === undefined || !next.properties.countries.includes(country)) return false;
        const reach = along ? distanceToPartsKm(end, partsOf(next) ?? []) : Math.min(...featureEnds(next).map((p) => distanceKm(end, p)));
        return reach <= CHAIN_GAP_KM;
      });
      if (handsOver) continue;
      const km = outside === Infinity ? 'more than 50' : outside.toFixed(1);
      findings.push({
        featureId: feature.id,
        message: `ends ${country ? `in ${country}` : 'at sea'}, ${km} km from ${countries.join(' / ')} (near ${where(end)}), and hands over there to no declared neighbour${country ? ` that lists ${country}` : ''} (data/chains.json): end it on its own side`,
      });
    }
  }
  return findings;
}
