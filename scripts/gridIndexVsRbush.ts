// Measures the user-data index (model/userData/gridIndex.ts) against rbush for N small boxes: build, 2,000 queries, and the hand-over from the worker (a structured clone). Usage: tsx scripts/gridIndexVsRbush.ts [N]
import RBush from 'rbush';
import { buildGridIndex, partsInBox } from '../src/model/userData/gridIndex.ts';
const N = Number(process.argv[2] ?? 500000);
const boxes = new Float32Array(N * 4);
let seed = 1; const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
for (let i = 0; i < N; i++) { const x = 40 + rnd() * 10, y = 38 + rnd() * 6, w = rnd() * 0.02; boxes.set([x, y, x + w, y + w], i * 4); }
const time = <T,>(f: () => T): readonly [number, T] => { const t = performance.now(); const r = f(); return [performance.now() - t, r] as const; };
const [gridBuild, grid] = time(() => buildGridIndex(boxes));
const [itemsMs, items] = time(() => Array.from({ length: N }, (_, i) => ({ minX: boxes[i * 4], minY: boxes[i * 4 + 1], maxX: boxes[i * 4 + 2], maxY: boxes[i * 4 + 3], i })));
const [treeBuild, tree] = time(() => new RBush<(typeof items)[number]>().load(items));
const queries = Array.from({ length: 2000 }, () => { const x = 40 + rnd() * 10, y = 38 + rnd() * 6; return [x, y, x + 0.01, y + 0.01]; });
const [gridQ] = time(() => queries.forEach(([w, s, e, n]) => partsInBox(grid, w, s, e, n)));
const [treeQ] = time(() => queries.forEach(([w, s, e, n]) => tree.search({ minX: w, minY: s, maxX: e, maxY: n })));
// What the worker's hand-over costs: the grid's arrays are transferred; a tree of objects must be cloned.
const [gridClone] = time(() => structuredClone(grid, { transfer: [] }));
const [treeClone] = time(() => structuredClone(tree.toJSON()));
console.log(JSON.stringify({ N, gridBuildMs: Math.round(gridBuild), rbushBuildMs: Math.round(treeBuild + itemsMs), gridQueries2000Ms: Math.round(gridQ), rbushQueries2000Ms: Math.round(treeQ), gridCloneMs: Math.round(gridClone), rbushCloneMs: Math.round(treeClone) }));
