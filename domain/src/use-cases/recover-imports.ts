import type { CrmStore } from '../store/ports';
import type { ImportQueue } from './import-services';
import { chunkMessage } from './imported-rows';

/**
 * Queues again the next chunk of every running import (at start: a crash may have lost the
 * message between a chunk's end and the next one's queueing). A chunk queued twice runs once.
 */
export async function recoverImports(store: CrmStore, queue: ImportQueue): Promise<number> {
  const running = await store.imports.running();
  for (const job of running) await queue.enqueue(chunkMessage(job));
  return running.length;
}
