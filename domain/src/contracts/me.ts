import { Me } from '../model/me';
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
