import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { assignUser } from './assign-user';
import { buildActor } from './build-actor';
import { randomIds } from './context';
import { createSpace } from './create-space';
import { deleteTenant } from './delete-tenant';
import { ensureUser, type SystemContext } from './ensure-user';
import { exportTenant } from './export-tenant';
import { listMySpaces } from './list-my-spaces';
import { listUsers } from './list-users';
import { recordSpaceRoster, RosterInput } from './record-space-roster';

const { test, w } = worldPerFile();

const system = (): SystemContext => ({
  store: test.store,
  clock: { now: () => new Date().toISOString() },
  ids: randomIds,
  commitId: randomUUID(),
});

const signIn = async (userId: string) =>
  value(
    await ensureUser(system(), {
      tenantId: w.tenantId,
      userId,
      name: `User ${userId}`,
      email: `${userId}@contoso.example`,
    }),
  );

const actorOf = async (userId: string) => value(await buildActor(test.store, w.tenantId, userId));

describe('who belongs where', () => {
  it('makes the first user of a tenant its admin and the next ones sellers', async () => {
    const [first, second] = [await signIn('ada'), await signIn('ben')];
    expect(first.role).toBe('admin');
    expect(second.role).toBe('seller');
    expect((await signIn('ada')).version).toBe(first.version);
  });

  it('builds an org chart: a manager sees everyone below, transitively, with their roles', async () => {
    await Promise.all(['cleo', 'dev', 'eve'].map(signIn));
    const admin = w.as(await actorOf('ada'));
    value(await assignUser(admin, 'cleo', { role: 'manager' }));
    value(await assignUser(admin, 'dev', { role: 'manager', supervisorId: 'cleo' }));
    value(await assignUser(admin, 'eve', { supervisorId: 'dev' }));
    const cleo = await actorOf('cleo');
    expect(cleo.subordinateIds.sort()).toEqual(['dev', 'eve']);
    expect(cleo.subordinateRoles).toEqual({ dev: 'manager', eve: 'seller' });
    expect((await actorOf('eve')).subordinateIds).toEqual([]);
  });

  it('refuses a supervisor loop, a partner without partner, non-admins and losing the last admin', async () => {
    const admin = w.as(await actorOf('ada'));
    const loop = await assignUser(admin, 'cleo', { supervisorId: 'eve' });
    expect(!loop.ok && loop.error.kind === 'rule' && loop.error.rule).toBe('supervisor_cycle');
    const partner = await assignUser(admin, 'ben', { role: 'partner' });
    expect(!partner.ok && partner.error.kind === 'rule' && partner.error.rule).toBe(
      'partner_required',
    );
    const lastAdmin = await assignUser(admin, 'ada', { role: 'seller' });
    expect(!lastAdmin.ok && lastAdmin.error.kind === 'rule' && lastAdmin.error.rule).toBe(
      'last_admin',
    );
    const bySeller = await assignUser(w.as(await actorOf('ben')), 'ben', { role: 'admin' });
    expect(!bySeller.ok && bySeller.error.kind).toBe('forbidden');
    expect((await actorOf('ben')).role).toBe('seller');
  });

  it('records a space roster: members join and leave, unknown members get a user', async () => {
    const ada = await actorOf('ada');
    const member = (userId: string) => ({
      userId,
      name: userId,
      email: `${userId}@contoso.example`,
    });
    const installed = value(
      await recordSpaceRoster(
        w.as(ada),
        w.spaceA,
        RosterInput.parse({ members: [member('ben'), member('fay')] }),
      ),
    );
    expect(installed).toEqual({ added: ['ben', 'fay'], removed: [] });
    expect((await actorOf('fay')).spaceIds).toEqual([w.spaceA]);

    const changed = value(
      await recordSpaceRoster(
        w.as(ada),
        w.spaceA,
        RosterInput.parse({ added: [member('gus')], removed: ['ben'] }),
      ),
    );
    expect(changed).toEqual({ added: ['gus'], removed: ['ben'] });
    expect((await actorOf('ben')).spaceIds).toEqual([]);

    const bySeller = await recordSpaceRoster(
      w.as(await actorOf('fay')),
      w.spaceA,
      RosterInput.parse({}),
    );
    expect(!bySeller.ok && bySeller.error.kind).toBe('forbidden');
  });

  it('creates one space per Teams channel and lists the spaces a user belongs to', async () => {
    const fay = w.as(await actorOf('fay'));
    const input = { name: 'Sales Iberia', teamId: 'team-1', channelId: 'chan-1' };
    const space = value(await createSpace(fay, input));
    const again = value(await createSpace(w.as(await actorOf('fay')), input));
    expect(again.id).toBe(space.id);
    const mine = value(await listMySpaces(w.as(await actorOf('fay'))));
    expect(mine.map((s) => s.name).sort()).toEqual(['Sales DACH', 'Sales Iberia']);
    const all = value(await listMySpaces(w.as(await actorOf('ada'))));
    expect(all).toHaveLength(3);
    expect(value(await listUsers(fay)).length).toBeGreaterThan(5);
  });

  it('exports and deletes the tenant for an admin only', async () => {
    const seller = w.as(await actorOf('fay'));
    const admin = w.as(await actorOf('ada'));
    const refused = await exportTenant(seller);
    expect(!refused.ok && refused.error.kind).toBe('forbidden');
    const exported = value(await exportTenant(admin));
    expect(exported.documents.filter((d) => d.type === 'user').length).toBeGreaterThan(5);

    const unconfirmed = await deleteTenant(admin, { confirmTenantId: 'other' });
    expect(!unconfirmed.ok && unconfirmed.error.kind).toBe('validation');
    expect(!(await deleteTenant(seller, { confirmTenantId: w.tenantId })).ok).toBe(true);
    const deleted = value(await deleteTenant(admin, { confirmTenantId: w.tenantId }));
    expect(deleted.deleted).toBe(exported.documents.length);
    expect(await test.store.exportTenant(w.tenantId)).toEqual([]);
  });
});
