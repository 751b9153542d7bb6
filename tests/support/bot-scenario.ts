import { randomUUID } from 'node:crypto';
import type { Opportunity } from '@channel-crm/domain';
import { expect } from 'vitest';
import { personalInstall } from './bot-activities';
import type { BotHarness, teamsPerson } from './bot-harness';

type Person = ReturnType<typeof teamsPerson>;

/** Installs the bot in each person's personal chat, as Teams does on first use. */
export async function installPersonally(h: BotHarness, people: Person[]): Promise<void> {
  for (const u of people) {
    u.conversationId = h.emulator.install(u.tenantId, u.userId);
    expect((await h.post(personalInstall(h.emulator.serviceUrl, u, u.conversationId))).status).toBe(
      200,
    );
  }
}

/** `owner` creates an opportunity in the space, then each follower follows it in turn. */
export async function followedOpportunity(
  h: BotHarness,
  owner: Person,
  fields: { spaceId: string; name: string },
  followers: Person[],
): Promise<Opportunity> {
  let opportunity = await h.write<Opportunity>('POST', '/opportunities', owner.userId, fields);
  for (const u of followers) {
    opportunity = await h.write<Opportunity>(
      'POST',
      `/opportunities/${opportunity.id}/follow`,
      u.userId,
      undefined,
      opportunity.version,
    );
  }
  return opportunity;
}

/** Sets the space's team: that team's roster and General channel then belong to the space. */
export async function pinSpaceToTeam(
  h: BotHarness,
  tenantId: string,
  spaceId: string,
  teamId: string,
): Promise<void> {
  const store = h.t.app.store!;
  const space = (await store.spaces.get(tenantId, spaceId))!;
  const pinned = await store.spaces.commit({ ...space, teamId }, [], {
    expectedVersion: space.version,
    commitId: randomUUID(),
  });
  expect(pinned.ok).toBe(true);
}
