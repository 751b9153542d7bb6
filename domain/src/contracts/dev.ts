import { z } from 'zod';
import { Email, TenantId, UserId } from '../model/common';
import { Role } from '../model/user';
import { contract } from './contract';

/** A demo user the local dev issuer signs tokens for. */
const DevUser = z.object({
  tenantId: TenantId,
  id: UserId,
  name: z.string(),
  email: Email,
  role: Role,
});
export type DevUser = z.infer<typeof DevUser>;

const tag = 'dev';

/**
 * Sign-in outside Teams. The local host serves these two (never the Functions app), so they
 * are not part of the OpenAPI document.
 */
export const devIssuer = {
  listUsers: contract({
    name: 'devUsers',
    method: 'GET',
    path: '/dev/users',
    summary: 'The demo users',
    tag,
    auth: 'public',
    response: z.array(DevUser),
  }),
  issueToken: contract({
    name: 'devToken',
    method: 'POST',
    path: '/dev/token',
    summary: 'A token of the dev issuer for a demo user',
    tag,
    auth: 'public',
    body: z.object({ userId: UserId, tenantId: z.string().max(64).optional() }),
    response: z.object({ token: z.string(), user: DevUser }),
  }),
};
