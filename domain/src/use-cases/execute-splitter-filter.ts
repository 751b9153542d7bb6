import type { Lead } from '../model/lead';
import type {
  SplitterFilterSetting,
  SplitterRun,
  UnprocessedLead,
} from '../model/splitter-settings';
import { UNPROCESSED_KEPT } from '../model/splitter-settings';
import { domainEvent, nextVersion } from '../rules/changes';
import { splitLead, splittable } from '../rules/lead-split';
import { canView, guardAdmin } from '../rules/permissions';
import { recordTitle } from '../rules/record-title';
import { executeSplit, type SplitOutcome } from '../rules/split-execution';
import { notFound, ok, type Result } from '../result';
import type { BatchWrite } from '../store/ports';
import type { UseCaseContext } from './context';
import { filterById, readSplitterFilters, runIn, splitterRunAddress } from './splitter-documents';

/** Leads per call: each page is one list query and one transactional batch of its splits. */
export const SPLIT_PAGE_SIZE = 25;
/** A lead edited between the page's read and its batch makes the page run again. */
const PAGE_ATTEMPTS = 3;

type PageOutcome = { outcomes: SplitOutcome[]; leads: Lead[]; continuation?: string };

/** Whether each co-owner is still active: a user of the tenant who is a member of the space. */
async function activeUsers(ctx: UseCaseContext, spaceId: string, filter: SplitterFilterSetting) {
  const users = await ctx.store.users.getMany(
    ctx.actor.tenantId,
    filter.coOwners.map((c) => c.userId),
  );
  const active = new Set(users.filter((u) => u.spaceIds.includes(spaceId)).map((u) => u.id));
  return (userId: string) => active.has(userId);
}

/** Splits one page of the space's leads; the splits are written in one batch. */
async function splitPage(
  ctx: UseCaseContext,
  spaceId: string,
  filter: SplitterFilterSetting,
  isActiveUser: (userId: string) => boolean,
  continuation: string | undefined,
): Promise<Result<PageOutcome>> {
  for (let attempt = 1; ; attempt += 1) {
    const page = await ctx.store.leads.list(
      ctx.actor.tenantId,
      {
        scope: { spaceIds: [spaceId], viewerId: ctx.actor.userId },
        sort: { field: 'createdAt', direction: 'asc' },
      },
      { limit: SPLIT_PAGE_SIZE, continuation },
    );
    const leads = page.items.filter((lead) => lead.mergedInto === undefined);
    const byId = new Map(leads.map((lead) => [lead.id, lead]));
    const outcomes = executeSplit(filter, leads.map(splittable), {
      canSee: (lead) => canView(ctx.actor, byId.get(lead.id)!),
      isActiveUser,
    });
    const writes: BatchWrite[] = outcomes.flatMap((outcome) => {
      if (outcome.outcome !== 'split') return [];
      const lead = byId.get(outcome.leadId)!;
      const next = nextVersion(ctx, splitLead(lead, filter.id, outcome.coOwners));
      const event = domainEvent(ctx, next, 'lead.split', {
        changes: [{ field: 'shares', old: lead.shares, new: next.shares }],
        data: { filterId: filter.id, filterName: filter.name, shares: next.shares },
      });
      return [{ doc: next, expectedVersion: lead.version, events: [event] }];
    });
    if (writes.length === 0) return ok({ outcomes, leads, continuation: page.continuation });
    const written = await ctx.store.commitBatch(
      ctx.actor.tenantId,
      writes,
      `${ctx.commitId}:${continuation ?? 'start'}`,
    );
    if (written.ok) return ok({ outcomes, leads, continuation: page.continuation });
    if (written.error.kind !== 'stale' || attempt === PAGE_ATTEMPTS) return written;
  }
}

const unprocessedOf = (outcomes: SplitOutcome[], leads: Lead[]): UnprocessedLead[] => {
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  return outcomes.flatMap((outcome) =>
    outcome.outcome === 'unprocessed'
      ? [
          {
            leadId: outcome.leadId,
            title: recordTitle(byId.get(outcome.leadId)!),
            reason: outcome.reason,
            ...(outcome.reason === 'inactive_user' ? { userId: outcome.userId } : {}),
          },
        ]
      : [],
  );
};

/**
 * Executes a splitter filter on the next page of the space's leads (the first page without a
 * continuation, which starts a new run): every matching lead gets the filter's co-owners and
 * shares, unless `executeSplit` says why not. Answers the run so far; the caller calls again
 * with its continuation until `done`. Executing again changes nothing: a lead the filter split
 * with the same shares is `unchanged` and not written. The last run stays readable with its
 * unprocessed leads (getSplitterRun).
 */
export async function executeSplitterFilter(
  ctx: UseCaseContext,
  spaceId: string,
  filterId: string,
  continuation?: string,
): Promise<Result<SplitterRun>> {
  const denied = guardAdmin(ctx.actor);
  if (denied) return denied;
  const filter = filterById(await readSplitterFilters(ctx, spaceId), filterId);
  if (!filter) return notFound('splitter-filter', filterId);
  const isActiveUser = await activeUsers(ctx, spaceId, filter);
  const page = await splitPage(ctx, spaceId, filter, isActiveUser, continuation);
  if (!page.ok) return page;
  const { outcomes, leads } = page.value;
  const now = ctx.clock.now();
  const count = (kind: SplitOutcome['outcome']) =>
    outcomes.filter((o) => o.outcome === kind).length;
  const unprocessed = unprocessedOf(outcomes, leads);
  return ok(
    await ctx.store.keyedDocuments.change<SplitterRun>(
      splitterRunAddress(ctx.actor.tenantId, spaceId, filterId),
      (stored) => {
        const previous = continuation === undefined ? undefined : runIn(stored);
        const next: SplitterRun = {
          filterId,
          executedBy: ctx.actor.userId,
          startedAt: previous?.startedAt ?? now,
          updatedAt: now,
          scanned: (previous?.scanned ?? 0) + page.value.leads.length,
          split: (previous?.split ?? 0) + count('split'),
          unchanged: (previous?.unchanged ?? 0) + count('unchanged'),
          unprocessedCount: (previous?.unprocessedCount ?? 0) + unprocessed.length,
          unprocessed: [...(previous?.unprocessed ?? []), ...unprocessed].slice(
            0,
            UNPROCESSED_KEPT,
          ),
          continuation: page.value.continuation,
          done: page.value.continuation === undefined,
        };
        return { next, answer: next };
      },
    ),
  );
}
