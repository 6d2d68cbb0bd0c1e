/**
 * A flat grid over the bounding boxes of many parts (points, paths, polygons), in typed arrays so
 * that the import worker can build it and hand it to the page without copying: finding what lies
 * under the pointer then looks at a few cells instead of every feature.
 *
 * Kept rather than rbush, measured (scripts/gridIndexVsRbush.ts, 100,000 and 500,000 small boxes, Node 20
 * on this 2-core machine under load): rbush builds about 1.4× faster in the worker and answers 2,000
 * pointer-sized queries as fast (16–62 ms either way), but its tree is objects, which the worker can
 * only hand over by cloning: 0.55 s per 100,000 parts (3.1 s for 500,000) on the page's thread, where
 * the grid's arrays are transferred in no time (4–35 ms even when cloned). Building the tree again on
 * the page would cost as much. (flatbush, typed arrays too, is not a dependency.)
 */

export interface GridIndex {
  /** The extent of all parts: a query outside it meets none. */
  west: number;
  south: number;
  east: number;
  north: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  rows: number;
  /** Where each cell's parts start in `cellParts` (row by row), and one more. */
  cellStarts: Uint32Array;
  cellParts: Uint32Array;
  /** Parts too large for cells (they would fill many): always looked at. */
  wideParts: Uint32Array;
  /** Each part's west, south, east, north. */
  boxes: Float32Array;
}

/** About this many parts to a cell, at most this many cells a side. */
const PARTS_PER_CELL = 4;
const MAX_SIDE = 1024;
/** A part covering more cells than this is kept aside. */
const MAX_CELLS_PER_PART = 64;

export function buildGridIndex(boxes: Float32Array): GridIndex {
  const count = boxes.length / 4;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let i = 0; i < count; i++) {
    west = Math.min(west, boxes[i * 4]);
    south = Math.min(south, boxes[i * 4 + 1]);
    east = Math.max(east, boxes[i * 4 + 2]);
    north = Math.max(north, boxes[i * 4 + 3]);
  }
  if (count === 0) [west, south, east, north] = [0, 0, 1, 1];
  const width = Math.max(east - west, 1e-9);
  const height = Math.max(north - south, 1e-9);
  const cells = Math.max(1, count / PARTS_PER_CELL);
  const columns = clamp(Math.round(Math.sqrt((cells * width) / height)), 1, MAX_SIDE);
  const rows = clamp(Math.round(cells / columns), 1, MAX_SIDE);
  const grid = { west, south, cellWidth: width / columns, cellHeight: height / rows, columns, rows };

  const counts = new Uint32Array(columns * rows + 1);
  const wide: number[] = [];
  const forEachCell = (part: number, visit: (cell: number) => void) => {
    const [c0, r0, c1, r1] = cellRange(grid, boxes[part * 4], boxes[part * 4 + 1], boxes[part * 4 + 2], boxes[part * 4 + 3]);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * columns + c);
  };
  const isWide = (part: number) => {
    const [c0, r0, c1, r1] = cellRange(grid, boxes[part * 4], boxes[part * 4 + 1], boxes[part * 4 + 2], boxes[part * 4 + 3]);
    return (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_PART;
  };
  for (let part = 0; part < count; part++) {
    if (isWide(part)) wide.push(part);
    else forEachCell(part, (cell) => counts[cell + 1]++);
  }
  for (let cell = 1; cell < counts.length; cell++) counts[cell] += counts[cell - 1];
  const cellStarts = counts.slice();
  const cellParts = new Uint32Array(cellStarts[cellStarts.length - 1]);
  const filled = counts.subarray(0, columns * rows);
  for (let part = 0; part < count; part++) {
    if (!isWide(part)) forEachCell(part, (cell) => (cellParts[filled[cell]++] = part));
  }
  return { ...grid, east, north, cellStarts, cellParts, wideParts: Uint32Array.from(wide), boxes };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

type Grid = Pick<GridIndex, 'west' | 'south' | 'cellWidth' | 'cellHeight' | 'columns' | 'rows'>;

function cellRange(grid: Grid, west: number, south: number, east: number, north: number): [number, number, number, number] {
  const column = (lon: number) => clamp(Math.floor((lon - grid.west) / grid.cellWidth), 0, grid.columns - 1);
  const row = (lat: number) => clamp(Math.floor((lat - grid.south) / grid.cellHeight), 0, grid.rows - 1);
  return [column(west), row(south), column(east), row(north)];
}

/** The parts whose boxes meet a box (west, south, east, north), each once, in part order. */
export function partsInBox(index: GridIndex, west: number, south: number, east: number, north: number): number[] {
  const found = new Set<number>();
  const meets = (part: number) => {
    const b = index.boxes;
    return b[part * 4] <= east && b[part * 4 + 2] >= west && b[part * 4 + 1] <= north && b[part * 4 + 3] >= south;
  };
  for (const part of index.wideParts) if (meets(part)) found.add(part);
  // The parts' own extent, not the cells' (west + cellWidth × columns may round below the easternmost part).
  const outside = east < index.west || north < index.south || west > index.east || south > index.north;
  if (!outside) {
    const [c0, r0, c1, r1] = cellRange(index, west, south, east, north);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * index.columns + c;
        for (let i = index.cellStarts[cell]; i < index.cellStarts[cell + 1]; i++) {
          const part = index.cellParts[i];
          if (meets(part)) found.add(part);
        }
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}
