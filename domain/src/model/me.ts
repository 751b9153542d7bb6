import type { Space } from './space';
import type { User } from './user';

/** The signed-in user and the spaces they may open. */
export type Me = { user: User; spaces: Space[] };
