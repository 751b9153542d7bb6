import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import {
  canAdminister,
  canCreateIn,
  canDelete,
  canEdit,
  canManagePipelines,
  canSeeSpace,
  canSetPrivate,
  canUnlock,
  canView,
  guardClaim,
  guardEdit,
  guardView,
  visibilityScope,
  type GuardedRecord,
} from './permissions';

const SPACE_A = 'space-a';
const SPACE_B = 'space-b';

const actor = (over: Partial<Actor>): Actor => ({
  tenantId: 't1',
  userId: 'u-seller',
  name: 'Sam',
  role: 'seller',
  spaceIds: [SPACE_A],
  subordinateIds: [],
  ...over,
});

const opportunity = (over: Partial<GuardedRecord> = {}): GuardedRecord => ({
  type: 'opportunity',
  id: 'd1',
  ownerId: 'u-owner',
  createdBy: 'u-owner',
  coOwnerIds: [],
  spaceId: SPACE_A,
  ...over,
});

const account = (over: Partial<GuardedRecord> = {}): GuardedRecord => ({
  type: 'account',
  id: 'a1',
  ownerId: 'u-owner',
  createdBy: 'u-owner',
  spaceIds: [SPACE_B],
  global: false,
  private: false,
  ...over,
});

const admin = actor({ userId: 'u-admin', role: 'admin', spaceIds: [] });
const seller = actor({});
const manager = actor({
  userId: 'u-boss',
  role: 'manager',
  spaceIds: [],
  subordinateIds: ['u-owner', 'u-partner'],
  subordinateRoles: { 'u-owner': 'seller', 'u-partner': 'partner' },
});
const partner = actor({ userId: 'u-partner', role: 'partner', partnerId: 'p1' });

describe('seeing and editing deals and leads', () => {
  it('lets a colleague in the space see a deal but not edit it', () => {
    expect(canView(seller, opportunity())).toBe(true);
    expect(canEdit(seller, opportunity())).toBe(false);
    expect(guardEdit(seller, opportunity())?.error.kind).toBe('forbidden');
  });

  it('lets owners and co-owners edit', () => {
    expect(canEdit(seller, opportunity({ ownerId: 'u-seller' }))).toBe(true);
    expect(canEdit(seller, opportunity({ coOwnerIds: ['u-seller'] }))).toBe(true);
  });

  it('hides deals of other spaces as not found, not forbidden', () => {
    const other = opportunity({ spaceId: SPACE_B });
    expect(canView(seller, other)).toBe(false);
    expect(guardView(seller, other)?.error.kind).toBe('not_found');
    expect(guardEdit(seller, other)?.error.kind).toBe('not_found');
  });

  it('lets an owner see their own deal in a space they left', () => {
    expect(canView(seller, opportunity({ spaceId: SPACE_B, ownerId: 'u-seller' }))).toBe(true);
  });

  it('lets an admin see and edit everything', () => {
    const other = opportunity({ spaceId: SPACE_B });
    expect(canView(admin, other)).toBe(true);
    expect(canEdit(admin, other)).toBe(true);
    expect(canDelete(admin, other)).toBe(true);
  });
});

describe('supervisors', () => {
  it('see and edit what their subordinates own, in any space', () => {
    const subs = opportunity({ spaceId: SPACE_B });
    expect(canView(manager, subs)).toBe(true);
    expect(canEdit(manager, subs)).toBe(true);
    expect(canDelete(manager, subs)).toBe(true);
  });

  it('do not see records of people outside their org chart', () => {
    expect(canView(manager, opportunity({ ownerId: 'u-stranger' }))).toBe(false);
  });

  it('see a partner subordinate only through partner records', () => {
    expect(canView(manager, opportunity({ ownerId: 'u-partner', partnerId: 'p1' }))).toBe(true);
    expect(canView(manager, opportunity({ ownerId: 'u-partner' }))).toBe(false);
  });

  it('do not get supervision rights when their role is seller', () => {
    const sellerWithReports = actor({ subordinateIds: ['u-owner'], spaceIds: [] });
    expect(canView(sellerWithReports, opportunity())).toBe(false);
  });
});

describe('partner users', () => {
  it('see and edit only their partner records in their spaces', () => {
    expect(canView(partner, opportunity({ partnerId: 'p1' }))).toBe(true);
    expect(canEdit(partner, opportunity({ partnerId: 'p1' }))).toBe(true);
    expect(canView(partner, opportunity())).toBe(false);
    expect(canView(partner, opportunity({ partnerId: 'p2' }))).toBe(false);
    expect(canView(partner, opportunity({ partnerId: 'p1', spaceId: SPACE_B }))).toBe(false);
  });

  it('see nothing without a partner', () => {
    const lost = actor({ role: 'partner' });
    expect(canView(lost, opportunity({ partnerId: 'p1' }))).toBe(false);
    expect(canCreateIn(lost, SPACE_A)).toBe(false);
    expect(visibilityScope(lost, 'lead').partnerId).not.toBeUndefined();
  });

  it('cannot delete what they do not own', () => {
    expect(canDelete(partner, opportunity({ partnerId: 'p1' }))).toBe(false);
    expect(canDelete(partner, opportunity({ partnerId: 'p1', ownerId: 'u-partner' }))).toBe(true);
  });
});

describe('accounts and contacts', () => {
  it('are visible in their spaces, or everywhere when global', () => {
    expect(canView(seller, account())).toBe(false);
    expect(canView(seller, account({ spaceIds: [SPACE_A, SPACE_B] }))).toBe(true);
    expect(canView(seller, account({ global: true }))).toBe(true);
    expect(canView(seller, { ...account({ global: true }), type: 'contact' })).toBe(true);
  });

  it('lets the account manager edit an account', () => {
    expect(canEdit(seller, account({ global: true, managerId: 'u-seller' }))).toBe(true);
  });

  it('hide private accounts from everyone but their creator, admins included', () => {
    const secret = account({
      private: true,
      global: true,
      createdBy: 'u-seller',
      ownerId: 'u-owner',
    });
    expect(canView(seller, secret)).toBe(true);
    expect(canView(admin, secret)).toBe(false);
    expect(guardView(admin, secret)?.error.kind).toBe('not_found');
    expect(canView(manager, secret)).toBe(false);
    expect(canView(actor({ userId: 'u-owner' }), secret)).toBe(false);
  });

  it('let only the creator set the private flag', () => {
    expect(canSetPrivate(seller, { createdBy: 'u-seller' })).toBe(true);
    expect(canSetPrivate(admin, { createdBy: 'u-seller' })).toBe(false);
  });
});

describe('unlocking a won deal', () => {
  it('is for admins and managers of the owner, not for the seller who owns it', () => {
    expect(canUnlock(admin, opportunity())).toBe(true);
    expect(canUnlock(manager, opportunity())).toBe(true);
    expect(canUnlock(seller, opportunity({ ownerId: 'u-seller' }))).toBe(false);
    expect(canUnlock(actor({ role: 'manager', userId: 'u-m2' }), opportunity())).toBe(false);
  });
});

describe('settings and creation', () => {
  it('keeps tenant settings to admins', () => {
    expect(canAdminister(admin)).toBe(true);
    expect(canAdminister(manager)).toBe(false);
  });

  it('shows a space to its members and admins; pipelines are for admins and its managers', () => {
    expect(canSeeSpace(seller, SPACE_A)).toBe(true);
    expect(canSeeSpace(seller, SPACE_B)).toBe(false);
    expect(canSeeSpace(admin, SPACE_B)).toBe(true);
    expect(canManagePipelines(seller, SPACE_A)).toBe(false);
    expect(canManagePipelines(actor({ role: 'manager' }), SPACE_A)).toBe(true);
    expect(canManagePipelines(actor({ role: 'manager' }), SPACE_B)).toBe(false);
    expect(canManagePipelines(admin, SPACE_B)).toBe(true);
  });

  it('lets people create only in their spaces', () => {
    expect(canCreateIn(seller, SPACE_A)).toBe(true);
    expect(canCreateIn(seller, SPACE_B)).toBe(false);
    expect(canCreateIn(admin, SPACE_B)).toBe(true);
  });
});

describe('visibilityScope for lists', () => {
  it('gives admins the whole tenant, or the spaces they filter on', () => {
    expect(visibilityScope(admin, 'lead')).toEqual({ viewerId: 'u-admin' });
    expect(visibilityScope(admin, 'lead', [SPACE_B])).toEqual({
      spaceIds: [SPACE_B],
      viewerId: 'u-admin',
    });
  });

  it('gives sellers their spaces plus what they own', () => {
    expect(visibilityScope(seller, 'opportunity')).toEqual({
      spaceIds: [SPACE_A],
      orOwnerIds: ['u-seller'],
      viewerId: 'u-seller',
    });
  });

  it('never widens a space filter beyond the spaces a seller belongs to', () => {
    expect(visibilityScope(seller, 'lead', [SPACE_A, SPACE_B]).spaceIds).toEqual([SPACE_A]);
  });

  it('adds subordinates as owners for managers', () => {
    expect(visibilityScope(manager, 'lead').orOwnerIds).toEqual(['u-boss', 'u-owner', 'u-partner']);
  });

  it('pins partner users to their partner', () => {
    expect(visibilityScope(partner, 'account')).toMatchObject({
      spaceIds: [SPACE_A],
      partnerId: 'p1',
    });
  });
});

describe('unassigned leads (the free pool)', () => {
  const pooled = (over: Partial<GuardedRecord> = {}) =>
    opportunity({ type: 'lead', ownerId: undefined, ...over });

  it('are seen and claimable by members of their space, not edited before they are claimed', () => {
    const member = actor({});
    expect(canView(member, pooled())).toBe(true);
    expect(guardClaim(member, pooled())).toBeUndefined();
    expect(canEdit(member, pooled())).toBe(false);
    expect(guardClaim(actor({ role: 'admin', spaceIds: [] }), pooled())).toBeUndefined();
  });

  it('stay hidden from others: another space, a manager through the org chart, a partner', () => {
    expect(guardClaim(actor({ spaceIds: [SPACE_B] }), pooled())?.error.kind).toBe('not_found');
    const manager = actor({ role: 'manager', spaceIds: [SPACE_B], subordinateIds: ['u-owner'] });
    expect(canView(manager, pooled())).toBe(false);
    const partner = actor({ role: 'partner', partnerId: 'p1' });
    expect(canView(partner, pooled())).toBe(false);
  });
});
