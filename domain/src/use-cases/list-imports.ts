import type { ImportJob } from '../model/import-job';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** How many of the actor's latest imports are listed. */
export const LISTED_IMPORTS = 20;

/** The actor's latest imports, newest first: running ones show their progress. */
export async function listImports(ctx: UseCaseContext): Promise<Result<{ items: ImportJob[] }>> {
  const { tenantId, userId } = ctx.actor;
  return ok({ items: await ctx.store.imports.listForUser(tenantId, userId, LISTED_IMPORTS) });
}
