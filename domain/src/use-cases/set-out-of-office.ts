import type { OutOfOfficeInput } from '../model/routing';
import { nextVersion } from '../rules/changes';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';

/** The actor says they are out (or back): their teams' round-robin skips them meanwhile. */
export async function setOutOfOffice(
  ctx: UseCaseContext,
  input: OutOfOfficeInput,
): Promise<Result<OutOfOfficeInput>> {
  const { tenantId, userId } = ctx.actor;
  const user = await ctx.store.users.get(tenantId, userId);
  if (!user) return notFound('user', userId);
  if ((user.outOfOffice ?? false) === input.outOfOffice) return ok(input);
  const saved = await ctx.store.users.commit(
    { ...nextVersion(ctx, user), outOfOffice: input.outOfOffice },
    [],
    { expectedVersion: user.version, commitId: ctx.commitId },
  );
  return saved.ok ? ok({ outOfOffice: saved.value.outOfOffice ?? false }) : saved;
}
