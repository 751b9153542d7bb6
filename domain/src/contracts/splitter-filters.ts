import {
  ExecuteSplitterInput,
  SplitterFilters,
  SplitterFiltersInput,
  SplitterRun,
} from '../model/splitter-settings';
import { contract } from './contract';

const tag = 'splitter-filters';

export const getSplitterFilters = contract({
  name: 'getSplitterFilters',
  // The filters, and the space when none are saved yet.
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/splitter-filters',
  summary: "A space's lead splitter filters (admins)",
  tag,
  response: SplitterFilters,
  auth: 'admin',
});

export const setSplitterFilters = contract({
  name: 'setSplitterFilters',
  roundTrips: 4,
  method: 'PUT',
  path: '/spaces/{id}/splitter-filters',
  summary: "Save a space's lead splitter filters: conditions, co-owners and their shares (admins)",
  tag,
  body: SplitterFiltersInput,
  response: SplitterFilters,
  ifMatch: true,
  auth: 'admin',
});

export const executeSplitterFilter = contract({
  name: 'executeSplitterFilter',
  // The filters, the co-owners, a page of leads, a point read of each lead it splits (25 at
  // most) and their batch, then the run's read and write.
  roundTrips: 31,
  method: 'POST',
  path: '/spaces/{id}/splitter-filters/{filterId}/execute',
  summary:
    'Split the next page of matching leads among the co-owners; call again with the continuation until done (admins)',
  tag,
  body: ExecuteSplitterInput,
  response: SplitterRun,
  auth: 'admin',
});

export const getSplitterRun = contract({
  name: 'getSplitterRun',
  roundTrips: 1,
  method: 'GET',
  path: '/spaces/{id}/splitter-filters/{filterId}/unprocessed',
  summary:
    "The filter's last execution: what it split and the leads it could not, with why (admins)",
  tag,
  response: SplitterRun,
  auth: 'admin',
});
