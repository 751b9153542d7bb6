import { ColumnMapping, type ImportRecordType } from '../import/column-mapping';
import type { CrmStore } from '../store/ports';

const address = (tenantId: string, recordType: ImportRecordType) => ({
  kind: 'import-mapping',
  tenantId,
  ownerId: tenantId,
  key: recordType,
});

/** The mapping the tenant saved as its default for a record type, if any. */
export async function savedImportMapping(
  store: CrmStore,
  tenantId: string,
  recordType: ImportRecordType,
): Promise<ColumnMapping | undefined> {
  const saved = await store.keyedDocuments.get(address(tenantId, recordType));
  const parsed = ColumnMapping.safeParse(saved?.mapping);
  return parsed.success ? parsed.data : undefined;
}

export const saveImportMapping = (store: CrmStore, tenantId: string, mapping: ColumnMapping) =>
  store.keyedDocuments.put(address(tenantId, mapping.recordType), { mapping });
