import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS, demoUser } from '../support/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const tokens: Record<string, string> = {};
const spaces = DEMO_TENANTS[0]!.spaces;
const france = spaces.find((s) => s.name === 'Ventes France')!.id;
const dach = spaces.find((s) => s.name === 'DACH Enterprise')!.id;

type Doc = { id: string; version: number; possibleDuplicate?: { ids: string[]; hidden: number } };
type Pairs = { items: { record: Doc; match: Doc }[]; continuation?: string };

beforeAll(async () => {
  t = await startTestApp();
  for (const name of ['Élodie Martin', 'Lukas Schmidt', 'Ioana Popescu']) {
    tokens[name] = await t.tokenFor(demoUser(name).id);
  }
});
afterAll(() => t.dispose());

async function created(who: string, path: string, body: object): Promise<Doc> {
  const reply = await t.request('POST', path, { token: tokens[who], body });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body as Doc;
}

/** Every pair the user is shown, as [record id, match id], from every page. */
async function pairsSeenBy(who: string, type: string): Promise<string[][]> {
  const seen: string[][] = [];
  let continuation: string | undefined;
  do {
    const query = new URLSearchParams({ type, limit: '20', ...(continuation && { continuation }) });
    const reply = await t.request('GET', `/duplicates?${query}`, { token: tokens[who] });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const page = reply.body as Pairs;
    seen.push(...page.items.map((pair) => [pair.record.id, pair.match.id]));
    continuation = page.continuation;
  } while (continuation);
  return seen;
}

const mentions = (pairs: string[][], id: string) => pairs.some((pair) => pair.includes(id));

describe('the duplicates view over HTTP', () => {
  it('never shows a seller a pair with a lead of a space they are not in', async () => {
    const email = 'hanna.vogt@vogt-werk.example';
    const dachLead = await created('Lukas Schmidt', '/leads', {
      spaceId: dach,
      lastName: 'Vogt',
      email,
    });
    const franceLead = await created('Ioana Popescu', '/leads', {
      spaceId: france,
      lastName: 'Vogt',
      email,
    });
    expect(franceLead.possibleDuplicate?.ids).toEqual([dachLead.id]);

    expect(await pairsSeenBy('Ioana Popescu', 'lead')).toContainEqual([franceLead.id, dachLead.id]);
    const elodie = await pairsSeenBy('Élodie Martin', 'lead');
    expect(mentions(elodie, dachLead.id)).toBe(false);
    expect(mentions(elodie, franceLead.id)).toBe(false);
  });

  it("never shows a pair with another user's private account", async () => {
    const website = 'https://www.brenner-metall.example';
    const hidden = await created('Ioana Popescu', '/accounts', {
      name: 'Brenner Metall',
      website,
      private: true,
      spaceIds: [france],
    });
    const shared = await created('Ioana Popescu', '/accounts', {
      name: 'Brenner Metall GmbH',
      website,
      spaceIds: [france],
    });
    expect(shared.possibleDuplicate?.ids).toEqual([hidden.id]);

    expect(await pairsSeenBy('Ioana Popescu', 'account')).toContainEqual([shared.id, hidden.id]);
    expect(mentions(await pairsSeenBy('Élodie Martin', 'account'), hidden.id)).toBe(false);
  });

  it('drops a pair once it is not a duplicate, or once one side is merged away', async () => {
    const first = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Roux',
      email: 'nina.roux@roux-bois.example',
    });
    const second = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Roux',
      email: 'Nina.Roux@roux-bois.example',
    });
    const third = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Roux',
      email: 'NINA.ROUX@ROUX-BOIS.EXAMPLE',
    });
    const before = await pairsSeenBy('Élodie Martin', 'lead');
    expect(before).toContainEqual([second.id, first.id]);
    expect(before).toContainEqual([third.id, first.id]);

    const stale = await t.request('POST', '/duplicates/dismiss', {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${second.version + 1}"` },
      body: { type: 'lead', id: second.id, matchId: first.id },
    });
    expect(stale.status).toBe(412);
    const dismissed = await t.request('POST', '/duplicates/dismiss', {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${second.version}"` },
      body: { type: 'lead', id: second.id, matchId: first.id },
    });
    expect(dismissed.status).toBe(200);
    expect((dismissed.body as Doc).possibleDuplicate).toBeUndefined();
    const kept = await pairsSeenBy('Élodie Martin', 'lead');
    expect(kept).not.toContainEqual([second.id, first.id]);
    expect(kept).toContainEqual([third.id, first.id]);

    const merged = await t.request('POST', `/leads/${third.id}/merge`, {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${third.version}"` },
      body: { mergedId: first.id },
    });
    expect(merged.status).toBe(200);

    const after = await pairsSeenBy('Élodie Martin', 'lead');
    expect(mentions(after, first.id)).toBe(false);
    expect(after).toContainEqual([third.id, second.id]);
  });

  it('shows two leads flagging each other as one pair, and dismisses it on both', async () => {
    const first = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Petit',
      email: 'marie@petit-fleurs.example',
    });
    const second = await created('Élodie Martin', '/leads', {
      spaceId: france,
      firstName: 'Marie',
      lastName: 'Petit',
      email: 'marie@petit-fleurs.example',
    });
    // Editing the first one's e-mail looks again and flags it with the second.
    const edited = await t.request('PATCH', `/leads/${first.id}`, {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${first.version}"` },
      body: { email: 'Marie@Petit-Fleurs.example' },
    });
    expect((edited.body as Doc).possibleDuplicate?.ids).toEqual([second.id]);

    const between = (pairs: string[][]) =>
      pairs.filter((pair) => pair.includes(first.id) && pair.includes(second.id));
    expect(between(await pairsSeenBy('Élodie Martin', 'lead'))).toHaveLength(1);

    const dismissed = await t.request('POST', '/duplicates/dismiss', {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${second.version}"` },
      body: { type: 'lead', id: second.id, matchId: first.id },
    });
    expect(dismissed.status).toBe(200);
    expect(between(await pairsSeenBy('Élodie Martin', 'lead'))).toEqual([]);
    const firstNow = await t.request('GET', `/leads/${first.id}`, {
      token: tokens['Élodie Martin'],
    });
    expect((firstNow.body as Doc).possibleDuplicate).toBeUndefined();
  });

  it('does not flag a dismissed pair again when either is edited, only other matches', async () => {
    const email = 'paul@garnier-cuir.example';
    const first = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Garnier',
      email,
    });
    const second = await created('Élodie Martin', '/leads', {
      spaceId: france,
      firstName: 'Paul',
      lastName: 'Garnier',
      email,
    });
    const dismissed = await t.request('POST', '/duplicates/dismiss', {
      token: tokens['Élodie Martin'],
      headers: { 'if-match': `"${second.version}"` },
      body: { type: 'lead', id: second.id, matchId: first.id },
    });
    expect(dismissed.status).toBe(200);

    const edit = async (lead: Doc, body: object) => {
      const current = await t.request('GET', `/leads/${lead.id}`, {
        token: tokens['Élodie Martin'],
      });
      const reply = await t.request('PATCH', `/leads/${lead.id}`, {
        token: tokens['Élodie Martin'],
        headers: { 'if-match': `"${(current.body as Doc).version}"` },
        body,
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return reply.body as Doc;
    };
    expect((await edit(second, { email: 'Paul@Garnier-Cuir.example' })).possibleDuplicate).toBe(
      undefined,
    );
    expect((await edit(first, { email: 'PAUL@garnier-cuir.example' })).possibleDuplicate).toBe(
      undefined,
    );
    const between = (pairs: string[][]) =>
      pairs.filter((pair) => pair.includes(first.id) && pair.includes(second.id));
    expect(between(await pairsSeenBy('Élodie Martin', 'lead'))).toEqual([]);

    const third = await created('Élodie Martin', '/leads', {
      spaceId: france,
      lastName: 'Garnier',
      email,
    });
    expect(third.possibleDuplicate?.ids.toSorted()).toEqual([first.id, second.id].toSorted());
    expect((await edit(first, { email })).possibleDuplicate?.ids).toEqual([third.id]);
  });

  it('refuses a record type it does not know with a 400 naming the field', async () => {
    const reply = await t.request('GET', '/duplicates?type=deal', {
      token: tokens['Élodie Martin'],
    });
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toContain('type');
  });
});
