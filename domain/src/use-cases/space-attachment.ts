import type { Actor } from '../actor';
import { canCreateIn } from '../rules/permissions';
import { forbidden, invalid } from '../result';

/**
 * An account or contact is global or attached to at least one space; people attach records
 * only to spaces they belong to (admins to any). Spaces already attached may stay.
 */
export function refuseAttachment(
  actor: Actor,
  next: { global: boolean; spaceIds: string[] },
  before: string[] = [],
) {
  if (!next.global && next.spaceIds.length === 0) {
    return invalid([
      {
        path: 'spaceIds',
        message: 'Attach it to a space or make it global',
        code: 'field.space_or_global',
        params: {},
      },
    ]);
  }
  const foreign = next.spaceIds.filter((s) => !before.includes(s) && !canCreateIn(actor, s));
  return foreign.length > 0
    ? forbidden('You may attach records only to the spaces you belong to', 'not_space_member')
    : undefined;
}
