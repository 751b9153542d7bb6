import type { Actor } from '../actor';
import type { RecordType } from '../model/timeline';
import type { VisibilityScope } from '../store/ports';
import { fail, notFound } from '../result';

/**
 * Who may see and change which record, in one place so the API, the bot and the tab agree.
 *
 * - admin: sees and edits every record of the tenant, except private accounts of others.
 * - seller: sees the leads and opportunities of the spaces they belong to, and the accounts
 *   and contacts that are global or attached to one of those spaces; always sees what they
 *   own or co-own. Edits only what they own or co-own (an account also by its account
 *   manager), so a colleague who follows a deal sees it but cannot change it.
 * - manager: a seller who also sees and edits what their subordinates (the org chart,
 *   transitive) own, in any space — within what each subordinate's role may see: a partner
 *   subordinate contributes only records assigned to a partner (which all of theirs are:
 *   records a partner user creates carry their partner).
 * - partner: sees only records assigned to their partner, in their spaces (accounts and
 *   contacts: also global ones of their partner); edits every record they see (a partner's
 *   consultants work their partner's records together). Without a partner, nothing.
 * - private accounts: only their creator sees, finds or edits them — not even an admin; only
 *   the creator may set or clear the flag.
 * - delete: admin, the owner, or a manager of the owner. Unlock a won deal: admin, or a
 *   manager who may edit it (their own or a subordinate's deal); never a plain seller.
 * - spaces: members and admins see a space; admins and the space's managers set up its
 *   pipelines; people create records in their own spaces (admins in any). Tenant settings,
 *   roles, the org chart, rosters, export and deletion are for admins.
 * - hidden records answer not_found (404), never forbidden, so ids leak nothing.
 */

/** The parts of a lead, opportunity, account or contact these rules read. */
export type GuardedRecord = {
  type: RecordType;
  id: string;
  /** Absent for an unassigned lead (the free pool). */
  ownerId?: string;
  createdBy: string;
  coOwnerIds?: string[];
  /** Leads and opportunities live in one space. */
  spaceId?: string;
  /** Accounts and contacts are attached to spaces, or global. */
  spaceIds?: string[];
  global?: boolean;
  private?: boolean;
  partnerId?: string;
  /** Accounts: the account manager may edit it like its owner. */
  managerId?: string;
};

export type Denied = ReturnType<typeof fail>;

const SPACED_TYPES: ReadonlySet<RecordType> = new Set(['lead', 'opportunity']);

const isPrivateToOthers = (actor: Actor, record: GuardedRecord) =>
  record.type === 'account' && record.private === true && record.createdBy !== actor.userId;

const inActorSpaces = (actor: Actor, record: GuardedRecord) => {
  if (SPACED_TYPES.has(record.type)) {
    return record.spaceId !== undefined && actor.spaceIds.includes(record.spaceId);
  }
  return record.global === true || (record.spaceIds ?? []).some((s) => actor.spaceIds.includes(s));
};

const isOwnOrCoOwned = (actor: Actor, record: GuardedRecord) =>
  record.ownerId === actor.userId ||
  (record.coOwnerIds ?? []).includes(actor.userId) ||
  (record.type === 'account' && record.managerId === actor.userId);

/** Subordinates whose records the actor sees through the org chart (managers only). */
export function supervisedOwnerIds(actor: Actor): string[] {
  return actor.role === 'manager' ? actor.subordinateIds : [];
}

/** A partner subordinate sees only partner records, so the manager sees no more of theirs. */
const supervises = (actor: Actor, record: GuardedRecord) =>
  record.ownerId !== undefined &&
  supervisedOwnerIds(actor).includes(record.ownerId) &&
  (actor.subordinateRoles?.[record.ownerId] !== 'partner' || record.partnerId !== undefined);

export function canView(actor: Actor, record: GuardedRecord): boolean {
  if (isPrivateToOthers(actor, record)) return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'partner':
      return (
        actor.partnerId !== undefined &&
        record.partnerId === actor.partnerId &&
        (inActorSpaces(actor, record) || isOwnOrCoOwned(actor, record))
      );
    case 'manager':
    case 'seller':
      return (
        inActorSpaces(actor, record) || isOwnOrCoOwned(actor, record) || supervises(actor, record)
      );
  }
}

export function canEdit(actor: Actor, record: GuardedRecord): boolean {
  if (!canView(actor, record)) return false;
  switch (actor.role) {
    case 'admin':
    case 'partner':
      return true;
    case 'manager':
    case 'seller':
      return isOwnOrCoOwned(actor, record) || supervises(actor, record);
  }
}

export function canDelete(actor: Actor, record: GuardedRecord): boolean {
  if (!canView(actor, record)) return false;
  if (actor.role === 'admin') return true;
  return record.ownerId === actor.userId || supervises(actor, record);
}

/** Lifting the lock of a won deal. */
export function canUnlock(actor: Actor, record: GuardedRecord): boolean {
  if (actor.role === 'admin') return canView(actor, record);
  return actor.role === 'manager' && canEdit(actor, record);
}

/** Only an account's creator may make it private or public again. */
export function canSetPrivate(actor: Actor, record: Pick<GuardedRecord, 'createdBy'>): boolean {
  return record.createdBy === actor.userId;
}

/** Tenant settings: pipelines, stages, users' roles and supervisors, export and deletion. */
export function canAdminister(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Members of a space (and admins) see it: its pipelines, board and settings. */
export function canSeeSpace(actor: Actor, spaceId: string): boolean {
  return actor.role === 'admin' || actor.spaceIds.includes(spaceId);
}

/** Pipelines and stages: admins anywhere, managers in their own spaces. */
export function canManagePipelines(actor: Actor, spaceId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'manager' && actor.spaceIds.includes(spaceId));
}

/** A space's own settings (name, Teams team and channel, currency): the same people as its pipelines. */
export const canManageSpace = canManagePipelines;

/** Creating a record in a space: admins anywhere, others in their spaces. */
export function canCreateIn(actor: Actor, spaceId: string): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'partner' && actor.partnerId === undefined) return false;
  return actor.spaceIds.includes(spaceId);
}

/** not_found when the actor may not see the record (so ids leak nothing); else nothing. */
export function guardView(actor: Actor, record: GuardedRecord): Denied | undefined {
  return canView(actor, record) ? undefined : notFound(record.type, record.id);
}

/** not_found when hidden, forbidden when visible but not the actor's to change. */
export function guardEdit(actor: Actor, record: GuardedRecord): Denied | undefined {
  const hidden = guardView(actor, record);
  if (hidden) return hidden;
  return canEdit(actor, record)
    ? undefined
    : fail({
        kind: 'forbidden',
        message: `You may see this ${record.type} but not change it: it belongs to someone else`,
        code: 'record_read_only',
        params: {},
      });
}

export function guardDelete(actor: Actor, record: GuardedRecord): Denied | undefined {
  const hidden = guardView(actor, record);
  if (hidden) return hidden;
  return canDelete(actor, record)
    ? undefined
    : fail({
        kind: 'forbidden',
        message: `Only its owner or an admin may delete this ${record.type}`,
        code: 'delete_owner_only',
        params: {},
      });
}

export function guardUnlock(actor: Actor, record: GuardedRecord): Denied | undefined {
  const hidden = guardView(actor, record);
  if (hidden) return hidden;
  return canUnlock(actor, record)
    ? undefined
    : fail({
        kind: 'forbidden',
        message: 'Only an admin or a manager of its owner may unlock a won deal',
        code: 'unlock_managers_only',
        params: {},
      });
}

/**
 * Claiming an unassigned lead: anyone who sees it and belongs to its space (admins anywhere);
 * a partner user only their partner's leads, which canView already ensures.
 */
export function guardClaim(actor: Actor, record: GuardedRecord): Denied | undefined {
  const hidden = guardView(actor, record);
  if (hidden) return hidden;
  return record.spaceId !== undefined && canCreateIn(actor, record.spaceId)
    ? undefined
    : fail({
        kind: 'forbidden',
        message: `Only members of its space may claim this ${record.type}`,
        code: 'claim_space_members_only',
        params: {},
      });
}

export function guardAdmin(actor: Actor): Denied | undefined {
  return canAdminister(actor)
    ? undefined
    : fail({ kind: 'forbidden', message: 'Admins only', code: 'admin_only', params: {} });
}

/** A partner id that matches no record: a partner user without a partner sees nothing. */
const NO_PARTNER = 'none';

/**
 * Which records of a type the actor may list, as data the store turns into a WHERE clause.
 * `spaceFilter` narrows to the given spaces (a channel tab); records the actor sees only
 * through ownership or the org chart show in the all-spaces view.
 */
export function visibilityScope(
  actor: Actor,
  _recordType: RecordType,
  spaceFilter?: string[],
): VisibilityScope {
  const viewerId = actor.userId;
  if (actor.role === 'admin') {
    return spaceFilter ? { spaceIds: spaceFilter, viewerId } : { viewerId };
  }
  const spaceIds = spaceFilter
    ? spaceFilter.filter((s) => actor.spaceIds.includes(s))
    : actor.spaceIds;
  if (actor.role === 'partner') {
    return {
      spaceIds,
      ...(spaceFilter ? {} : { orOwnerIds: [actor.userId] }),
      partnerId: actor.partnerId ?? NO_PARTNER,
      viewerId,
    };
  }
  if (spaceFilter) return { spaceIds, viewerId };
  return {
    spaceIds,
    orOwnerIds: [actor.userId, ...supervisedOwnerIds(actor)],
    viewerId,
  };
}
