import {
  Account,
  CreateAccountInput,
  ListAccountsInput,
  MergeAccountInput,
  UpdateAccountInput,
} from '../model/account';
import { contract, pageOf } from './contract';

const tag = 'accounts';

export const listAccounts = contract({
  name: 'listAccounts',
  roundTrips: 2,
  method: 'GET',
  path: '/accounts',
  summary: 'A page of accounts (one space or all of mine), filtered and sorted',
  tag,
  query: ListAccountsInput,
  response: pageOf(Account),
});

export const createAccount = contract({
  name: 'createAccount',
  roundTrips: 5,
  method: 'POST',
  path: '/accounts',
  summary: 'Create an account',
  tag,
  body: CreateAccountInput,
  response: Account,
  idempotent: true,
});

export const getAccount = contract({
  name: 'getAccount',
  roundTrips: 1,
  method: 'GET',
  path: '/accounts/{id}',
  summary: 'One account',
  tag,
  response: Account,
});

export const updateAccount = contract({
  name: 'updateAccount',
  // 2 for an edit; an edit that changes a field duplicate detection keys on (names, company,
  // e-mail, phone, website) also reads the key documents to flag a match and moves its keys
  // in the same batch: 2 more (issue 15).
  roundTrips: 4,
  method: 'PATCH',
  path: '/accounts/{id}',
  summary: 'Edit fields of an account',
  tag,
  body: UpdateAccountInput,
  response: Account,
  ifMatch: true,
});

export const mergeAccount = contract({
  name: 'mergeAccount',
  // Reads of both accounts and the space (a phone's country), the key documents, the batch, the
  // timeline moved (a query and its entries), the activities moved, and for the contacts and the
  // deals of the merged account a query per page, each one's read and the page's batch, and the
  // query that finds none left. 18 covers a record with a few timeline entries and a linking record
  // of each kind (the HTTP test measures it); each further entry or linking record takes one more (a
  // merge is rare).
  roundTrips: 18,
  method: 'POST',
  path: '/accounts/{id}/merge',
  summary:
    'Merge another account into this one, keeping the values chosen; its contacts and deals move to this one, and the other id opens this one',
  tag,
  body: MergeAccountInput,
  response: Account,
  ifMatch: true,
});
