import type { AssignmentRuleEntry, SalesTeamEntry } from '../model/routing';
import type { Space } from '../model/space';
import { canAdminister } from '../rules/permissions';
import { forbidden, invalid, notFound, ok, type FieldError, type Result } from '../result';
import type { UseCaseContext } from './context';

/** Routing is set up by admins, per space. */
export async function routingSpace(ctx: UseCaseContext, spaceId: string): Promise<Result<Space>> {
  if (!canAdminister(ctx.actor))
    return forbidden('Only an admin sets up lead routing', 'admin_only');
  const space = await ctx.store.spaces.get(ctx.actor.tenantId, spaceId);
  return space ? ok(space) : notFound('space', spaceId);
}

type NamedUser = { path: string; userId: string };

/** A 400 at each place naming someone who is not (or no longer) a member of the space. */
async function nonMemberErrors(
  ctx: UseCaseContext,
  spaceId: string,
  named: readonly NamedUser[],
): Promise<FieldError[]> {
  if (named.length === 0) return [];
  const users = await ctx.store.users.getMany(
    ctx.actor.tenantId,
    named.map((n) => n.userId),
  );
  const members = new Set(users.filter((u) => u.spaceIds.includes(spaceId)).map((u) => u.id));
  return named
    .filter((n) => !members.has(n.userId))
    .map((n) => ({
      path: n.path,
      message: `${n.userId} is not a member of this space`,
      code: 'field.user_not_in_space',
      params: { user: n.userId },
    }));
}

/** Every team member must be a member of the space. */
export async function teamErrors(
  ctx: UseCaseContext,
  spaceId: string,
  teams: readonly SalesTeamEntry[],
): Promise<FieldError[]> {
  const named = teams.flatMap((team, t) =>
    team.members.map((m, i) => ({ path: `teams.${t}.members.${i}.userId`, userId: m.userId })),
  );
  return nonMemberErrors(ctx, spaceId, named);
}

/** A team no rule assigns to may go; one a rule still names may not. */
export function removedTeamErrors(
  teams: readonly SalesTeamEntry[],
  rules: readonly AssignmentRuleEntry[],
): FieldError[] {
  const kept = new Set(teams.map((team) => team.id));
  return rules.flatMap((rule) => {
    const { assign } = rule.actions;
    if (assign.to !== 'team' || kept.has(assign.teamId)) return [];
    return [
      {
        path: 'teams',
        message: `The rule "${rule.name}" still assigns to team ${assign.teamId}`,
        code: 'field.team_in_use' as const,
        params: { rule: rule.name },
      },
    ];
  });
}

/** Each rule's user must be a space member, its team one of the space's teams. */
export async function ruleErrors(
  ctx: UseCaseContext,
  spaceId: string,
  rules: readonly AssignmentRuleEntry[],
  teams: readonly SalesTeamEntry[],
): Promise<FieldError[]> {
  const teamIds = new Set(teams.map((team) => team.id));
  const missingTeams: FieldError[] = rules.flatMap((rule, r) => {
    const { assign } = rule.actions;
    if (assign.to !== 'team' || teamIds.has(assign.teamId)) return [];
    return [
      {
        path: `rules.${r}.actions.assign.teamId`,
        message: `No team ${assign.teamId} in this space`,
        code: 'field.unknown_team' as const,
        params: {},
      },
    ];
  });
  const named = rules.flatMap((rule, r) => [
    ...(rule.actions.assign.to === 'user'
      ? [{ path: `rules.${r}.actions.assign.userId`, userId: rule.actions.assign.userId }]
      : []),
    ...rule.actions.notify.map((userId, n) => ({ path: `rules.${r}.actions.notify.${n}`, userId })),
  ]);
  return [...missingTeams, ...(await nonMemberErrors(ctx, spaceId, named))];
}

export const refuseIfAny = (errors: FieldError[]) =>
  errors.length > 0 ? invalid(errors) : undefined;
