/** Runs one import in its own worker (src/state/importWorker.ts) and hears its progress. */
import type { ImportPhase } from '../model/userData/importData.ts';
import type { ImportReply, ImportRequest, LayerOutcome } from './importWorker.ts';
import { startImportWorker } from '../ownFiles.ts';
import { worded } from '../model/words/message.ts';
import { USER_DATA_WORDS as WORDS } from './userDataWords.ts';

/** Where each phase sits on one progress bar from 0 to 1. */
const PHASE_SPAN: Record<ImportPhase, [number, number]> = { reading: [0, 0.35], checking: [0.35, 0.8], preparing: [0.8, 1] };

export function overallProgress(phase: ImportPhase, fraction: number): number {
  const [from, to] = PHASE_SPAN[phase];
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

export function importInWorker(
  request: ImportRequest,
  onProgress: (phase: ImportPhase, overall: number) => void,
): Promise<LayerOutcome> {
  return new Promise((resolve) => {
    const worker = startImportWorker();
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.phase, overallProgress(reply.phase, reply.fraction));
        return;
      }
      worker.terminate();
      resolve(reply.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, problem: event.message ? worded(WORDS.importStopped, { reason: event.message }) : worded(WORDS.workerFailed) });
    };
    worker.postMessage(request);
  });
}
