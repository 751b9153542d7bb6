import { z } from 'zod';
import { DeadLetter, DeadLetterKey } from '../model/dead-letter';
import { contract, itemsOf } from './contract';

const tag = 'admin';

export const listDeadLetters = contract({
  name: 'listDeadLetters',
  roundTrips: 0,
  method: 'GET',
  path: '/admin/dead-letters',
  summary: "The tenant's card deliveries that kept failing",
  tag,
  auth: 'admin',
  response: itemsOf(DeadLetter),
});

export const replayDeadLetter = contract({
  name: 'replayDeadLetter',
  roundTrips: 1,
  method: 'POST',
  path: '/admin/dead-letters/{key}/replay',
  summary: 'Queue a dead letter again with fresh attempts',
  tag,
  auth: 'admin',
  params: { key: DeadLetterKey },
  response: z.object({ key: DeadLetterKey.describe('The re-queued delivery') }),
});

export const discardDeadLetter = contract({
  name: 'discardDeadLetter',
  roundTrips: 0,
  method: 'DELETE',
  path: '/admin/dead-letters/{key}',
  summary: 'Drop a dead letter that will never be delivered',
  tag,
  auth: 'admin',
  params: { key: DeadLetterKey },
  status: 204,
});
