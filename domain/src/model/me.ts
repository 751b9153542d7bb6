import { z } from 'zod';
import { Space } from './space';
import { User } from './user';

/** The signed-in user and the spaces they may open. */
export const Me = z.object({ user: User, spaces: z.array(Space) });
export type Me = z.infer<typeof Me>;
