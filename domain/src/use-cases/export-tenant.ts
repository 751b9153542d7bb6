import { guardAdmin } from '../rules/permissions';
import { ok, type Result } from '../result';
import type { KeyedDocument, StoredDocument } from '../store/ports';
import { PUBLIC_INDEX } from './api-key-documents';
import type { UseCaseContext } from './context';
import { publicDocumentsListedIn } from './public-index-documents';

/** An API key or web form of the tenant as filed in the public index. */
export type ExportedPublicDocument = KeyedDocument & {
  type: string;
  id: string;
  tenantId: string;
  filedIn: typeof PUBLIC_INDEX;
};

export type TenantExport = {
  tenantId: string;
  exportedAt: string;
  documents: (StoredDocument | ExportedPublicDocument)[];
};

/**
 * The tenant's keys and forms in the public index, by point reads from its spaces' lists.
 * A key's secret hash stays out: it is the key's signing secret, and an export travels.
 */
async function publicDocumentsOf(
  ctx: UseCaseContext,
  documents: StoredDocument[],
): Promise<ExportedPublicDocument[]> {
  const addresses = documents.flatMap((d) => publicDocumentsListedIn(d));
  const found = await Promise.all(addresses.map((a) => ctx.store.keyedDocuments.get(a)));
  return addresses.flatMap((address, i) => {
    const document = found[i];
    if (!document) return [];
    const { secretHash: _secret, ...shown } = document;
    return [
      {
        ...shown,
        type: address.kind,
        id: address.key,
        tenantId: ctx.actor.tenantId,
        filedIn: PUBLIC_INDEX,
      },
    ];
  });
}

/**
 * Every document of the tenant as JSON, for an admin — except other people's private
 * accounts and their timelines, which not even an admin may see — with its spaces' API keys
 * and web forms from the public index.
 */
export async function exportTenant(ctx: UseCaseContext): Promise<Result<TenantExport>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const all = await ctx.store.exportTenant(ctx.actor.tenantId);
  const hidden = new Set(
    all
      .filter((d) => d.type === 'account' && d.private && d.createdBy !== ctx.actor.userId)
      .map((d) => d.id),
  );
  const documents = all.filter(
    (d) => !hidden.has(d.id) && !(d.type === 'timeline' && hidden.has(d.recordId)),
  );
  return ok({
    tenantId: ctx.actor.tenantId,
    exportedAt: ctx.clock.now(),
    documents: [...documents, ...(await publicDocumentsOf(ctx, all))],
  });
}
