import {
  addRecordParticipant,
  addRecordSubscriber,
  followRecord,
  removeRecordParticipant,
  removeRecordSubscriber,
  setRecordContact,
  unfollowRecord,
  type RoleRecordType,
} from '@channel-crm/domain/server';
import { recordRoles } from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

/** Contact, participants and subscribers of a lead or an opportunity. */
const rolesOf = (type: RoleRecordType): Route[] => {
  const roles = recordRoles[type];
  return [
    bind(roles.setContact, (ctx, req) =>
      setRecordContact(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    bind(roles.addParticipant, (ctx, req) =>
      addRecordParticipant(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    bind(roles.removeParticipant, (ctx, req) =>
      removeRecordParticipant(
        ctx,
        type,
        req.params.id,
        { contactId: req.params.contactId },
        req.expectedVersion,
      ),
    ),
    bind(roles.addSubscriber, (ctx, req) =>
      addRecordSubscriber(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    bind(roles.removeSubscriber, (ctx, req) =>
      removeRecordSubscriber(
        ctx,
        type,
        req.params.id,
        { userId: req.params.userId },
        req.expectedVersion,
      ),
    ),
    bind(roles.follow, (ctx, req) => followRecord(ctx, type, req.params.id, req.expectedVersion)),
    bind(roles.unfollow, (ctx, req) =>
      unfollowRecord(ctx, type, req.params.id, req.expectedVersion),
    ),
  ];
};

export const roleRoutes: Route[] = [...rolesOf('lead'), ...rolesOf('opportunity')];
