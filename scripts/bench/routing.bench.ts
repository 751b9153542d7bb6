// A burst of 1,000 inbound leads that one assignment rule hands to a sales team by weighted
// round-robin: leads routed per second through the inbound endpoint, and from each POST to the
// chosen member's card at the Bot Connector emulator (p50/p95; the cards are paced by the
// notifier's per-conversation limits, which the figure includes on purpose). The POST → card
// figure is bounded by Teams' per-conversation limit (2 cards/s sustained to each member): the
// `teams_bound` figures are what the same POSTs' cards would take if nothing else delayed them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBotRuntime, createNotifier, provideBotRuntime } from '@channel-crm/bot';
import { randomIds, systemClock } from '@channel-crm/domain/server';
import { startLocalApp } from '../local-app';
import { startAzurite } from '../local/notifications';
import { DEMO_TENANTS } from '../seed/demo-org';
import {
  earliestUnderConversationLimits,
  installFor,
  startEmulator,
  type Delivered,
} from './bot-connector';
import { percentile, type BenchFigure } from './figure';

const LEADS = 1_000;
/** Senders posting at once, as a marketing tool's workers would. */
const CONCURRENCY = 10;
const CARDS_TIMEOUT_MS = 600_000;

export async function run(): Promise<BenchFigure[]> {
  const azurite = await startAzurite();
  const emulator = await startEmulator();
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-routing-'));
  const app = await startLocalApp({ dataDir, tab: false });
  const notifier = await createNotifier({ storageConnectionString: azurite.connectionString });
  const loop = notifier.startLoop({ concurrency: 16 });
  try {
    const runtime = createBotRuntime({
      store: app.store!,
      clock: systemClock,
      ids: randomIds,
      notifier,
      auth: {},
      tab: { appId: 'bench', entityId: 'my-crm' },
    });
    provideBotRuntime(async () => runtime);
    const tenant = DEMO_TENANTS[0]!;
    const space = tenant.spaces[0]!.id;
    const admin = tenant.users.find((u) => u.role === 'admin')!;
    const team = tenant.users.filter((u) => u.role !== 'partner' && u.spaces.includes(space));
    for (const u of team) await installFor(notifier, emulator, tenant.id, u.id);
    const api = `${app.api!.url}/api`;
    const { token } = (await fetch(`${api}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: admin.id }),
    }).then((r) => r.json())) as { token: string };
    const asAdmin = async <T>(method: string, path: string, body: unknown, version?: number) => {
      const res = await fetch(`${api}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const teamId = crypto.randomUUID();
    await asAdmin(
      'PUT',
      `/spaces/${space}/sales-teams`,
      {
        teams: [
          {
            id: teamId,
            name: 'Bench desk',
            members: team.map((u, i) => ({ userId: u.id, weight: (i % 2) + 1 })),
          },
        ],
      },
      1,
    );
    const rule = {
      id: crypto.randomUUID(),
      name: 'Everyone',
      actions: { assign: { to: 'team', teamId } },
    };
    await asAdmin('PUT', `/spaces/${space}/assignment-rules`, { rules: [rule] }, 1);
    const key = await asAdmin<{ token: string }>('POST', `/spaces/${space}/api-keys`, {
      name: 'Bench burst',
      ratePerMinute: 6000,
    });

    const posted = new Map<string, number>();
    let next = 0;
    const started = Date.now();
    const sender = async () => {
      while (next < LEADS) {
        const i = next++;
        const at = Date.now();
        const res = await fetch(`${api}/inbound/spaces/${space}/leads`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ externalId: `bench-${i}`, lastName: `Burst ${i}` }),
        });
        if (!res.ok) throw new Error(`inbound lead ${i}: ${res.status} ${await res.text()}`);
        posted.set(((await res.json()) as { leadId: string }).leadId, at);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, sender));
    const seconds = (Date.now() - started) / 1000;

    const cardAt = new Map<string, { at: number; userId: string }>();
    let read = 0;
    /** The lead a card is about: its actions carry the record's id. */
    const collect = (delivered: Delivered[]) => {
      for (; read < delivered.length; read += 1) {
        const d = delivered[read]!;
        const leadId = /"recordId":"([0-9a-f-]{36})"/.exec(JSON.stringify(d.activity))?.[1];
        if (leadId && posted.has(leadId) && !cardAt.has(leadId))
          cardAt.set(leadId, { at: d.at, userId: d.userId ?? '' });
      }
      return cardAt.size >= LEADS;
    };
    const arrived = await emulator
      .waitFor(() => collect(emulator.delivered), CARDS_TIMEOUT_MS)
      .then(() => true)
      .catch(() => false);
    const latencies = [...cardAt].map(([leadId, card]) => card.at - posted.get(leadId)!);
    const byPost = [...cardAt].sort(([a], [b]) => posted.get(a)! - posted.get(b)!);
    const earliest = await earliestUnderConversationLimits(
      byPost.map(([leadId, card]) => ({ conversation: card.userId, from: posted.get(leadId)! })),
    );
    const bound = byPost.map(([leadId], i) => earliest[i]! - posted.get(leadId)!);
    const perMember = new Map<string, number>();
    for (const card of cardAt.values())
      perMember.set(card.userId, (perMember.get(card.userId) ?? 0) + 1);
    const busiest = Math.max(...perMember.values());
    return [
      {
        name: 'routing.burst.leads_per_s',
        value: Math.round((LEADS / seconds) * 10) / 10,
        unit: 'leads/s',
      },
      { name: 'routing.burst.post_to_card.p50', value: percentile(latencies, 50), unit: 'ms' },
      { name: 'routing.burst.post_to_card.p95', value: percentile(latencies, 95), unit: 'ms' },
      {
        name: 'routing.burst.post_to_card.teams_bound.p50',
        value: percentile(bound, 50),
        unit: 'ms',
      },
      {
        name: 'routing.burst.post_to_card.teams_bound.p95',
        value: percentile(bound, 95),
        unit: 'ms',
      },
      { name: 'routing.burst.busiest_member_cards', value: busiest, unit: 'count' },
      {
        name: 'routing.burst.cards_missing',
        value: arrived ? 0 : LEADS - cardAt.size,
        unit: 'count',
      },
    ];
  } finally {
    await loop.stop();
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
    await emulator.close();
    await azurite.close();
  }
}
