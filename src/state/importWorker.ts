/// <reference lib="webworker" />
/**
 * The import worker: reads a file, checks it and lays it out for drawing, off the page's thread,
 * reporting progress; the typed arrays go back to the page without being copied.
 */
import { importText, TOO_LARGE, type FileKind, type ImportOutcome, type ImportPhase } from '../model/importData';
import { transferablesOf } from '../model/userFeatures';

export interface ImportRequest {
  kind: FileKind;
  file?: Blob;
  text?: string;
}

export type ImportReply = { type: 'progress'; phase: ImportPhase; fraction: number } | { type: 'done'; outcome: ImportOutcome };

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: ImportReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

/** Reads the file in chunks, so that progress can be told while reading a large one. */
async function readText(file: Blob): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (read - lastReport > file.size / 50) {
      lastReport = read;
      post({ type: 'progress', phase: 'reading', fraction: read / file.size });
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { kind, file, text } = event.data;
  let lastFraction = -1;
  try {
    const contents = text ?? (await readText(file!));
    const outcome = importText(contents, kind, (phase, fraction) => {
      // A message per percent at most: thousands of messages would keep the page busy instead.
      if (Math.abs(fraction - lastFraction) < 0.01 && fraction !== 0) return;
      lastFraction = fraction;
      post({ type: 'progress', phase, fraction });
    });
    post({ type: 'done', outcome }, outcome.ok ? transferablesOf(outcome.features) : []);
  } catch (error) {
    const problem = error instanceof RangeError ? TOO_LARGE : `The file could not be read: ${String(error)}`;
    post({ type: 'done', outcome: { ok: false, problem } });
  }
};
