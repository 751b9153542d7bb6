// The virtual users of the mixed load: demo sellers signed in with dev-issuer tokens, each
// with the opportunities it writes to.

/** A record a virtual user writes to, with the open stages of its pipeline. */
export type Target = { id: string; openStageIds: string[]; expected412: boolean };

export type VirtualUser = {
  name: string;
  token: string;
  /** Opportunities only this virtual user writes to: a 412 on them is unexpected. */
  own: Target[];
  /** One opportunity all virtual users signed in as the same seller edit, by design. */
  contested: Target;
  searchWords: string[];
};

type DevUser = { tenantId: string; id: string; name: string; role: string };
type Listed = { id: string; name: string; pipelineId: string; ownerId: string };
type Pipeline = { id: string; stages: { id: string; kind: string }[] };

/** Records each virtual user owns alone, so every seller has 1 + slots × this. */
const OWN_PER_USER = 2;

async function call<T>(api: string, token: string, path: string, init: RequestInit = {}) {
  const reply = await fetch(`${api}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  if (!reply.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${reply.status}`);
  return (await reply.json()) as T;
}

async function signIn(api: string, user: DevUser): Promise<string> {
  const reply = await fetch(`${api}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, tenantId: user.tenantId }),
  });
  if (!reply.ok) throw new Error(`dev token for ${user.name}: ${reply.status}`);
  return ((await reply.json()) as { token: string }).token;
}

/** The seller's open opportunities, creating the missing ones so that each slot has its own. */
async function ownedOpportunities(api: string, token: string, user: DevUser, wanted: number) {
  const query = `ownerId=${user.id}&status=open&limit=100&sort=createdAt&direction=asc`;
  let owned = (await call<{ items: Listed[] }>(api, token, `/opportunities?${query}`)).items;
  if (owned.length < wanted) {
    const me = await call<{ spaces: { id: string }[] }>(api, token, '/me');
    for (let i = owned.length; i < wanted; i++)
      await call(api, token, '/opportunities', {
        method: 'POST',
        body: JSON.stringify({ spaceId: me.spaces[0]!.id, name: `Load deal ${i + 1}` }),
      });
    owned = (await call<{ items: Listed[] }>(api, token, `/opportunities?${query}`)).items;
  }
  return owned.slice(0, wanted);
}

async function openStagesByPipeline(api: string, token: string): Promise<Map<string, string[]>> {
  const me = await call<{ spaces: { id: string }[] }>(api, token, '/me');
  const stages = new Map<string, string[]>();
  for (const space of me.spaces) {
    const { items } = await call<{ items: Pipeline[] }>(
      api,
      token,
      `/spaces/${space.id}/pipelines`,
    );
    for (const p of items)
      stages.set(
        p.id,
        p.stages.filter((s) => s.kind === 'open').map((s) => s.id),
      );
  }
  return stages;
}

/**
 * `count` virtual users over the demo sellers in turn (several tabs of the same seller), each
 * with its own slice of that seller's opportunities plus the one they share.
 */
export async function prepareVirtualUsers(api: string, count: number): Promise<VirtualUser[]> {
  const sellers = (await (await fetch(`${api}/dev/users`)).json()) as DevUser[];
  const demoSellers = sellers.filter((u) => u.role === 'seller');
  const slots = Math.ceil(count / demoSellers.length);
  const perSeller = await Promise.all(
    demoSellers.map(async (seller) => {
      const token = await signIn(api, seller);
      const owned = await ownedOpportunities(api, token, seller, 1 + slots * OWN_PER_USER);
      const stages = await openStagesByPipeline(api, token);
      const target = (o: Listed, expected412: boolean): Target => ({
        id: o.id,
        openStageIds: stages.get(o.pipelineId) ?? [],
        expected412,
      });
      const searchWords = [...new Set(owned.map((o) => o.name.split(/\s+/)[0]!))];
      return { seller, token, owned, target, searchWords };
    }),
  );
  return Array.from({ length: count }, (_, i) => {
    const { seller, token, owned, target, searchWords } = perSeller[i % perSeller.length]!;
    const slot = Math.floor(i / perSeller.length);
    return {
      name: `${seller.name} #${slot + 1}`,
      token,
      contested: target(owned[0]!, true),
      own: owned
        .slice(1)
        .filter((_, j) => j % slots === slot)
        .map((o) => target(o, false)),
      searchWords,
    };
  });
}
