// Measures the user-data simplifier (model/userData/userFeatures.ts, every zoom's drawing from one pass) against
// turf's simplify run once per zoom, for N vertices in paths of 1,000. Usage: tsx scripts/simplifyVsTurf.ts [N]
import { lineString, simplify } from '@turf/turf';
import { halfPixelDegrees, simplifyPaths, SIMPLIFIED_ZOOMS } from '../src/model/userData/userFeatures.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const PATH = 1000;
const positions = new Float32Array(N * 2);
let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
for (let path = 0; path < N / PATH; path++) {
  let [x, y] = [40 + random() * 10, 38 + random() * 6];
  for (let v = 0; v < PATH; v++) {
    [x, y] = [x + (random() - 0.5) * 0.01, y + (random() - 0.5) * 0.01];
    positions.set([x, y], (path * PATH + v) * 2);
  }
}
const starts = Uint32Array.from({ length: N / PATH + 1 }, (_, i) => i * PATH);
const time = <T>(f: () => T): readonly [number, T] => {
  const t = performance.now();
  const result = f();
  return [performance.now() - t, result] as const;
};
const [oneP] = time(() => simplifyPaths(positions, starts));
const [turfMs] = time(() => {
  for (const zoom of SIMPLIFIED_ZOOMS) {
    for (let path = 0; path + 1 < starts.length; path++) {
      const coordinates: [number, number][] = [];
      for (let v = starts[path]; v < starts[path + 1]; v++) coordinates.push([positions[v * 2], positions[v * 2 + 1]]);
      simplify(lineString(coordinates), { tolerance: halfPixelDegrees(zoom), highQuality: true, mutate: true });
    }
  }
});
console.log(JSON.stringify({ N, onePassAllZoomsMs: Math.round(oneP), turfPerZoomMs: Math.round(turfMs), zooms: SIMPLIFIED_ZOOMS.length }));
