import { type Lead, ListLeadsInput, OpenLeadStatus } from '../model/lead';
import { ok, type Result } from '../result';
import type { Page } from '../store/ports';
import type { UseCaseContext } from './context';
import { commonListQuery, pageRequestOf } from './list-input';
import { localDayBounds } from '../rules/local-day';

const latest = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;

/** A page of the leads the actor may see, filtered and sorted. */
export async function listLeads(
  ctx: UseCaseContext,
  input: ListLeadsInput,
): Promise<Result<Page<Lead>>> {
  const { view } = input;
  const page = await ctx.store.leads.list(
    ctx.actor.tenantId,
    {
      ...commonListQuery(ctx.actor, 'lead', input),
      unassigned: input.unassigned || view === 'free_pool',
      status: input.status,
      statuses: input.open || view === 'open' ? OpenLeadStatus.options : undefined,
      // Stored instants are UTC ISO strings: compare like with like.
      createdAfter: latest(
        input.createdAfter && new Date(input.createdAfter).toISOString(),
        view === 'incoming_today'
          ? localDayBounds(ctx.clock.now(), input.timeZone ?? 'UTC').start
          : undefined,
      ),
      untouched: input.untouched || view === 'untouched',
      archived: input.archived,
    },
    pageRequestOf(input),
  );
  return ok(page);
}
