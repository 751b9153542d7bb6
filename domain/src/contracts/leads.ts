import { z } from 'zod';
import { Account } from '../model/account';
import { Contact } from '../model/contact';
import {
  CreateLeadInput,
  DisqualifyLeadInput,
  Lead,
  ListLeadsInput,
  MergeLeadInput,
  QualifyLeadInput,
  UpdateLeadInput,
} from '../model/lead';
import { Opportunity } from '../model/opportunity';
import { contract, pageOf } from './contract';

const tag = 'leads';

/** What qualifying made: the lead and each record created or linked. */
const QualifyResult = z.object({
  lead: Lead,
  contact: Contact.optional(),
  account: Account.optional(),
  opportunity: Opportunity.optional(),
});
export type QualifyResult = z.infer<typeof QualifyResult>;

export const listLeads = contract({
  name: 'listLeads',
  roundTrips: 2,
  method: 'GET',
  path: '/leads',
  summary: 'A page of leads (one space or all of mine), filtered and sorted',
  tag,
  query: ListLeadsInput,
  response: pageOf(Lead),
});

export const createLead = contract({
  name: 'createLead',
  roundTrips: 4,
  method: 'POST',
  path: '/leads',
  summary: 'Create a lead',
  tag,
  body: CreateLeadInput,
  response: Lead,
  idempotent: true,
});

export const getLead = contract({
  name: 'getLead',
  roundTrips: 1,
  method: 'GET',
  path: '/leads/{id}',
  summary: 'One lead',
  tag,
  response: Lead,
});

export const updateLead = contract({
  name: 'updateLead',
  // 2 for an edit; an edit that changes a field duplicate detection keys on (names, company,
  // e-mail, phone, website) also reads the key documents to flag a match and moves its keys
  // in the same batch: 2 more (issue 15).
  roundTrips: 4,
  method: 'PATCH',
  path: '/leads/{id}',
  summary: 'Edit fields of a lead',
  tag,
  body: UpdateLeadInput,
  response: Lead,
  ifMatch: true,
});

export const qualifyLead = contract({
  name: 'qualifyLead',
  roundTrips: 6,
  method: 'POST',
  path: '/leads/{id}/qualify',
  summary: 'Convert into the contact, account and opportunity chosen, in one operation',
  tag,
  body: QualifyLeadInput,
  response: QualifyResult,
  ifMatch: true,
});

export const mergeLead = contract({
  name: 'mergeLead',
  // Reads of both leads, the key documents, the batch, the timeline moved (a query and its
  // entries) and the activities moved.
  roundTrips: 12,
  method: 'POST',
  path: '/leads/{id}/merge',
  summary:
    'Merge another lead into this one, keeping the values chosen; the other id then opens this one',
  tag,
  body: MergeLeadInput,
  response: Lead,
  ifMatch: true,
});

export const disqualifyLead = contract({
  name: 'disqualifyLead',
  roundTrips: 3,
  method: 'POST',
  path: '/leads/{id}/disqualify',
  summary: 'Disqualify, with the reason',
  tag,
  body: DisqualifyLeadInput,
  response: Lead,
  ifMatch: true,
});

export const archiveLead = contract({
  name: 'archiveLead',
  roundTrips: 2,
  method: 'POST',
  path: '/leads/{id}/archive',
  summary: 'Archive',
  tag,
  response: Lead,
  ifMatch: true,
});

export const unarchiveLead = contract({
  name: 'unarchiveLead',
  roundTrips: 2,
  method: 'POST',
  path: '/leads/{id}/unarchive',
  summary: 'Unarchive',
  tag,
  response: Lead,
  ifMatch: true,
});

export const claimLead = contract({
  name: 'claimLead',
  roundTrips: 2,
  method: 'POST',
  path: '/leads/{id}/claim',
  summary: 'Take an unassigned lead for yourself (422 when someone else was first)',
  tag,
  response: Lead,
  ifMatch: true,
});

export const anonymizeLead = contract({
  name: 'anonymizeLead',
  // Each erased record (lead, contact, deal) queries its activities; with some, a batch
  // rewrites them and a write renames its planned list: 12 without activities, 18 at most.
  roundTrips: 18,
  method: 'POST',
  path: '/leads/{id}/anonymize',
  summary: 'Erase personal data everywhere, keep the statistics',
  tag,
  response: Lead,
  ifMatch: true,
});
