import { CreateSpaceInput, Space, UpdateSpaceInput } from '../model/space';
import { SpaceMember } from '../model/user';
import { contract, itemsOf } from './contract';

const tag = 'spaces';

export const listMySpaces = contract({
  name: 'listMySpaces',
  roundTrips: 1,
  method: 'GET',
  path: '/spaces',
  summary: 'The spaces I may open',
  tag,
  response: itemsOf(Space),
});

export const createSpace = contract({
  name: 'createSpace',
  roundTrips: 7,
  method: 'POST',
  path: '/spaces',
  summary: 'Create a space (one per Teams team or channel)',
  tag,
  body: CreateSpaceInput,
  response: Space,
  idempotent: true,
});

export const getSpace = contract({
  name: 'getSpace',
  roundTrips: 1,
  method: 'GET',
  path: '/spaces/{id}',
  summary: 'One of my spaces',
  tag,
  response: Space,
});

export const updateSpace = contract({
  name: 'updateSpace',
  roundTrips: 2,
  method: 'PATCH',
  path: '/spaces/{id}',
  summary: 'Rename a space, change its currency or pin it to a Teams team and channel',
  tag,
  body: UpdateSpaceInput,
  response: Space,
  ifMatch: true,
});

export const listSpaceMembers = contract({
  name: 'listSpaceMembers',
  roundTrips: 2,
  method: 'GET',
  path: '/spaces/{id}/members',
  summary: "The people on a space's roster, for its members",
  tag,
  response: itemsOf(SpaceMember),
});
