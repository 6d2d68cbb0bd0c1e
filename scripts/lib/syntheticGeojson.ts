/**
 * A large, valid GeoJSON file for the bench and the browser tests: short lines (or, with one vertex
 * each, points) scattered over the region, deterministic (a seeded generator), so every run reads
 * the same bytes.
 */
export function syntheticLines(featureCount: number, verticesPerLine: number): string {
  let seed = 20260225;
  const random = () => {
    // mulberry32: small, fast and good enough to scatter lines.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  const features: string[] = [];
  for (let i = 0; i < featureCount; i++) {
    let lon = 38 + random() * 14;
    let lat = 37 + random() * 7;
    const coordinates: string[] = [];
    for (let v = 0; v < verticesPerLine; v++) {
      coordinates.push(`[${round(lon)},${round(lat)}]`);
      lon += (random() - 0.5) * 0.05;
      lat += (random() - 0.5) * 0.05;
    }
    const geometry =
      verticesPerLine === 1
        ? `{"type":"Point","coordinates":${coordinates[0]}}`
        : `{"type":"LineString","coordinates":[${coordinates.join(',')}]}`;
    features.push(`{"type":"Feature","properties":{"name":"Feature ${i + 1}","n":${i}},"geometry":${geometry}}`);
  }
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}`;
}
