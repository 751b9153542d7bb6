import { recordSpaceRoster, RosterInput, type Actor, type Space } from '@channel-crm/domain/server';
import type { BotServices } from '../bot-services';
import type { IncomingActivity, RosterMember } from './activity';
import { tenantOf, threadOf } from './teams';

/** Teams itself tells the bot who is on a team: an admin system actor, as the use case asks. */
const teamsActor = (tenantId: string): Actor => ({
  tenantId,
  userId: 'system:teams-roster',
  name: 'Microsoft Teams',
  role: 'admin',
  spaceIds: [],
  subordinateIds: [],
});

/** The spaces (CRM tabs) pinned in this activity's team or channel. */
export async function spacesOf(a: IncomingActivity, services: BotServices, tenantId: string) {
  const teamId = a.channelData?.team?.id;
  const channelIds = [a.channelData?.channel?.id, threadOf(a.conversation.id)].filter(Boolean);
  const spaces = await services.store.spaces.listAll(tenantId);
  return spaces.filter(
    (s: Space) =>
      (teamId !== undefined && s.teamId === teamId) ||
      (s.channelId !== undefined && channelIds.includes(s.channelId)),
  );
}

const asMember = (m: RosterMember) => {
  const email = m.email ?? m.userPrincipalName;
  if (!m.aadObjectId || !email) return [];
  return [{ userId: m.aadObjectId, name: m.name?.trim() || email, email }];
};

export type RosterChange = { members?: RosterMember[]; added?: RosterMember[]; removed?: string[] };

/** Records a team's roster (or who joined and left) as the members of its spaces. */
export async function recordRoster(
  a: IncomingActivity,
  services: BotServices,
  change: RosterChange,
): Promise<void> {
  const tenantId = tenantOf(a);
  if (!tenantId) return;
  const spaces = await spacesOf(a, services, tenantId);
  if (spaces.length === 0) return;
  const input = RosterInput.safeParse({
    ...(change.members ? { members: change.members.flatMap(asMember) } : {}),
    added: (change.added ?? []).flatMap(asMember),
    removed: change.removed ?? [],
  });
  if (!input.success) throw new Error(`Unusable roster: ${input.error.message}`);
  const ctx = {
    actor: teamsActor(tenantId),
    store: services.store,
    clock: services.clock,
    ids: services.ids,
    commitId: `roster:${a.id ?? services.ids.uuid()}`,
  };
  for (const space of spaces) {
    const recorded = await recordSpaceRoster(ctx, space.id, input.data);
    if (!recorded.ok) throw new Error(`Roster of space ${space.id}: ${recorded.error.message}`);
  }
}
