import { z } from 'zod';
import { UserId } from '../model/common';
import { Lead } from '../model/lead';
import { Opportunity } from '../model/opportunity';
import { ParticipantInput, SetContactInput, SubscriberInput } from '../model/record-roles';
import { contract } from './contract';

/** The role use cases answer the record they changed. */
const RoleRecord = z.union([Lead, Opportunity]);

/** Contact, participants and subscribers of a lead or an opportunity (the three roles). */
const rolesOf = (plural: 'leads' | 'opportunities', singular: string) => {
  const tag = plural;
  return {
    setContact: contract({
      name: `set${singular}Contact`,
      roundTrips: 3,
      method: 'PUT',
      path: `/${plural}/{id}/contact`,
      summary: 'Set or clear the primary contact',
      tag,
      body: SetContactInput,
      response: RoleRecord,
      ifMatch: true,
    }),
    addParticipant: contract({
      name: `add${singular}Participant`,
      roundTrips: 3,
      method: 'POST',
      path: `/${plural}/{id}/participants`,
      summary: 'Add another participant (a contact)',
      tag,
      body: ParticipantInput,
      response: RoleRecord,
      ifMatch: true,
    }),
    removeParticipant: contract({
      name: `remove${singular}Participant`,
      roundTrips: 2,
      method: 'DELETE',
      path: `/${plural}/{id}/participants/{contactId}`,
      summary: 'Remove a participant',
      tag,
      response: RoleRecord,
      ifMatch: true,
    }),
    addSubscriber: contract({
      name: `add${singular}Subscriber`,
      roundTrips: 5,
      method: 'POST',
      path: `/${plural}/{id}/subscribers`,
      summary: 'Add a subscriber (a colleague)',
      tag,
      body: SubscriberInput,
      response: RoleRecord,
      ifMatch: true,
    }),
    removeSubscriber: contract({
      name: `remove${singular}Subscriber`,
      roundTrips: 2,
      method: 'DELETE',
      path: `/${plural}/{id}/subscribers/{userId}`,
      summary: 'Remove a subscriber',
      tag,
      params: { userId: UserId },
      response: RoleRecord,
      ifMatch: true,
    }),
    follow: contract({
      name: `follow${singular}`,
      roundTrips: 2,
      method: 'POST',
      path: `/${plural}/{id}/follow`,
      summary: 'Follow it yourself',
      tag,
      response: RoleRecord,
      ifMatch: true,
    }),
    unfollow: contract({
      name: `unfollow${singular}`,
      roundTrips: 3,
      method: 'DELETE',
      path: `/${plural}/{id}/follow`,
      summary: 'Stop following it',
      tag,
      response: RoleRecord,
      ifMatch: true,
    }),
  };
};

/** The roles of a lead or an opportunity, by record type. */
export const recordRoles = {
  lead: rolesOf('leads', 'Lead'),
  opportunity: rolesOf('opportunities', 'Opportunity'),
};
