import { UserId } from '../model/common';
import { AssignUserInput, User } from '../model/user';
import { contract, itemsOf } from './contract';

export const listUsers = contract({
  name: 'listUsers',
  roundTrips: 1,
  method: 'GET',
  path: '/users',
  summary: 'Users of the tenant',
  tag: 'admin',
  response: itemsOf(User),
});

export const assignUser = contract({
  name: 'assignUser',
  roundTrips: 3,
  method: 'PATCH',
  path: '/users/{userId}',
  summary: "Set a user's role, supervisor (the org chart) or partner",
  tag: 'admin',
  auth: 'admin',
  params: { userId: UserId },
  body: AssignUserInput,
  response: User,
  ifMatch: true,
});
