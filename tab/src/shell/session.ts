import { api } from './api-client';

/** A user of the local dev issuer (outside Teams). */
export type DevUser = {
  id: string;
  name: string;
  email?: string;
  role?: string;
  tenantId?: string;
};

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

export const fetchDevUsers = async (): Promise<DevUser[]> => {
  const body = await api.get<DevUser[] | { items?: DevUser[]; users?: DevUser[] }>('/dev/users');
  return Array.isArray(body) ? body : (body.items ?? body.users ?? []);
};

export async function devSignIn(user: DevUser): Promise<StoredSession> {
  const body = await api.post<{ token?: string; accessToken?: string; access_token?: string }>(
    '/dev/token',
    { body: { userId: user.id, ...(user.tenantId ? { tenantId: user.tenantId } : {}) } },
  );
  const token = body.token ?? body.accessToken ?? body.access_token;
  if (!token) throw new Error('The dev issuer answered without a token');
  return {
    token,
    user: { id: user.id, name: user.name, ...(user.role ? { role: user.role } : {}) },
  };
}
