import { addSubscriber } from '../rules/roles';
import { notFound, type Result } from '../result';
import type { UseCaseContext } from './context';
import { refuseNonMembers } from './space-members';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';
import type { SubscriberInput } from '../model/record-roles';

/**
 * Makes a colleague follow a lead or opportunity (it must be the actor's to change). Whether
 * they may see it is checked when notifying: a follower who may not gets no card.
 */
export const addRecordSubscriber = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  input: SubscriberInput,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: 'edit',
    event: 'record.subscriber_added',
    data: { userId: input.userId },
    apply: async (record) => {
      const user = await ctx.store.users.get(ctx.actor.tenantId, input.userId);
      if (!user) return notFound('user', input.userId);
      const outsider = await refuseNonMembers(ctx, record.spaceId, [input.userId]);
      return outsider ?? addSubscriber(record, input.userId);
    },
  });
