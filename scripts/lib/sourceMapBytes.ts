/**
 * Which source module each byte of a built chunk came from, read from the chunk's source map:
 * every mapped segment runs until the next one; bytes no segment covers (a dependency's strings
 * its own map leaves out, such as shaders) are counted apart.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** The numbers of one source-map segment (base64 VLQ). */
export function decodeSegment(segment: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`"${char}" is not a source-map digit`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      numbers.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

export interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Source path → bytes (UTF-8) of the chunk it produced; `null` collects the unmapped bytes. */
export function bytesBySource(code: string, map: SourceMap): Map<string | null, number> {
  const bytes = new Map<string | null, number>();
  const add = (source: string | null, text: string) => bytes.set(source, (bytes.get(source) ?? 0) + Buffer.byteLength(text));
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  code.split('\n').forEach((line, lineNumber) => {
    let column = 0;
    let runStart = 0;
    let runSource: string | null = null;
    for (const segment of (mappingLines[lineNumber] ?? '').split(',')) {
      if (!segment) continue;
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(runSource, line.slice(runStart, column));
      runStart = column;
      if (sourceDelta === undefined) {
        runSource = null;
      } else {
        sourceIndex += sourceDelta;
        runSource = map.sources[sourceIndex] ?? null;
      }
    }
    add(runSource, `${line.slice(runStart)}\n`);
  });
  return bytes;
}

/** The npm package a source path belongs to, or its folder under the project (`src/model`). */
export function packageOf(path: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1];
  const inProject = /(?:^|\/)((?:src|data|scripts)\/[^/]+)\//.exec(path);
  return inProject ? inProject[1] : path.replace(/^(\.\.\/)+/, '');
}

/** A source path without the folders that lead to it: from the package, or from the project's own folder. */
export function shortPath(path: string): string {
  const inPackage = path.lastIndexOf('node_modules/');
  if (inPackage >= 0) return path.slice(inPackage + 'node_modules/'.length);
  const inProject = /(?:^|\/)((?:src|data|scripts)\/.*)$/.exec(path);
  return inProject ? inProject[1] : path.replace(/^(\.\.\/)+/, '');
}
