/// <reference lib="webworker" />
/**
 * The import worker: reads a file (or a layer's GeoJSON from the browser's storage), checks it,
 * lays it out for drawing and keeps the checked GeoJSON in the storage, all off the page's thread,
 * reporting progress; the typed arrays go back to the page without being copied, and the text
 * goes back only when the storage would not keep it.
 */
import { worded, type Worded } from '../model/words/message.ts';
import { importText, TOO_LARGE, type FileKind, type ImportPhase } from '../model/userData/importData.ts';
import { transferablesOf, type UserFeatures } from '../model/userData/userFeatures.ts';
import { keepLayerSource, readLayerSource, storageReason } from './userLayerStorage.ts';
import { USER_DATA_WORDS as WORDS } from './userDataWords.ts';

export type ImportRequest =
  /** A new layer: its text (or file) is checked, then kept under the layer's id unless it is `known`. */
  | { kind: FileKind; file?: Blob; text?: string; keepAs: string; known: string[] }
  /** A layer kept in this browser, drawn again after a reload. */
  | { kind: 'geojson'; storedId: string };

export type LayerOutcome =
  | { ok: false; problem: Worded; missing?: boolean }
  /** The same data as a layer on the map (by fingerprint): nothing kept, nothing to draw. */
  | { ok: 'known' }
  | {
      ok: true;
      features: UserFeatures;
      sourceHash: string;
      warnings: Worded[];
      featureCount: number;
      /** Kept in the storage; else why not, with the text for the page to hold. */
      storage: { kept: true } | { kept: false; reason: Worded; source: string };
    };

export type ImportReply =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'done'; outcome: LayerOutcome };

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

/** The text to check, or why there is none. */
async function textOf(request: ImportRequest): Promise<string | Extract<LayerOutcome, { ok: false }>> {
  if ('storedId' in request) {
    try {
      return (await readLayerSource(request.storedId)) ?? { ok: false, problem: worded(WORDS.notInStorage), missing: true };
    } catch (error) {
      return { ok: false, problem: worded(WORDS.storageUnreadable, { reason: storageReason(error) }) };
    }
  }
  return request.text ?? (await readText(request.file!));
}

async function importLayer(request: ImportRequest): Promise<LayerOutcome> {
  const text = await textOf(request);
  if (typeof text !== 'string') return text;
  let lastFraction = -1;
  const outcome = importText(
    text,
    request.kind,
    (phase, fraction) => {
      // A message per percent at most: thousands of messages would keep the page busy instead.
      if (Math.abs(fraction - lastFraction) < 0.01 && fraction !== 0) return;
      lastFraction = fraction;
      post({ type: 'progress', phase, fraction });
    },
  );
  if (!outcome.ok) return outcome;
  const { features, source, sourceHash, warnings, featureCount } = outcome;
  if ('storedId' in request) return { ok: true, features, sourceHash, warnings, featureCount, storage: { kept: true } };
  if (request.known.includes(sourceHash)) return { ok: 'known' };
  const refusal = await keepLayerSource(request.keepAs, source);
  return { ok: true, features, sourceHash, warnings, featureCount, storage: refusal === null ? { kept: true } : { kept: false, reason: refusal, source } };
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const outcome = await importLayer(event.data);
    post({ type: 'done', outcome }, outcome.ok === true ? transferablesOf(outcome.features) : []);
  } catch (error) {
    // The browser's own words (a DOMException's, say) are quoted as they are, in English.
    const problem = error instanceof RangeError ? TOO_LARGE : worded(WORDS.fileUnreadable, { reason: String(error) });
    post({ type: 'done', outcome: { ok: false, problem } });
  }
};
