import type { Container } from '@azure/cosmos';
import { createHash } from 'node:crypto';
import { readDocument } from './point-read';
import type { CrmStore, IdempotencyRecord } from './ports';
import { SCHEMA_VERSION } from './migrations';

type StoredIdempotency = IdempotencyRecord & { id: string; type: 'idempotency' };

/** Keys may hold any character; the document id must not contain / \ ? #. */
const idempotencyId = (userId: string, key: string) =>
  `idempotency-${createHash('sha256').update(`${userId}\n${key}`).digest('hex')}`;

/** Idempotency records are documents with deterministic ids: a look-up is a point read. */
export function idempotencyStore(container: Container): CrmStore['idempotency'] {
  return {
    async get(tenantId, userId, key) {
      const doc = await readDocument<StoredIdempotency>(
        container,
        tenantId,
        idempotencyId(userId, key),
      );
      if (!doc || doc.type !== 'idempotency') return undefined;
      const { tenantId: t, key: k, userId: u, requestHash, status, body, headers, createdAt } = doc;
      return { tenantId: t, key: k, userId: u, requestHash, status, body, headers, createdAt };
    },

    async put(record) {
      await container.items.upsert({
        ...record,
        id: idempotencyId(record.userId, record.key),
        type: 'idempotency',
        schemaVersion: SCHEMA_VERSION,
      });
    },
  };
}
