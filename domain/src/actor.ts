import type { Role } from './model/user';

/**
 * Who is acting: built by the API from a verified token, or by the bot from an activity,
 * plus the user's document (role, spaces, partner) and the org chart below them.
 */
export type Actor = {
  tenantId: string;
  userId: string;
  name: string;
  role: Role;
  spaceIds: string[];
  partnerId?: string;
  /** Everyone who reports to this user, directly or not (from the org chart). */
  subordinateIds: string[];
  /** Role of each subordinate, so a supervisor sees only what that role may see. */
  subordinateRoles?: Record<string, Role>;
};

export type Clock = { now(): string };

export const systemClock: Clock = { now: () => new Date().toISOString() };
