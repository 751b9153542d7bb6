import { Me } from '../model/me';
import { RecordViewInput } from '../model/recent-records';
import { contract } from './contract';

export const getMe = contract({
  name: 'getMe',
  roundTrips: 2,
  method: 'GET',
  path: '/me',
  summary: 'The signed-in user and the spaces they may open',
  tag: 'me',
  response: Me,
});

export const recordView = contract({
  name: 'recordView',
  // The record's read (two for a merged one), the list's point read and its guarded replace,
  // which is left out when the record is already first.
  roundTrips: 4,
  method: 'POST',
  path: '/me/recent',
  summary: 'Note that I opened a record: it heads my recently viewed records, once',
  tag: 'me',
  body: RecordViewInput,
  status: 204,
});
