import type { RecordType } from '@channel-crm/domain';
import {
  getLead,
  getOpportunity,
  recordRoles,
  recordTimeline,
  recordView,
} from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** The records that carry roles: a contact, other participants and subscribers. */
export type RoleRecordType = keyof typeof recordRoles;

export const recordKey = (type: RecordType, id: string) => [type, id] as const;
export const timelineKey = (type: RecordType, id: string) => [type, id, 'timeline'] as const;

/** The user opened the record's page: it heads their recently viewed records (the bot's search). */
export const noteRecordView = (type: RecordType, id: string) =>
  call(recordView, { body: { type, id } });

export const fetchTimeline = (type: RecordType, id: string, signal?: AbortSignal) =>
  call(recordTimeline[type].list, { params: { id }, query: { limit: 50 }, signal });

export const addNote = (type: RecordType, id: string, text: string) =>
  call(recordTimeline[type].addNote, { params: { id }, body: { text } });

const GET_ROLE_RECORD = { lead: getLead, opportunity: getOpportunity };

export const getRoleRecord = (type: RoleRecordType, id: string) =>
  call(GET_ROLE_RECORD[type], { params: { id } });

export type RoleRecord = Awaited<ReturnType<typeof follow>>;

/** Following is the signed-in user adding/removing themself as a subscriber. */
export const follow = (type: RoleRecordType, id: string, version: number) =>
  call(recordRoles[type].follow, { params: { id }, version });

export const unfollow = (type: RoleRecordType, id: string, version: number) =>
  call(recordRoles[type].unfollow, { params: { id }, version });

export const setContact = (
  type: RoleRecordType,
  id: string,
  contactId: string | null,
  version: number,
) => call(recordRoles[type].setContact, { params: { id }, body: { contactId }, version });

export const addParticipant = (
  type: RoleRecordType,
  id: string,
  contactId: string,
  version: number,
) => call(recordRoles[type].addParticipant, { params: { id }, body: { contactId }, version });

export const removeParticipant = (
  type: RoleRecordType,
  id: string,
  contactId: string,
  version: number,
) => call(recordRoles[type].removeParticipant, { params: { id, contactId }, version });

export const addSubscriber = (type: RoleRecordType, id: string, userId: string, version: number) =>
  call(recordRoles[type].addSubscriber, { params: { id }, body: { userId }, version });

export const removeSubscriber = (
  type: RoleRecordType,
  id: string,
  userId: string,
  version: number,
) => call(recordRoles[type].removeSubscriber, { params: { id, userId }, version });
