import type { SplitterRun } from '../model/splitter-settings';
import { guardAdmin } from '../rules/permissions';
import { notFound, ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { runIn, splitterRunAddress } from './splitter-documents';

/** The last execution of a splitter filter, with the leads it could not process and why. */
export async function getSplitterRun(
  ctx: UseCaseContext,
  spaceId: string,
  filterId: string,
): Promise<Result<SplitterRun>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const address = splitterRunAddress(ctx.actor.tenantId, spaceId, filterId);
  const run = runIn(await ctx.store.keyedDocuments.get(address));
  return run ? ok(run) : notFound('splitter-run', filterId);
}
