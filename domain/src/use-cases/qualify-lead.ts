import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import { QualifyLeadInput, type Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import type { Pipeline } from '../model/pipeline';
import { checkQualifiable } from '../rules/lead-lifecycle';
import { guardView } from '../rules/permissions';
import { planQualify } from '../rules/qualify';
import { notFound, ok, stale, type Result } from '../result';
import type { UseCaseContext } from './context';
import { defaultPipeline } from './default-pipeline';
import { editableLead } from './lead-access';

export { QualifyLeadInput };

export type Qualified = {
  lead: Lead;
  contact?: Contact;
  account?: Account;
  opportunity?: Opportunity;
};

async function pipelineFor(
  ctx: UseCaseContext,
  lead: Lead,
  pipelineId: string | undefined,
): Promise<Result<Pipeline>> {
  if (!pipelineId) return defaultPipeline(ctx, lead.spaceId);
  const pipeline = await ctx.store.pipelines.get(ctx.actor.tenantId, pipelineId);
  return pipeline && pipeline.spaceId === lead.spaceId
    ? ok(pipeline)
    : notFound('pipeline', pipelineId);
}

async function existingAccount(ctx: UseCaseContext, id: string): Promise<Result<Account>> {
  const account = await ctx.store.accounts.get(ctx.actor.tenantId, id);
  if (!account) return notFound('account', id);
  return guardView(ctx.actor, account) ?? ok(account);
}

/**
 * Converts a lead into the contact, account and opportunity the user chose, in one batch.
 * Ids and the batch's commit id derive from the lead, and the lead is written last, so a
 * qualify interrupted part-way and run again completes with exactly one of each.
 */
export async function qualifyLead(
  ctx: UseCaseContext,
  id: string,
  input: QualifyLeadInput,
  expectedVersion?: number,
): Promise<Result<Qualified>> {
  const found = await editableLead(ctx, id);
  if (!found.ok) return found;
  const lead = found.value;
  if (expectedVersion !== undefined && expectedVersion !== lead.version) {
    return stale(lead.version);
  }
  let pipeline: Pipeline | undefined;
  const open = checkQualifiable(lead);
  if (!open.ok) return open;
  if (input.opportunity) {
    const chosen = await pipelineFor(ctx, lead, input.opportunity.pipelineId);
    if (!chosen.ok) return chosen;
    pipeline = chosen.value;
  }
  let account: Account | undefined;
  if (input.accountId) {
    const picked = await existingAccount(ctx, input.accountId);
    if (!picked.ok) return picked;
    account = picked.value;
  }
  const plan = planQualify(ctx, lead, input, { pipeline, existingAccount: account });
  if (!plan.ok) return plan;
  const written = await ctx.store.commitBatch(
    ctx.actor.tenantId,
    plan.value.writes,
    plan.value.commitId,
  );
  if (!written.ok) return written;
  const byType = <T>(type: string) => written.value.find((d) => d.type === type) as T | undefined;
  return ok({
    lead: byType<Lead>('lead') ?? plan.value.lead,
    contact: byType<Contact>('contact'),
    account: byType<Account>('account') ?? account,
    opportunity: byType<Opportunity>('opportunity'),
  });
}
