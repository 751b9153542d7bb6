import type { Pipeline } from '../model/pipeline';
import { nextVersion } from '../rules/changes';
import type { UseCaseContext } from './context';

/** A space has one default pipeline: the others of the space stop being the default. */
export async function clearOtherDefaults(ctx: UseCaseContext, keep: Pipeline): Promise<void> {
  const others = await ctx.store.pipelines.listForSpace(ctx.actor.tenantId, keep.spaceId);
  for (const other of others) {
    if (other.id === keep.id || !other.isDefault) continue;
    const result = await ctx.store.pipelines.commit(
      nextVersion(ctx, { ...other, isDefault: false }),
      [],
      { expectedVersion: other.version, commitId: ctx.commitId },
    );
    if (!result.ok) throw new Error(`Could not clear the default of pipeline ${other.id}`);
  }
}
