import { z } from 'zod';
import { Space } from '../model/space';
import { User } from '../model/user';
import { contract } from './contract';

/** The signed-in user and the spaces they may open. */
const Me = z.object({ user: User, spaces: z.array(Space) });
export type Me = z.infer<typeof Me>;

export const getMe = contract({
  name: 'getMe',
  method: 'GET',
  path: '/me',
  summary: 'The signed-in user and the spaces they may open',
  tag: 'me',
  response: Me,
});
