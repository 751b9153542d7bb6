import { DisqualifyLeadInput, type Lead } from '../model/lead';
import { markDisqualified as disqualify } from '../rules/lead-lifecycle';
import type { Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableLead } from './lead-access';

export { DisqualifyLeadInput };

/** Marks a lead disqualified with the reason the user gave. */
export async function disqualifyLead(
  ctx: UseCaseContext,
  id: string,
  input: DisqualifyLeadInput,
  expectedVersion: number,
): Promise<Result<Lead>> {
  const found = await editableLead(ctx, id);
  if (!found.ok) return found;
  const lead = found.value;
  const next = disqualify(lead, input.reason);
  if (!next.ok) return next;
  return commitRecord(ctx, next.value, expectedVersion, [
    {
      type: 'lead.disqualified',
      changes: [{ field: 'status', old: lead.status, new: 'disqualified' }],
      data: { reason: next.value.disqualifyReason },
    },
  ]);
}
