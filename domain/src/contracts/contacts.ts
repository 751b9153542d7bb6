import {
  Contact,
  CreateContactInput,
  ListContactsInput,
  MergeContactInput,
  UpdateContactInput,
} from '../model/contact';
import { contract, pageOf } from './contract';

const tag = 'contacts';

export const listContacts = contract({
  name: 'listContacts',
  roundTrips: 2,
  method: 'GET',
  path: '/contacts',
  summary: 'A page of contacts (one space or all of mine), filtered and sorted',
  tag,
  query: ListContactsInput,
  response: pageOf(Contact),
});

export const createContact = contract({
  name: 'createContact',
  roundTrips: 5,
  method: 'POST',
  path: '/contacts',
  summary: 'Create a contact',
  tag,
  body: CreateContactInput,
  response: Contact,
  idempotent: true,
});

export const getContact = contract({
  name: 'getContact',
  roundTrips: 1,
  method: 'GET',
  path: '/contacts/{id}',
  summary: 'One contact',
  tag,
  response: Contact,
});

export const updateContact = contract({
  name: 'updateContact',
  // 2 for an edit; an edit that changes a field duplicate detection keys on (names, company,
  // e-mail, phone, website) also reads the key documents to flag a match and moves its keys
  // in the same batch: 2 more (issue 15).
  roundTrips: 4,
  method: 'PATCH',
  path: '/contacts/{id}',
  summary: 'Edit fields of a contact',
  tag,
  body: UpdateContactInput,
  response: Contact,
  ifMatch: true,
});

export const anonymizeContact = contract({
  name: 'anonymizeContact',
  // A query of its activities; with some, a batch rewrites them and a write renames its
  // planned list.
  roundTrips: 9,
  method: 'POST',
  path: '/contacts/{id}/anonymize',
  summary: 'Erase personal data everywhere, keep the statistics',
  tag,
  response: Contact,
  ifMatch: true,
});

export const mergeContact = contract({
  name: 'mergeContact',
  // Reads of both contacts and the space (a phone's country), the key documents, the batch, the
  // timeline moved (a query and its entries), the activities moved, and for the leads and the deals
  // naming the merged contact a query per page, each one's read and the page's batch, and the query
  // that finds none left. 16 covers a record with a few timeline entries and a linking record of
  // each kind (the HTTP test measures it); each further entry or linking record takes one more (a
  // merge is rare).
  roundTrips: 16,
  method: 'POST',
  path: '/contacts/{id}/merge',
  summary:
    'Merge another contact into this one, keeping the values chosen; its leads and deals name this one, and the other id opens this one',
  tag,
  body: MergeContactInput,
  response: Contact,
  ifMatch: true,
});
