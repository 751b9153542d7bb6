import { devIssuer, type DevUser } from '@channel-crm/domain/contracts';
import { call } from './api-client';

export type SessionUser = { id: string; name: string; role?: string };

export type StoredSession = { token: string; user: SessionUser };

const KEY = 'channel-crm.session';

/** Per browser tab (sessionStorage), so two windows can be two people. */
export function loadSession(): StoredSession | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as StoredSession;
  } catch {
    return undefined;
  }
}

export function saveSession(session: StoredSession | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export const fetchDevUsers = () => call(devIssuer.listUsers);

export async function devSignIn(user: DevUser): Promise<StoredSession> {
  const { token } = await call(devIssuer.issueToken, {
    body: { userId: user.id, tenantId: user.tenantId },
  });
  return { token, user: { id: user.id, name: user.name, role: user.role } };
}
