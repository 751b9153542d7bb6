import type { CrmStore, KeyedDocumentAddress, RecordAddress } from '../store/ports';

/** A migration's place: the last record id it passed, whether it reached the end, and a total. */
export type MigrationProgress = { afterId?: string; done: boolean; total: number };

/** One tick: whether the migration is done, and how many records this tick changed. */
export type MigrationTick = { done: boolean; changed: number };

/** Where a migration keeps its place: a partition of its own, beside no tenant's data. */
export const migrationAddress = (name: string): KeyedDocumentAddress => ({
  kind: 'migration',
  tenantId: '@migrations',
  ownerId: name,
  key: 'backfill',
});

/** `totalField`: the name the progress document keeps its total under. */
const progressOf = (
  stored: Record<string, unknown> | undefined,
  totalField: string,
): MigrationProgress => {
  const total = stored?.[totalField];
  return {
    ...(typeof stored?.afterId === 'string' ? { afterId: stored.afterId } : {}),
    done: stored?.done === true,
    total: typeof total === 'number' ? total : 0,
  };
};

export type PagedMigration = {
  address: KeyedDocumentAddress;
  totalField: string;
  /** The next page of records to migrate after `afterId`, in id order. */
  page(afterId: string | undefined, limit: number): Promise<RecordAddress[]>;
  /** Migrates one record; answers whether it changed it (false: done already, or gone). */
  apply(record: RecordAddress): Promise<boolean>;
};

/**
 * One tick of a resumable migration over records in id order: one page after the place kept
 * in its progress document, each record migrated on its own (idempotently), then the place
 * moves on. A crash or restart continues from the place; a tick that finds the place moved by
 * another runner leaves it.
 */
export async function migrationTick(
  store: CrmStore,
  migration: PagedMigration,
  pageSize: number,
): Promise<MigrationTick> {
  const { address, totalField } = migration;
  const start = progressOf(await store.keyedDocuments.get(address), totalField);
  if (start.done) return { done: true, changed: 0 };
  const page = await migration.page(start.afterId, pageSize);
  let changed = 0;
  for (const record of page) if (await migration.apply(record)) changed += 1;
  const done = page.length < pageSize;
  const afterId = page.at(-1)?.id ?? start.afterId;
  const next = {
    ...(afterId === undefined ? {} : { afterId }),
    done,
    [totalField]: start.total + changed,
  };
  await store.keyedDocuments.change(address, (stored) =>
    progressOf(stored, totalField).afterId === start.afterId
      ? { next, answer: undefined }
      : { answer: undefined },
  );
  return { done, changed };
}
