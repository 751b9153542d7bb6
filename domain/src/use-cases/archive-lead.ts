import type { Lead } from '../model/lead';
import { markArchived, markUnarchived } from '../rules/lead-lifecycle';
import { ok, type Result } from '../result';
import { commitRecord } from './commit-record';
import type { UseCaseContext } from './context';
import { editableLead } from './lead-access';

type ArchiveChange = {
  rule: (lead: Lead) => Result<Lead>;
  event: 'lead.archived' | 'lead.unarchived';
};

const changeArchived =
  ({ rule, event }: ArchiveChange) =>
  async (ctx: UseCaseContext, id: string, expectedVersion: number): Promise<Result<Lead>> => {
    const found = await editableLead(ctx, id);
    if (!found.ok) return found;
    const lead = found.value;
    const next = rule(lead);
    if (!next.ok) return next;
    if (next.value === lead) return ok(lead);
    return commitRecord(ctx, next.value, expectedVersion, [
      {
        type: event,
        changes: [{ field: 'archived', old: lead.archived, new: next.value.archived }],
      },
    ]);
  };

/** Archives a lead; a lead that already is so answers itself and nothing is written. */
export const archiveLead = changeArchived({ rule: markArchived, event: 'lead.archived' });

/** Unarchives a lead; a lead that already is so answers itself and nothing is written. */
export const unarchiveLead = changeArchived({ rule: markUnarchived, event: 'lead.unarchived' });
