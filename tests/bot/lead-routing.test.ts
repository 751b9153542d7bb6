import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../support/demo-data';
import { cardAction } from '../support/bot-activities';
import { startBotHarness, teamsPerson, type BotHarness } from '../support/bot-harness';
import { installPersonally } from '../support/bot-scenario';

// Leads arriving through the inbound endpoint are routed by the space's rules in their own
// write, and the dispatch that follows the write sends the chosen member their card.

type CardAction = { type: string; title: string; verb?: string; data?: Record<string, unknown> };
type Card = { body: unknown[]; actions?: CardAction[] };
type Lead = {
  id: string;
  version: number;
  ownerId?: string;
  claimedBy?: string;
  firstTouchedAt?: string;
  priority?: string;
  tags: string[];
};
type InvokeBody = { statusCode: number; value: Card };
type DryRun = { items: { leadId: string; predicted: { ownerId?: string } }[] };
type Routed = { items: { leadId: string; outcome: string; placement?: { ownerId?: string } }[] };

let h: BotHarness;
let keyToken: string;
const france = DEMO_TENANTS[0]!.spaces[0]!.id;
const admin = teamsPerson('Claire Dubois');
const elodie = teamsPerson('Élodie Martin');
const ioana = teamsPerson('Ioana Popescu');
const jonas = teamsPerson('Jonas Becker');
const teamId = crypto.randomUUID();

const cardsTo = (userId: string) =>
  h.emulator.delivered
    .filter((d) => d.userId === userId && d.kind === 'send')
    .map((d) => (d.activity.attachments as { content: Card }[])[0]!.content);
const cardNaming = async (userId: string, text: string) => {
  const naming = () => cardsTo(userId).find((card) => JSON.stringify(card.body).includes(text));
  await h.emulator.waitFor(() => naming() !== undefined, 15_000);
  return naming()!;
};

const team = [elodie, ioana, jonas];
const personOf = (userId: string) => team.find((p) => p.userId === userId)!;
const factsOf = (card: Card) => JSON.stringify(card.body);
const claimOf = (card: Card) => card.actions?.find((a) => a.verb === 'lead.claim');

/** Someone presses a card's Action.Execute in their personal chat; the answer is the new card. */
async function press(user: (typeof team)[number], action: CardAction, data = action.data) {
  const reply = await h.post(
    cardAction(h.emulator.serviceUrl, user, user.conversationId!, action.verb!, data ?? {}),
  );
  expect(reply.status).toBe(200);
  return (reply.body as InvokeBody).value;
}

const asAdmin = <T>(method: string, path: string, body?: unknown, version?: number) =>
  h.write<T>(method, path, admin.userId, body, version);

async function send(lead: Record<string, unknown>): Promise<Lead> {
  const reply = await h.t.request('POST', `/inbound/spaces/${france}/leads`, {
    rawBody: JSON.stringify(lead),
    headers: { authorization: `Bearer ${keyToken}` },
  });
  expect(reply.status).toBeLessThan(300);
  const { leadId } = reply.body as { leadId: string };
  return (await h.t.app.store!.leads.get(admin.tenantId, leadId)) as unknown as Lead;
}

const rule = (name: string, tag: string) => ({
  id: crypto.randomUUID(),
  name,
  conditions: [{ kind: 'tag', anyOf: [tag] }],
  actions: { assign: { to: 'team', teamId }, priority: 'high', notify: [jonas.userId] },
});

beforeAll(async () => {
  h = await startBotHarness({}, { timers: false });
  await installPersonally(h, [elodie, ioana, jonas]);
  keyToken = (
    await asAdmin<{ token: string }>('POST', `/spaces/${france}/api-keys`, {
      name: 'Routing test',
      ratePerMinute: 1000,
    })
  ).token;
  await asAdmin(
    'PUT',
    `/spaces/${france}/sales-teams`,
    {
      teams: [
        {
          id: teamId,
          name: 'Inbound desk',
          members: [
            { userId: elodie.userId, weight: 1 },
            { userId: ioana.userId, weight: 1 },
            { userId: jonas.userId, weight: 2 },
          ],
        },
      ],
    },
    1,
  );
}, 120_000);
afterAll(() => h?.close());

it('refuses a rule whose team is not in the space with 400 at the field', async () => {
  const reply = await h.t.request('PUT', `/spaces/${france}/assignment-rules`, {
    token: await h.t.tokenFor(admin.userId),
    body: {
      rules: [
        { ...rule('Ghost', 'x'), actions: { assign: { to: 'team', teamId: crypto.randomUUID() } } },
      ],
    },
    headers: { 'if-match': '"1"' },
  });
  expect(reply.status).toBe(400);
  expect(JSON.stringify(reply.body)).toContain('rules.0.actions.assign.teamId');
});

it('gives a matching inbound lead to a team member, whose card carries Claim and Open', async () => {
  await asAdmin('PUT', `/spaces/${france}/assignment-rules`, { rules: [rule('Hot', 'hot')] }, 1);
  const lead = await send({ externalId: 'route-1', lastName: 'Routedsson', tags: ['hot'] });
  expect([elodie.userId, ioana.userId, jonas.userId]).toContain(lead.ownerId);
  expect(lead.priority).toBe('high');
  const card = await cardNaming(lead.ownerId!, 'Routedsson');
  expect(claimOf(card)?.type).toBe('Action.Execute');
  expect(card.actions!.map((a) => a.title)).toContain('Open in tab');
  const unmatched = await send({ externalId: 'route-2', lastName: 'Poolsson' });
  expect(unmatched.ownerId).toBeUndefined();
});

it('claims a routed lead from its card once; a colleague pressing Claim is told who has it', async () => {
  const lead = await send({ externalId: 'route-claim', lastName: 'Claimsson', tags: ['hot'] });
  const owner = personOf(lead.ownerId!);
  const card = await cardNaming(owner.userId, 'Claimsson');
  const claim = claimOf(card)!;

  const claimed = await press(owner, claim);
  expect(factsOf(claimed)).toContain('Claimed by');
  expect(factsOf(claimed)).toContain(owner.name);
  expect(claimOf(claimed)).toBeUndefined();
  const stored = (await h.t.app.store!.leads.get(admin.tenantId, lead.id)) as unknown as Lead;
  expect(stored).toMatchObject({ ownerId: owner.userId, claimedBy: owner.userId });
  expect(stored.firstTouchedAt).toBeDefined();

  // A double click presses the same action again: the same card, nothing written.
  const again = await press(owner, claim);
  expect(claimOf(again)).toBeUndefined();
  const unchanged = (await h.t.app.store!.leads.get(admin.tenantId, lead.id)) as unknown as Lead;
  expect(unchanged.version).toBe(stored.version);

  // A colleague pressing Claim on a card of the lead (another press) changes nothing either.
  const colleague = team.find((p) => p.userId !== owner.userId)!;
  const refused = await press(colleague, claim, {
    ...claim.data,
    actionId: crypto.randomUUID(),
    version: stored.version,
  });
  expect(factsOf(refused)).toMatch(/someone else claimed this lead first/i);
  expect(factsOf(refused)).toContain(owner.name);
  expect(claimOf(refused)).toBeUndefined();
  const still = (await h.t.app.store!.leads.get(admin.tenantId, lead.id)) as unknown as Lead;
  expect(still).toMatchObject({ version: stored.version, claimedBy: owner.userId });
});

it('routes 50 concurrent arrivals at weights 1/1/2 within ±1', async () => {
  const leads = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      send({ externalId: `burst-${i}`, lastName: `Burst ${i}`, tags: ['hot'] }),
    ),
  );
  const count = (userId: string) => leads.filter((l) => l.ownerId === userId).length;
  expect(Math.abs(count(elodie.userId) - 12.5)).toBeLessThanOrEqual(1);
  expect(Math.abs(count(ioana.userId) - 12.5)).toBeLessThanOrEqual(1);
  expect(Math.abs(count(jonas.userId) - 25)).toBeLessThanOrEqual(1);
});

it('dry-runs edited rules exactly as routing them then does, writing nothing', async () => {
  const later = [];
  for (let i = 0; i < 5; i += 1)
    later.push(await send({ externalId: `later-${i}`, lastName: `Later ${i}`, tags: ['later'] }));
  expect(later.every((l) => l.ownerId === undefined)).toBe(true);
  const edited = [rule('Hot', 'hot'), rule('Later', 'later')];
  const dry = await asAdmin<DryRun>('POST', `/spaces/${france}/assignment-rules/dry-run`, {
    rules: edited,
  });
  const predicted = new Map(dry.items.map((row) => [row.leadId, row.predicted.ownerId]));
  expect(later.every((l) => predicted.get(l.id) !== undefined)).toBe(true);
  const saved = await asAdmin<{ version: number }>('GET', `/spaces/${france}/assignment-rules`);
  await asAdmin('PUT', `/spaces/${france}/assignment-rules`, { rules: edited }, saved.version);
  // Routing the same leads in the order they arrived lands each where the dry run said.
  const arrivalOrder = dry.items.map((row) => row.leadId).reverse();
  const routed = await asAdmin<Routed>('POST', '/leads/route', { ids: arrivalOrder });
  expect(routed.items.map((i) => i.placement?.ownerId)).toEqual(
    arrivalOrder.map((id) => predicted.get(id)),
  );
});
