import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Lead } from '../model/lead';
import type { AssignmentRuleEntry, RoutingActions, RoutingCondition } from '../model/routing';
import { cosmosStore, openCrmContainer } from '../store/cosmos-store';
import type { CrmStore } from '../store/ports';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import type { UseCaseContext } from './context';
import { dryRunAssignmentRules } from './dry-run-assignment-rules';
import { decideRoutes, loadSpaceRouting } from './lead-routing';
import { receiveInboundLead } from './receive-inbound-lead';
import { drawTickets, nextTicket } from './round-robin-tickets';
import { routeLeads } from './route-leads';
import { setAssignmentRules } from './set-assignment-rules';
import { setOutOfOffice } from './set-out-of-office';
import { setSalesTeams } from './set-sales-teams';
import { getAssignmentRules } from './get-assignment-rules';
import { getSalesTeams } from './get-sales-teams';

const { w: world, test } = worldPerFile();
let admin: Actor;
let seller: Actor;
const teamId = crypto.randomUUID();
const SELLERS = ['ada', 'bo', 'cy'];

const rule = (
  name: string,
  conditions: RoutingCondition[],
  actions: Partial<RoutingActions> = {},
): AssignmentRuleEntry => ({
  id: crypto.randomUUID(),
  name,
  active: true,
  conditions,
  actions: { assign: { to: 'pool' }, addTags: [], notify: [], ...actions },
});

async function saveRules(ctx: UseCaseContext, spaceId: string, rules: AssignmentRuleEntry[]) {
  const { version } = value(await getAssignmentRules(ctx, spaceId));
  return value(await setAssignmentRules(ctx, spaceId, { rules }, version));
}

let externalIds = 0;
async function arrive(fields: Partial<Lead> & { lastName?: string } = {}): Promise<Lead> {
  const { leadId } = value(
    await receiveInboundLead(world.as(admin), world.spaceA, {
      externalId: `x-${(externalIds += 1)}`,
      lastName: 'Arrival',
      ...fields,
    } as Parameters<typeof receiveInboundLead>[2]),
  );
  return (await world.store.leads.get(world.tenantId, leadId))!;
}

beforeAll(async () => {
  admin = world.actor('admin', 'admin', [world.spaceA, world.spaceB]);
  seller = world.actor('ada', 'seller', [world.spaceA]);
  for (const id of SELLERS) await world.user(id, [world.spaceA]);
  await world.user('outsider', [world.spaceB]);
  await world.user('admin', [world.spaceA, world.spaceB]);
  value(
    await setSalesTeams(
      world.as(admin),
      world.spaceA,
      {
        teams: [
          {
            id: teamId,
            name: 'Inside sales',
            members: [
              { userId: 'ada', weight: 1 },
              { userId: 'bo', weight: 1 },
              { userId: 'cy', weight: 2 },
            ],
          },
        ],
      },
      1,
    ),
  );
});

describe('sales teams and rules are kept per space by admins', () => {
  it('refuses a seller, a member from another space, a stale version and a missing team', async () => {
    const teams = value(await getSalesTeams(world.as(admin), world.spaceA));
    expect(teams.teams[0]!.members).toHaveLength(3);
    expect((await getSalesTeams(world.as(seller), world.spaceA)).ok).toBe(false);

    const outsider = await setSalesTeams(
      world.as(admin),
      world.spaceA,
      { teams: [{ ...teams.teams[0]!, members: [{ userId: 'outsider', weight: 1 }] }] },
      teams.version,
    );
    expect(outsider.ok || outsider.error).toMatchObject({
      kind: 'validation',
      fields: [{ path: 'teams.0.members.0.userId', code: 'field.user_not_in_space' }],
    });
    const stale = await setSalesTeams(world.as(admin), world.spaceA, teams, teams.version - 1);
    expect(stale.ok || stale.error.kind).toBe('stale');

    const missing = await setAssignmentRules(
      world.as(admin),
      world.spaceA,
      { rules: [rule('Ghost team', [], { assign: { to: 'team', teamId: crypto.randomUUID() } })] },
      1,
    );
    expect(missing.ok || missing.error).toMatchObject({
      fields: [{ path: 'rules.0.actions.assign.teamId', code: 'field.unknown_team' }],
    });
  });
});

describe('each condition and action, on leads arriving through the inbound use case', () => {
  it('routes by source, country, company, tag, e-mail domain and text; first match wins', async () => {
    await saveRules(world.as(admin), world.spaceA, [
      rule('Poland', [{ kind: 'country', anyOf: ['PL'] }], {
        assign: { to: 'user', userId: 'ada' },
        priority: 'high',
      }),
      rule('ACME', [{ kind: 'company', operator: 'equals', text: 'Acme' }], {
        assign: { to: 'user', userId: 'bo' },
        addTags: ['key-account'],
      }),
      rule('Contains Müller', [{ kind: 'company', operator: 'contains', text: 'muller' }], {
        assign: { to: 'user', userId: 'cy' },
      }),
      rule('VIP tag', [{ kind: 'tag', anyOf: ['VIP'] }], {
        assign: { to: 'user', userId: 'ada' },
        priority: 'urgent',
        notify: ['bo'],
      }),
      rule('Big corp mail', [{ kind: 'email_domain', anyOf: ['bigcorp.com'] }], {
        assign: { to: 'user', userId: 'bo' },
      }),
      rule('CTOs', [{ kind: 'text_contains', field: 'jobTitle', text: 'cto' }], {
        assign: { to: 'user', userId: 'cy' },
      }),
      rule('Forms to the pool', [{ kind: 'source', anyOf: ['web_form'] }], {
        priority: 'low',
      }),
      rule('Other inbound', [{ kind: 'source', anyOf: ['inbound_api'] }], {
        assign: { to: 'team', teamId },
      }),
    ]);
    expect(await arrive({ phone: '+48 601 234 567', company: 'Acme' })).toMatchObject({
      ownerId: 'ada',
      priority: 'high',
    });
    expect(await arrive({ company: 'ACME' })).toMatchObject({
      ownerId: 'bo',
      tags: ['key-account'],
    });
    expect((await arrive({ company: 'Müller GmbH' })).ownerId).toBe('cy');
    const vip = await arrive({ tags: ['vip'] });
    expect(vip).toMatchObject({ ownerId: 'ada', priority: 'urgent' });
    const pending = await world.store.outbox.pending(10_000);
    const routedEvent = pending
      .flatMap((item) => item.events)
      .find((e) => e.recordId === vip.id && e.type === 'lead.routed');
    expect(routedEvent?.data).toMatchObject({ to: 'ada', notify: ['bo'] });
    expect((await arrive({ email: 'jo@BigCorp.com' })).ownerId).toBe('bo');
    expect((await arrive({ jobTitle: 'CTO and founder' })).ownerId).toBe('cy');
    expect(SELLERS).toContain((await arrive()).ownerId);
  });

  it('leaves a lead no active rule matches in the free pool, and a manual lead alone', async () => {
    await saveRules(world.as(admin), world.spaceA, [
      { ...rule('Off', [], { assign: { to: 'user', userId: 'ada' } }), active: false },
      rule('Only calls', [{ kind: 'source', anyOf: ['call'] }], {
        assign: { to: 'user', userId: 'bo' },
      }),
    ]);
    expect((await arrive()).ownerId).toBeUndefined();
    expect((await world.lead(seller, world.spaceA, 'Typed')).ownerId).toBe('ada');
  });

  it('skips a member who is out until they are back', async () => {
    await saveRules(world.as(admin), world.spaceA, [
      rule('Team', [], { assign: { to: 'team', teamId } }),
    ]);
    value(
      await setOutOfOffice(world.as(world.actor('cy', 'seller', [world.spaceA])), {
        outOfOffice: true,
      }),
    );
    const owners = new Set<string | undefined>();
    for (let i = 0; i < 6; i += 1) owners.add((await arrive()).ownerId);
    expect([...owners].sort()).toEqual(['ada', 'bo']);
    value(
      await setOutOfOffice(world.as(world.actor('cy', 'seller', [world.spaceA])), {
        outOfOffice: false,
      }),
    );
  });
});

describe('weighted round-robin', () => {
  const countOwners = (owners: (string | undefined)[]) =>
    Object.fromEntries(SELLERS.map((id) => [id, owners.filter((o) => o === id).length]));

  it('lands 10,000 leads at weights 1/1/2 within ±1, across a restart midway', async () => {
    const freshTeam = crypto.randomUUID();
    value(
      await setSalesTeams(
        world.as(admin),
        world.spaceA,
        {
          teams: [
            ...value(await getSalesTeams(world.as(admin), world.spaceA)).teams,
            {
              id: freshTeam,
              name: 'Weighted',
              members: [
                { userId: 'ada', weight: 1 },
                { userId: 'bo', weight: 1 },
                { userId: 'cy', weight: 2 },
              ],
            },
          ],
        },
        value(await getSalesTeams(world.as(admin), world.spaceA)).version,
      ),
    );
    const rules = [{ ...rule('All', [], { assign: { to: 'team', teamId: freshTeam } }), order: 0 }];
    const leads = Array.from({ length: 500 }, (_, i) => ({
      source: 'csv' as const,
      lastName: `L${i}`,
      tags: [],
    }));
    const route = async (store: CrmStore) => {
      const routing = await loadSpaceRouting(store, world.tenantId, world.spaceA, rules);
      const decisions = await decideRoutes(store, routing, leads, (id, count) =>
        drawTickets(store, { tenantId: world.tenantId, spaceId: world.spaceA, teamId: id }, count),
      );
      return decisions.map((d) => d.assignTo);
    };
    const owners: (string | undefined)[] = [];
    for (let chunk = 0; chunk < 10; chunk += 1) owners.push(...(await route(world.store)));
    const restarted = cosmosStore(
      await openCrmContainer({
        endpoint: test.endpoint,
        key: test.key,
        databaseId: test.databaseId,
      }),
    );
    for (let chunk = 0; chunk < 10; chunk += 1) owners.push(...(await route(restarted)));
    const counts = countOwners(owners);
    expect(Math.abs(counts.ada! - 2500)).toBeLessThanOrEqual(1);
    expect(Math.abs(counts.bo! - 2500)).toBeLessThanOrEqual(1);
    expect(Math.abs(counts.cy! - 5000)).toBeLessThanOrEqual(1);
  });

  it('gives 50 concurrent arrivals one ticket each, within ±1 of the weights', async () => {
    await saveRules(world.as(admin), world.spaceA, [
      rule('Team', [], { assign: { to: 'team', teamId } }),
    ]);
    const counter = { tenantId: world.tenantId, spaceId: world.spaceA, teamId };
    const start = await nextTicket(world.store, counter);
    const arrived = await Promise.all(Array.from({ length: 50 }, () => arrive()));
    expect((await nextTicket(world.store, counter)) - start).toBe(50);
    const counts = countOwners(arrived.map((lead) => lead.ownerId));
    expect(Math.abs(counts.ada! - 12.5)).toBeLessThanOrEqual(1);
    expect(Math.abs(counts.bo! - 12.5)).toBeLessThanOrEqual(1);
    expect(Math.abs(counts.cy! - 25)).toBeLessThanOrEqual(1);
  });
  it('hands draws waiting together consecutive tickets in the order asked; a reserved one keeps its own', async () => {
    const counter = {
      tenantId: world.tenantId,
      spaceId: world.spaceA,
      teamId: crypto.randomUUID(),
    };
    const asked = [
      { count: 3 },
      { count: 1 },
      { count: 4 },
      { count: 2, reservationKey: 'import:job:chunk-1' },
      { count: 5 },
    ];
    const firsts = await Promise.all(
      asked.map(({ count, reservationKey }) =>
        drawTickets(world.store, counter, count, reservationKey),
      ),
    );
    const consecutive = asked.map((_, i) =>
      asked.slice(0, i).reduce((sum, { count }) => sum + count, 0),
    );
    expect(firsts).toEqual(consecutive);
    expect(await drawTickets(world.store, counter, 2, 'import:job:chunk-1')).toBe(firsts[3]);
    const total = asked.reduce((sum, { count }) => sum + count, 0);
    expect(await nextTicket(world.store, counter)).toBe(total);
  });
});

describe('dry run and routing on demand', () => {
  it('predicts exactly what the rules then do, and writes nothing', async () => {
    await saveRules(world.as(admin), world.spaceB, []);
    const pooled: Lead[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { leadId } = value(
        await receiveInboundLead(world.as(admin), world.spaceB, {
          externalId: `b-${i}`,
          lastName: `B${i}`,
          tags: i % 2 ? ['vip'] : [],
        } as Parameters<typeof receiveInboundLead>[2]),
      );
      pooled.push((await world.store.leads.get(world.tenantId, leadId))!);
    }
    await world.user('dee', [world.spaceB]);
    await world.user('eve', [world.spaceB]);
    const bTeam = crypto.randomUUID();
    value(
      await setSalesTeams(
        world.as(admin),
        world.spaceB,
        {
          teams: [
            {
              id: bTeam,
              name: 'B',
              members: [
                { userId: 'dee', weight: 1 },
                { userId: 'eve', weight: 2 },
              ],
            },
          ],
        },
        1,
      ),
    );
    const rules = [
      rule('VIP', [{ kind: 'tag', anyOf: ['vip'] }], {
        assign: { to: 'team', teamId: bTeam },
        priority: 'high',
      }),
    ];
    const dry = value(await dryRunAssignmentRules(world.as(admin), world.spaceB, { rules }));
    expect(dry.items.map((row) => row.leadId)).toEqual(pooled.map((l) => l.id).reverse());
    expect(dry.items.every((row) => row.actual.ownerId === undefined)).toBe(true);
    expect((await world.store.leads.get(world.tenantId, pooled[1]!.id))!.version).toBe(1);

    await saveRules(world.as(admin), world.spaceB, rules);
    const routed = value(await routeLeads(world.as(admin), { ids: pooled.map((l) => l.id) }));
    const predicted = new Map(dry.items.map((row) => [row.leadId, row.predicted.ownerId]));
    for (const item of routed.items) {
      expect(item.outcome).toBe(predicted.get(item.leadId) ? 'routed' : 'unmatched');
      expect(item.placement?.ownerId).toBe(predicted.get(item.leadId));
    }
    expect((await routeLeads(world.as(seller), { ids: [pooled[0]!.id] })).ok).toBe(false);
  });
});
