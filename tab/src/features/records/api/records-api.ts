import type { RecordType } from '@channel-crm/domain';
import {
  getLead,
  getOpportunity,
  recordRoles,
  recordTimeline,
} from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** The records that carry roles: a contact, other participants and subscribers. */
export type RoleRecordType = keyof typeof recordRoles;

export const recordKey = (type: RecordType, id: string) => [type, id] as const;
export const timelineKey = (type: RecordType, id: string) => [type, id, 'timeline'] as const;

export const fetchTimeline = (type: RecordType, id: string, signal?: AbortSignal) =>
  call(recordTimeline[type].list, { params: { id }, query: { limit: 50 }, signal });

export const addNote = (type: RecordType, id: string, text: string) =>
  call(recordTimeline[type].addNote, { params: { id }, body: { text } });

const GET_ROLE_RECORD = { lead: getLead, opportunity: getOpportunity };

export const getRoleRecord = (type: RoleRecordType, id: string) =>
  call(GET_ROLE_RECORD[type], { params: { id } });

/** Following is the signed-in user adding/removing themself as a subscriber. */
export const follow = (type: RoleRecordType, id: string, version: number) =>
  call(recordRoles[type].follow, { params: { id }, version });

export const unfollow = (type: RoleRecordType, id: string, version: number) =>
  call(recordRoles[type].unfollow, { params: { id }, version });
