import type { Container, OperationInput } from '@azure/cosmos';
import type { KeyedRecordType } from '../model/duplicates';
import { keyChangeOperations } from './duplicate-key-documents';
import type { StoredDocument } from './stored-document';

/**
 * Deletes a lead, account or contact (or another record kind) with, in the same batch, its
 * entries in the key documents of the duplicate keys it carried.
 */
export async function removeKeyedRecord(container: Container, doc: StoredDocument) {
  const keys = doc.duplicateKeys ?? [];
  if (keys.length === 0) {
    await container.item(doc.id, doc.tenantId).delete();
    return;
  }
  const holder = { recordType: doc.type as KeyedRecordType, id: doc.id };
  const keyOps = await keyChangeOperations(container, doc.tenantId, [
    { holder, added: [], removed: keys },
  ]);
  const remove: OperationInput = {
    operationType: 'Delete',
    id: doc.id,
    partitionKey: doc.tenantId,
    ...(doc._etag === undefined ? {} : { ifMatch: doc._etag }),
  };
  const response = await container.items.batch([remove, ...keyOps], doc.tenantId);
  const failed = response.result?.find((a) => a.statusCode >= 400 && a.statusCode !== 424);
  if (failed) throw new Error(`Removing ${doc.type} ${doc.id} failed with ${failed.statusCode}`);
}
