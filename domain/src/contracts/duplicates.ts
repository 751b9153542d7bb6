import { DuplicateCheckInput, DuplicateCheckResult } from '../model/duplicates';
import { contract } from './contract';

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
