import {
  DismissDuplicateInput,
  DuplicatePair,
  KeyedRecordDocument,
  ListDuplicatesInput,
} from '../model/duplicate-pair';
import { DuplicateCheckInput, DuplicateCheckResult } from '../model/duplicates';
import { contract, pageOf } from './contract';

const tag = 'duplicates';

export const checkDuplicates = contract({
  name: 'checkDuplicates',
  roundTrips: 3,
  method: 'POST',
  path: '/duplicates/check',
  summary:
    'The records a draft would duplicate: those the caller may see, and how many others there are',
  tag,
  body: DuplicateCheckInput,
  response: DuplicateCheckResult,
  status: 200,
});

export const listDuplicates = contract({
  name: 'listDuplicates',
  // The page of flagged records, then one bulk of point reads of their matches.
  roundTrips: 2,
  method: 'GET',
  path: '/duplicates',
  summary:
    'A page of records flagged as possible duplicates, each beside a match the caller may see',
  tag,
  query: ListDuplicatesInput,
  response: pageOf(DuplicatePair),
});

export const dismissDuplicate = contract({
  name: 'dismissDuplicate',
  // Both records in one bulk read, one batch, then the write that remembers the pair.
  roundTrips: 3,
  method: 'POST',
  path: '/duplicates/dismiss',
  summary: 'Not a duplicate: the record no longer flags that match, nor the match the record',
  tag,
  body: DismissDuplicateInput,
  response: KeyedRecordDocument,
  ifMatch: true,
  status: 200,
});
