import type { Pipeline } from '../model/pipeline';
import type { RecordRepository } from './ports';
import { outsideUnitOfWork } from './unit-of-work';

/** Long enough to serve a burst of moves on a board; short enough that other instances catch up. */
export const PIPELINE_TTL_MS = 3_000;
/**
 * A pipeline served past this age is read again in the background, so moves that keep coming
 * find it fresh instead of one of them reading it every `PIPELINE_TTL_MS`.
 */
const REFRESH_AFTER_MS = PIPELINE_TTL_MS / 2;
const MAX_ENTRIES = 1_000;

type Entry = { pipeline: Pipeline; expiresAt: number; refreshAt: number; refreshing: boolean };

/**
 * Serves a pipeline read from memory for a few seconds, so a stage move reads only its deal.
 * Every pipeline write through this store drops the tenant's entries at once, so this process
 * refuses a move to a stage it removed; a stage removed by another instance is seen when the
 * entry expires. An entry in use is read again in the background before it expires. The
 * cache is chosen over a guard in the move's batch because Cosmos DB cannot condition a batch
 * on a document it does not write.
 */
export function cachedPipelines<R extends RecordRepository<Pipeline>>(
  repository: R,
  now: () => number = Date.now,
): R & { forget(tenantId: string): void } {
  const entries = new Map<string, Entry>();
  // Bumped by every write, so a read that overlapped one is not kept.
  const generations = new Map<string, number>();
  const forget = (tenantId: string) => {
    generations.set(tenantId, (generations.get(tenantId) ?? 0) + 1);
    for (const [key, entry] of entries)
      if (entry.pipeline.tenantId === tenantId) entries.delete(key);
  };
  const load = async (tenantId: string, id: string, key: string) => {
    const generation = generations.get(tenantId) ?? 0;
    const pipeline = await repository.get(tenantId, id);
    if ((generations.get(tenantId) ?? 0) !== generation) return pipeline;
    entries.delete(key);
    if (!pipeline) return pipeline;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    const at = now();
    entries.set(key, {
      pipeline,
      expiresAt: at + PIPELINE_TTL_MS,
      refreshAt: at + REFRESH_AFTER_MS,
      refreshing: false,
    });
    return pipeline;
  };
  return {
    ...repository,
    forget,
    async get(tenantId, id) {
      const key = `${tenantId}\n${id}`;
      const cached = entries.get(key);
      const at = now();
      if (cached && cached.expiresAt > at) {
        if (at >= cached.refreshAt && !cached.refreshing) {
          cached.refreshing = true;
          // Not the request's work: the request is served from the entry.
          outsideUnitOfWork(() =>
            load(tenantId, id, key).catch(() => {
              cached.refreshing = false;
            }),
          );
        }
        return cached.pipeline;
      }
      entries.delete(key);
      return load(tenantId, id, key);
    },
    async commit(next, events, options) {
      try {
        return await repository.commit(next, events, options);
      } finally {
        forget(next.tenantId);
      }
    },
    async remove(tenantId, id) {
      try {
        await repository.remove(tenantId, id);
      } finally {
        forget(tenantId);
      }
    },
  };
}
