import type { CrmStore } from '@channel-crm/domain/server';

/** Each document's id and version in the tenants, sorted: unchanged means nothing was written. */
export async function documentVersions(store: CrmStore, tenantIds: string[]): Promise<string> {
  const docs = (await Promise.all(tenantIds.map((id) => store.exportTenant(id)))).flat();
  return JSON.stringify(docs.map((d) => [d.id, d.version]).sort());
}
