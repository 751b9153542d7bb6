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
      method: 'DELETE',
      path: `/${plural}/{id}/participants/{contactId}`,
      summary: 'Remove a participant',
      tag,
      response: RoleRecord,
      ifMatch: true,
    }),
    addSubscriber: contract({
      name: `add${singular}Subscriber`,
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
      method: 'POST',
      path: `/${plural}/{id}/follow`,
      summary: 'Follow it yourself',
      tag,
      response: RoleRecord,
      ifMatch: true,
    }),
    unfollow: contract({
      name: `unfollow${singular}`,
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
