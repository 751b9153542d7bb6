import type { SplitControl } from '../model/lead-stats';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { spaceLeadFigures } from './space-lead-figures';

/**
 * Each co-owner's shares across the space's split leads, with totals, from the statistics
 * counters (a lead's shares move them on every write of that lead).
 */
export async function getSplitControl(
  ctx: UseCaseContext,
  spaceId: string,
): Promise<Result<SplitControl>> {
  const figures = await spaceLeadFigures(ctx, spaceId, []);
  if (!figures.ok) return figures;
  const { stats } = figures.value;
  const users = Object.entries(stats.shareLeads)
    .filter(([, leads]) => leads > 0)
    .map(([userId, leads]) => ({
      userId,
      leads,
      basisPoints: stats.shareBasisPoints[userId] ?? 0,
    }))
    .sort((a, b) => b.basisPoints - a.basisPoints || a.userId.localeCompare(b.userId));
  return ok({
    spaceId,
    splitLeads: stats.splitLeads,
    users,
    totals: {
      leads: users.reduce((total, user) => total + user.leads, 0),
      basisPoints: users.reduce((total, user) => total + user.basisPoints, 0),
    },
  });
}
