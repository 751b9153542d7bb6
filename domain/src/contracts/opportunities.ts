import { z } from 'zod';
import { Id } from '../model/common';
import {
  AccountLinkInput,
  CloseOpportunityInput,
  CopyOpportunityInput,
  CreateOpportunityInput,
  OpportunityListItem,
  ListOpportunitiesInput,
  MoveStageInput,
  MoveToSpaceInput,
  Opportunity,
  UpdateOpportunityInput,
} from '../model/opportunity';
import { contract, pageOf } from './contract';

const tag = 'opportunities';

/** The outcome is the route's: won or lost. */
const CloseInput = CloseOpportunityInput.omit({ outcome: true });

export const listOpportunities = contract({
  name: 'listOpportunities',
  roundTrips: 2,
  method: 'GET',
  path: '/opportunities',
  summary: 'A page of opportunities (one space or all of mine), filtered and sorted',
  tag,
  query: ListOpportunitiesInput,
  response: pageOf(OpportunityListItem),
});

export const createOpportunity = contract({
  name: 'createOpportunity',
  roundTrips: 6,
  method: 'POST',
  path: '/opportunities',
  summary: 'Create an opportunity',
  tag,
  body: CreateOpportunityInput,
  response: Opportunity,
  idempotent: true,
});

export const getOpportunity = contract({
  name: 'getOpportunity',
  roundTrips: 1,
  method: 'GET',
  path: '/opportunities/{id}',
  summary: 'One opportunity',
  tag,
  response: Opportunity,
});

export const updateOpportunity = contract({
  name: 'updateOpportunity',
  roundTrips: 2,
  method: 'PATCH',
  path: '/opportunities/{id}',
  summary: 'Edit fields of an opportunity',
  tag,
  body: UpdateOpportunityInput,
  response: Opportunity,
  ifMatch: true,
});

export const deleteOpportunity = contract({
  name: 'deleteOpportunity',
  roundTrips: 4,
  method: 'DELETE',
  path: '/opportunities/{id}',
  summary: 'Delete an opportunity for good',
  tag,
  response: z.object({ id: Id }),
  ifMatch: true,
});

export const moveOpportunityStage = contract({
  name: 'moveOpportunityStage',
  // The deal and one batch: the pipeline is cached, the stage summaries patched unread.
  roundTrips: 2,
  method: 'PATCH',
  path: '/opportunities/{id}/stage',
  summary: 'Move an opportunity to another stage of its pipeline',
  tag,
  body: MoveStageInput,
  response: Opportunity,
  ifMatch: true,
});

export const markOpportunityWon = contract({
  name: 'markOpportunityWon',
  // The deal and one batch: the pipeline is cached, the stage summaries patched unread. A
  // pipeline with post-sale templates adds three reads (templates, task settings, owner).
  roundTrips: 5,
  method: 'POST',
  path: '/opportunities/{id}/won',
  summary: 'Mark an opportunity won (it is locked until unlocked)',
  tag,
  body: CloseInput,
  response: Opportunity,
  ifMatch: true,
});

export const markOpportunityLost = contract({
  name: 'markOpportunityLost',
  // The deal and one batch: the pipeline is cached, the stage summaries patched unread. A
  // pipeline with post-sale templates adds three reads (templates, task settings, owner).
  roundTrips: 5,
  method: 'POST',
  path: '/opportunities/{id}/lost',
  summary: 'Mark an opportunity lost, with the reason',
  tag,
  body: CloseInput,
  response: Opportunity,
  ifMatch: true,
});

export const unlockOpportunity = contract({
  name: 'unlockOpportunity',
  roundTrips: 2,
  method: 'POST',
  path: '/opportunities/{id}/unlock',
  summary: 'Unlock a won opportunity for edits',
  tag,
  response: Opportunity,
  ifMatch: true,
});

export const copyOpportunity = contract({
  name: 'copyOpportunity',
  roundTrips: 5,
  method: 'POST',
  path: '/opportunities/{id}/copy',
  summary: 'Copy an opportunity into a new open one',
  tag,
  body: CopyOpportunityInput,
  response: Opportunity,
  idempotent: true,
});

export const moveOpportunityToSpace = contract({
  name: 'moveOpportunityToSpace',
  // 9 without activities; with some, a batch moves them and a write renews the planned list.
  roundTrips: 11,
  method: 'POST',
  path: '/opportunities/{id}/move-to-space',
  summary: 'Move an opportunity to another space',
  tag,
  body: MoveToSpaceInput,
  response: Opportunity,
  ifMatch: true,
});

export const linkOpportunityAccount = contract({
  name: 'linkOpportunityAccount',
  roundTrips: 3,
  method: 'POST',
  path: '/opportunities/{id}/accounts',
  summary: 'Link an account (the first linked is primary)',
  tag,
  body: AccountLinkInput,
  response: Opportunity,
  ifMatch: true,
});

export const unlinkOpportunityAccount = contract({
  name: 'unlinkOpportunityAccount',
  roundTrips: 2,
  method: 'DELETE',
  path: '/opportunities/{id}/accounts/{accountId}',
  summary: 'Unlink an account',
  tag,
  response: Opportunity,
  ifMatch: true,
});

export const setOpportunityPrimaryAccount = contract({
  name: 'setOpportunityPrimaryAccount',
  roundTrips: 3,
  method: 'PUT',
  path: '/opportunities/{id}/primary-account',
  summary: 'Make a linked account the primary one',
  tag,
  body: AccountLinkInput,
  response: Opportunity,
  ifMatch: true,
});
