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
import { countryOf, flaggedWithKeys, tellHiddenOwners, type Duplicates } from './find-duplicates';
import { holderOf, type KeyedRecord } from '../rules/record-duplicate-keys';
import type { BatchWrite } from '../store/ports';

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
 * A contact or account qualify creates, flagged when it looks like one already there, with its
 * duplicate keys; other writes as they are. A lead is qualified whatever the space's policy.
 */
async function withDuplicateKeys(
  ctx: UseCaseContext,
  write: BatchWrite,
  country: { defaultCountry: string | undefined },
): Promise<{ write: BatchWrite; found?: Duplicates; created?: KeyedRecord }> {
  const { doc } = write;
  if (write.expectedVersion !== 0 || (doc.type !== 'contact' && doc.type !== 'account')) {
    return { write };
  }
  const { record, keys, found } = await flaggedWithKeys(ctx, doc, country);
  return {
    write: { ...write, doc: record, duplicateKeys: { holder: holderOf(record), keys } },
    found,
    created: record,
  };
}

async function leadCountry(ctx: UseCaseContext, lead: Lead) {
  return { defaultCountry: await countryOf(ctx, lead) };
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
  // The lead's space reads the phone numbers of the contact and account it becomes.
  const country = await leadCountry(ctx, lead);
  const keyed = await Promise.all(
    plan.value.writes.map((write) => withDuplicateKeys(ctx, write, country)),
  );
  const written = await ctx.store.commitBatch(
    ctx.actor.tenantId,
    keyed.map((k) => k.write),
    plan.value.commitId,
  );
  if (!written.ok) return written;
  for (const { found, created } of keyed) {
    if (found && created) await tellHiddenOwners(ctx, found, created);
  }
  const byType = <T>(type: string) => written.value.find((d) => d.type === type) as T | undefined;
  return ok({
    lead: byType<Lead>('lead') ?? plan.value.lead,
    contact: byType<Contact>('contact'),
    account: byType<Account>('account') ?? account,
    opportunity: byType<Opportunity>('opportunity'),
  });
}
