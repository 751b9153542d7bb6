import {
  AssignmentRulesInput,
  DryRunResult,
  OutOfOfficeInput,
  RouteLeadsInput,
  RouteLeadsResult,
  SalesTeamsInput,
  SpaceAssignmentRules,
  SpaceSalesTeams,
} from '../model/routing';
import { contract } from './contract';

const tag = 'routing';

export const getSalesTeams = contract({
  name: 'getSalesTeams',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/sales-teams',
  summary: "A space's sales teams: members and their round-robin weights (admins)",
  tag,
  response: SpaceSalesTeams,
  auth: 'admin',
});

export const setSalesTeams = contract({
  name: 'setSalesTeams',
  // The space, the rules (a team they name stays), the members, the teams' read and write.
  roundTrips: 5,
  method: 'PUT',
  path: '/spaces/{id}/sales-teams',
  summary: "Save a space's sales teams whole (admins)",
  tag,
  body: SalesTeamsInput,
  response: SpaceSalesTeams,
  ifMatch: true,
  auth: 'admin',
});

export const getAssignmentRules = contract({
  name: 'getAssignmentRules',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/assignment-rules',
  summary: "A space's assignment rules for arriving leads, first tried first (admins)",
  tag,
  response: SpaceAssignmentRules,
  auth: 'admin',
});

export const setAssignmentRules = contract({
  name: 'setAssignmentRules',
  // The space, the teams, the people named, the rules' read and write.
  roundTrips: 5,
  method: 'PUT',
  path: '/spaces/{id}/assignment-rules',
  summary: "Save a space's assignment rules whole, in the order they are tried (admins)",
  tag,
  body: AssignmentRulesInput,
  response: SpaceAssignmentRules,
  ifMatch: true,
  auth: 'admin',
});

export const dryRunAssignmentRules = contract({
  name: 'dryRunAssignmentRules',
  // The space, the teams, the people named, the last leads, then per team its members and
  // counter: a settings screen's action, budgeted for three teams.
  roundTrips: 11,
  method: 'POST',
  path: '/spaces/{id}/assignment-rules/dry-run',
  summary: 'Where the last 100 leads would go under these rules, beside where they went',
  tag,
  body: AssignmentRulesInput,
  response: DryRunResult,
  auth: 'admin',
});

export const routeLeads = contract({
  name: 'routeLeads',
  // The leads, the rules, the teams, then per team its members and counter, and a write per
  // lead: budgeted for one lead of a team, as the largest selection takes 100 writes.
  roundTrips: 7,
  method: 'POST',
  path: '/leads/route',
  summary: 'Run the assignment rules on a selection of leads, each written guarded (admins)',
  tag,
  body: RouteLeadsInput,
  response: RouteLeadsResult,
  auth: 'admin',
});

export const setOutOfOffice = contract({
  name: 'setOutOfOffice',
  roundTrips: 2,
  method: 'PUT',
  path: '/me/out-of-office',
  summary: "Say I am out (or back): my teams' round-robin skips me meanwhile",
  tag,
  body: OutOfOfficeInput,
  response: OutOfOfficeInput,
});
