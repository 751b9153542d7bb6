import type { Container } from '@azure/cosmos';
import { MAX_CONFLICT_ATTEMPTS, pauseAfterConflict } from './conflict-retry';
import { keyedDocumentId } from './keyed-document-id';
import { readDocument } from './point-read';
import { rememberDocument, rememberedDocument } from './unit-of-work';
import type { CrmStore, KeyedDocument, KeyedDocumentAddress } from './ports';
import { SCHEMA_VERSION } from './migrations';

type Stored = KeyedDocument & { id: string; type: string; tenantId: string; _etag?: string };

const STORE_FIELDS = new Set(['id', 'type', 'tenantId', 'schemaVersion']);

/** The document as it was put: without the store's own fields and Cosmos' system properties. */
const opened = (doc: Stored): KeyedDocument =>
  Object.fromEntries(
    Object.entries(doc).filter(([field]) => !STORE_FIELDS.has(field) && !field.startsWith('_')),
  );

const stored = (address: KeyedDocumentAddress, document: KeyedDocument): Stored => ({
  ...document,
  id: keyedDocumentId(address),
  type: address.kind,
  tenantId: address.tenantId,
  schemaVersion: SCHEMA_VERSION,
});

/** Another writer got there first: the replace's etag is stale or the create found a document. */
const lostRace = (error: { code?: number }) => error.code === 412 || error.code === 409;

/** Keyed documents have deterministic ids: a look-up is a point read. */
export function keyedDocumentStore(container: Container): CrmStore['keyedDocuments'] {
  return {
    async get(address) {
      const doc = await readDocument<Stored>(container, address.tenantId, keyedDocumentId(address));
      return doc && doc.type === address.kind ? opened(doc) : undefined;
    },

    async put(address, document) {
      await container.items.upsert(stored(address, document));
    },

    async change(address, edit, options = {}) {
      const id = keyedDocumentId(address);
      const attempts = options.attempts ?? MAX_CONFLICT_ATTEMPTS;
      for (let attempt = 1; attempt <= attempts; attempt += 1) {
        // This unit's own read, if it made one, spares a second read; a lost race reads afresh.
        const doc =
          (attempt === 1 ? rememberedDocument<Stored>(address.tenantId, id) : undefined) ??
          (await readDocument<Stored>(container, address.tenantId, id));
        const decided = edit(doc && doc.type === address.kind ? opened(doc) : undefined);
        if (!('next' in decided)) return decided.answer;
        const next = stored(address, decided.next);
        const write = doc
          ? container.item(id, address.tenantId).replace(next, {
              accessCondition: { type: 'IfMatch', condition: doc._etag ?? '' },
            })
          : container.items.create(next);
        const written = await write.then(
          ({ resource }) => {
            if (resource) rememberDocument(resource);
            return true;
          },
          (error: { code?: number }) => {
            if (lostRace(error)) return false;
            throw error;
          },
        );
        if (written) return decided.answer;
        await pauseAfterConflict(attempt);
      }
      throw new Error(`Changing the ${address.kind} document kept conflicting`);
    },
  };
}
