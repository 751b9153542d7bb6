import type { Opportunity } from '../model/opportunity';
import { diffFields } from '../rules/changes';
import type { AccountLinks } from '../rules/primary-account';
import { ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableOpportunity } from './opportunity-access';

/** Applies a link rule to an editable deal and commits what changed (nothing: no write). */
export async function changeAccountLinks(
  ctx: UseCaseContext,
  id: string,
  expectedVersion: number,
  change: (opportunity: Opportunity) => Result<Opportunity> | Promise<Result<Opportunity>>,
): Promise<Result<Opportunity>> {
  const opportunity = await editableOpportunity(ctx, id);
  if (!opportunity.ok) return opportunity;
  const changed = await change(opportunity.value);
  if (!changed.ok || changed.value === opportunity.value) return changed;
  const fields: (keyof AccountLinks & keyof Opportunity)[] = ['accountIds', 'primaryAccountId'];
  const changes = diffFields(opportunity.value, changed.value, fields);
  if (changes.length === 0) return ok(opportunity.value);
  return commitRecord(ctx, changed.value, expectedVersion, [
    { type: 'opportunity.updated', changes },
  ]);
}
