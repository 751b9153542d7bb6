import { removeSubscriber } from '../rules/roles';
import { ok, type Result } from '../result';
import type { UseCaseContext } from './context';
import { changeRoles, type RoleRecord, type RoleRecordType } from './role-record';
import type { SubscriberInput } from '../model/record-roles';

/** Stops a colleague following (removing oneself is unfollow, which needs no edit right). */
export const removeRecordSubscriber = (
  ctx: UseCaseContext,
  type: RoleRecordType,
  id: string,
  input: SubscriberInput,
  expectedVersion: number,
): Promise<Result<RoleRecord>> =>
  changeRoles(ctx, type, id, expectedVersion, {
    needs: input.userId === ctx.actor.userId ? 'follow' : 'edit',
    event: 'record.subscriber_removed',
    data: { userId: input.userId },
    apply: (record) => ok(removeSubscriber(record, input.userId)),
  });
