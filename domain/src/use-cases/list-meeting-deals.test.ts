import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Account } from '../model/account';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import { closeOpportunity } from './close-opportunity';
import { createContact } from './create-contact';
import { createOpportunity } from './create-opportunity';
import { getMeetingDeals } from './get-meeting-deals';
import { listMeetingDeals } from './list-meeting-deals';
import type { MeetingDirectory } from '../store/meeting-ports';

const { w: world } = worldPerFile();
let anna: Actor;
let nils: Actor;
let alpha: Account;
let beta: Account;

const deal = async (name: string, account: Account) =>
  value(
    await createOpportunity(world.as(anna), {
      spaceId: world.spaceA,
      name,
      tags: [],
      accountId: account.id,
    }),
  );

beforeAll(async () => {
  await world.pipeline(world.spaceA);
  anna = world.actor('anna', 'seller', [world.spaceA]);
  nils = world.actor('nils', 'seller', [world.spaceB]);
  alpha = await world.account(world.spaceA, 'Alpha GmbH');
  beta = await world.account(world.spaceA, 'Beta SA');
  for (const [lastName, email, account] of [
    ['Vogel', 'greta.vogel@alpha.example', alpha],
    ['Nowak', 'piotr@beta.example', beta],
  ] as const) {
    value(
      await createContact(world.as(anna), {
        lastName,
        email,
        accountId: account.id,
        spaceIds: [world.spaceA],
        champion: false,
        global: false,
        tags: [],
      }),
    );
  }
  await deal('Alpha renewal', alpha);
  const won = await deal('Alpha pilot', alpha);
  value(
    await closeOpportunity(
      world.as(anna),
      won.id,
      { outcome: 'won', reason: 'Signed' },
      won.version,
    ),
  );
  await deal('Beta rollout', beta);
});

describe('the deals of a meeting’s invitees', () => {
  it('lists the open deals of the accounts whose contacts are invited, found by e-mail', async () => {
    const found = value(
      await listMeetingDeals(world.as(anna), [
        'Greta.Vogel@Alpha.example',
        'someone@gamma.example',
        'not an address',
      ]),
    );
    expect(found.map((a) => a.account)).toEqual([{ id: alpha.id, name: 'Alpha GmbH' }]);
    expect(found[0]!.opportunities.map((o) => o.name)).toEqual(['Alpha renewal']);
  });

  it('shows nothing of contacts the user may not see', async () => {
    const invitees = ['greta.vogel@alpha.example', 'piotr@beta.example'];
    expect(value(await listMeetingDeals(world.as(anna), invitees))).toHaveLength(2);
    expect(value(await listMeetingDeals(world.as(nils), invitees))).toEqual([]);
  });
});

describe('a meeting’s side panel', () => {
  const CHAT = '19:meeting_abc@thread.v2';
  const directory = (memberIds: string[]): MeetingDirectory => ({
    rosterOf: async (_tenantId, chatId) =>
      chatId === CHAT
        ? { memberIds, inviteeEmails: ['piotr@beta.example'], partial: true }
        : undefined,
  });

  it('answers a member with the deals, and says the roster was partial and had no title', async () => {
    const panel = value(await getMeetingDeals(world.as(anna), directory([anna.userId]), CHAT));
    expect(panel.meeting).toEqual({ chatId: CHAT });
    expect(panel.inviteesPartial).toBe(true);
    expect(panel.accounts.map((a) => a.account.name)).toEqual(['Beta SA']);
  });

  it('does not tell a non-member, or anyone, of a chat it does not know', async () => {
    const notMember = await getMeetingDeals(world.as(anna), directory([nils.userId]), CHAT);
    expect(notMember.ok || notMember.error.code).toBe('not_found');
    const unknown = await getMeetingDeals(
      world.as(anna),
      directory([anna.userId]),
      '19:x@thread.v2',
    );
    expect(unknown.ok || unknown.error.code).toBe('not_found');
  });
});
