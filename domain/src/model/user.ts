import { z } from 'zod';
import { TaskSharing } from './task-settings';
import { DocumentMeta, Email, Id, ShortText, UserId } from './common';

export const Role = z.enum(['admin', 'manager', 'seller', 'partner']);
export type Role = z.infer<typeof Role>;

/** A person of the tenant; the document id is the Entra object id (`oid`). */
export const User = DocumentMeta.extend({
  type: z.literal('user'),
  id: UserId,
  name: ShortText,
  email: Email,
  role: Role,
  /** The org chart: who this user reports to. */
  supervisorId: UserId.optional(),
  /** Set for partner users: they see only records assigned to this partner. */
  partnerId: Id.optional(),
  /** Spaces whose Teams roster this user is on. */
  spaceIds: z.array(Id).default([]),
  timeZone: z.string().max(64).default('UTC'),
  locale: z.string().max(16).default('en'),
  /** What colleagues see of this user's tasks; 'none' for all types when absent. */
  taskSharing: TaskSharing.optional(),
  /** The user's own "I am out": assignment rules skip them in their teams' round-robin. */
  outOfOffice: z.boolean().optional(),
});
export type User = z.infer<typeof User>;

export const AssignUserInput = z.object({
  role: Role.optional(),
  supervisorId: UserId.nullable().optional(),
  partnerId: Id.nullable().optional(),
});
export type AssignUserInput = z.infer<typeof AssignUserInput>;

/** A space's member as every colleague may see them (names, avatars, "who else follows"). */
export const SpaceMember = User.pick({ id: true, name: true, email: true, role: true });
export type SpaceMember = z.infer<typeof SpaceMember>;
