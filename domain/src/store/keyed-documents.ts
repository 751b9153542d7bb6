import type { Container } from '@azure/cosmos';
import { createHash } from 'node:crypto';
import { readDocument } from './point-read';
import type { CrmStore, KeyedDocument, KeyedDocumentAddress } from './ports';
import { SCHEMA_VERSION } from './migrations';

type Stored = KeyedDocument & { id: string; type: string; tenantId: string };

/** Keys may hold any character; the document id must not contain / \ ? #. */
const documentId = ({ kind, ownerId, key }: KeyedDocumentAddress) =>
  `${kind}-${createHash('sha256').update(`${ownerId}\n${key}`).digest('hex')}`;

const STORE_FIELDS = new Set(['id', 'type', 'tenantId', 'schemaVersion']);

/** The document as it was put: without the store's own fields and Cosmos' system properties. */
const opened = (doc: Stored): KeyedDocument =>
  Object.fromEntries(
    Object.entries(doc).filter(([field]) => !STORE_FIELDS.has(field) && !field.startsWith('_')),
  );

/** Keyed documents have deterministic ids: a look-up is a point read. */
export function keyedDocumentStore(container: Container): CrmStore['keyedDocuments'] {
  return {
    async get(address) {
      const doc = await readDocument<Stored>(container, address.tenantId, documentId(address));
      return doc && doc.type === address.kind ? opened(doc) : undefined;
    },

    async put(address, document) {
      await container.items.upsert({
        ...document,
        id: documentId(address),
        type: address.kind,
        tenantId: address.tenantId,
        schemaVersion: SCHEMA_VERSION,
      });
    },
  };
}
