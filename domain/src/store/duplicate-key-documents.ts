import type { Container, OperationInput } from '@azure/cosmos';
import type { DuplicateKeyHolder } from '../model/duplicates';
import { readDocuments } from './point-read';
import { SCHEMA_VERSION } from './migrations';
import { asJson } from './stored-document';

/** The document type of a duplicate key document. */
export const DUPLICATE_KEY_TYPE = 'duplicate-key';

/**
 * One normalised key of a tenant (`email:…`, `phone:…`, see rules/duplicate-keys.ts) and the
 * records that carry it. Its id is the key under a prefix, in the tenant's partition, so a
 * look-up is a point read.
 */
export type DuplicateKeyDocument = {
  id: string;
  type: typeof DUPLICATE_KEY_TYPE;
  tenantId: string;
  key: string;
  holders: DuplicateKeyHolder[];
  _etag?: string;
};

/** The keys rules/duplicate-keys.ts makes are at most 200 characters and id-safe. */
export const duplicateKeyDocumentId = (key: string) => `dk:${key}`;

/** What a write does to the key documents: a record now carrying some keys, no longer others. */
export type KeyChange = { holder: DuplicateKeyHolder; added: string[]; removed: string[] };

const sameHolder = (a: DuplicateKeyHolder, b: DuplicateKeyHolder) =>
  a.id === b.id && a.recordType === b.recordType;

/** The key documents for these keys that exist (one bulk of point reads). */
export function readKeyDocuments(
  container: Container,
  tenantId: string,
  keys: readonly string[],
): Promise<DuplicateKeyDocument[]> {
  return readDocuments<DuplicateKeyDocument>(
    container,
    tenantId,
    [...new Set(keys)].map(duplicateKeyDocumentId),
  ).then((docs) => docs.filter((doc) => doc.type === DUPLICATE_KEY_TYPE));
}

/**
 * The batch operations that apply key changes: each touched key document is created, replaced
 * guarded by the `_etag` just read (a concurrent writer fails the batch, which is then planned
 * again), or deleted once no record carries its key. Several changes to one key (an import
 * chunk) make one operation. Keys in `absent` were just found without a document: they are
 * created without reading them again (a document created meanwhile fails the batch's guard).
 */
export async function keyChangeOperations(
  container: Container,
  tenantId: string,
  changes: readonly KeyChange[],
  absent?: ReadonlySet<string>,
): Promise<OperationInput[]> {
  const touched = [...new Set(changes.flatMap((c) => [...c.added, ...c.removed]))];
  if (touched.length === 0) return [];
  const toRead = absent ? touched.filter((key) => !absent.has(key)) : touched;
  const existing = new Map(
    (await readKeyDocuments(container, tenantId, toRead)).map((doc) => [doc.key, doc]),
  );
  return touched.flatMap((key): OperationInput[] => {
    const before = existing.get(key);
    let holders = before?.holders ?? [];
    for (const { holder, added, removed } of changes) {
      if (removed.includes(key) || added.includes(key)) {
        holders = holders.filter((h) => !sameHolder(h, holder));
      }
      if (added.includes(key)) holders = [...holders, holder];
    }
    const id = duplicateKeyDocumentId(key);
    if (!before) {
      if (holders.length === 0) return [];
      const doc = { id, type: DUPLICATE_KEY_TYPE, tenantId, key, holders };
      const resourceBody = asJson({ ...doc, schemaVersion: SCHEMA_VERSION });
      return [{ operationType: 'Create', partitionKey: tenantId, resourceBody }];
    }
    const guard = before._etag === undefined ? {} : { ifMatch: before._etag };
    if (holders.length === 0) {
      return [{ operationType: 'Delete', id, partitionKey: tenantId, ...guard }];
    }
    const { _etag: _read, ...kept } = before;
    return [
      {
        operationType: 'Replace',
        id,
        partitionKey: tenantId,
        ...guard,
        resourceBody: asJson({ ...kept, holders }),
      },
    ];
  });
}

/** The key change of one record write: the keys it had against the keys it gets. */
export function keyChangeOf(
  holder: DuplicateKeyHolder,
  before: readonly string[],
  after: readonly string[],
): KeyChange {
  return {
    holder,
    added: after.filter((k) => !before.includes(k)),
    removed: before.filter((k) => !after.includes(k)),
  };
}
