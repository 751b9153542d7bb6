import { CreateImportInput, type ImportJob } from '../model/import-job';
import { canCreateIn } from '../rules/permissions';
import { forbidden, notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

export { CreateImportInput };

/** Announces a file to import into a space; its parts are uploaded next. */
export async function createImport(
  ctx: UseCaseContext,
  input: CreateImportInput,
): Promise<Result<ImportJob>> {
  const { actor } = ctx;
  if (!canCreateIn(actor, input.spaceId))
    return forbidden('You may import only into the spaces you belong to', 'not_space_member');
  const space = await ctx.store.spaces.get(actor.tenantId, input.spaceId);
  if (!space) return notFound('space', input.spaceId);
  const now = ctx.clock.now();
  const job: ImportJob = {
    id: ctx.ids.uuid(),
    tenantId: actor.tenantId,
    ...input,
    received: 0,
    header: [],
    status: 'uploading',
    counts: { read: 0, stored: 0, skipped: 0 },
    offset: 0,
    line: 1,
    chunk: 0,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  return ok((await ctx.store.imports.create(job)).job);
}
