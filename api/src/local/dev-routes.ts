import type { HttpHandler, HttpResponseInit } from '@azure/functions';
import { fieldErrorsOf, type CrmStore, type User } from '@channel-crm/domain/server';
import { devIssuer } from '@channel-crm/domain/contracts';
import { z } from 'zod';
import type { DevIssuer } from '../auth/dev-issuer';
import { problem } from '../http/problem';
import type { LocalHostOptions } from './host';

export type DevUser = Pick<User, 'tenantId' | 'id' | 'name' | 'email' | 'role'>;

const TokenRequest = devIssuer.issueToken.schemas.body;

const OutboxQuery = z.object({ userId: z.string().min(1).max(64).optional() });

/** What the local Bot Connector received (newest first), optionally for one user only. */
export type DevOutbox = (userId: string | undefined) => readonly unknown[];

let devOutbox: DevOutbox | undefined;

/** The local app's bot part starts after the API is built, so it hands its outbox over here. */
export const provideDevOutbox = (outbox: DevOutbox | undefined) => {
  devOutbox = outbox;
};

const json = (body: unknown, status = 200): HttpResponseInit => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * Sign-in for the tab outside Teams: list the demo users and get a token signed by the dev
 * issuer. Served by the local host only; never registered with `app.http`.
 */
export function devRoutes(
  store: CrmStore,
  issuer: DevIssuer,
  tenantIds: () => string[],
): LocalHostOptions['functions'] {
  const demoUsers = async (): Promise<DevUser[]> => {
    const perTenant = await Promise.all(tenantIds().map((t) => store.users.listAll(t)));
    return perTenant
      .flat()
      .map(({ tenantId, id, name, email, role }) => ({ tenantId, id, name, email, role }));
  };

  const listDevUsers: HttpHandler = async () => json(await demoUsers());

  const issueDevToken: HttpHandler = async (request) => {
    const parsed = TokenRequest.safeParse(await request.json().catch(() => undefined));
    const correlationId = crypto.randomUUID();
    if (!parsed.success)
      return problem('validation', 'Send { "userId": "…" }', correlationId, {
        errors: fieldErrorsOf(parsed.error.issues).map(({ message, ...field }) => ({
          ...field,
          reason: message,
        })),
      });
    const user = (await demoUsers()).find(
      (u) =>
        u.id === parsed.data.userId &&
        (!parsed.data.tenantId || u.tenantId === parsed.data.tenantId),
    );
    if (!user) return problem('not_found', 'No such demo user', correlationId);
    const token = await issuer.sign({
      tenantId: user.tenantId,
      userId: user.id,
      name: user.name,
      email: user.email,
    });
    return json({ token, user });
  };

  const devJwks: HttpHandler = async () => json(issuer.jwks);

  const listDevOutbox: HttpHandler = async (request) => {
    const correlationId = crypto.randomUUID();
    const parsed = OutboxQuery.safeParse({ userId: request.query.get('userId') ?? undefined });
    if (!parsed.success) return problem('validation', 'userId: 1 to 64 characters', correlationId);
    if (!devOutbox) return problem('not_found', 'No local Bot Connector is running', correlationId);
    return json(devOutbox(parsed.data.userId));
  };

  return [
    { name: 'devUsers', methods: ['GET'], route: 'dev/users', handler: listDevUsers },
    { name: 'devToken', methods: ['POST'], route: 'dev/token', handler: issueDevToken },
    { name: 'devJwks', methods: ['GET'], route: 'dev/jwks', handler: devJwks },
    { name: 'devOutbox', methods: ['GET'], route: 'dev/outbox', handler: listDevOutbox },
  ];
}
