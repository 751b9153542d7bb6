import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { configureApi } from './api-client';
import { teamsAuthToken } from './host';
import { useHost } from './HostContext';
import { loadSession, saveSession, type StoredSession } from './session';
import { SessionContext, type Session } from './SessionContext';
import { SignInPage } from './SignInPage';

/** Inside Teams the SSO token signs every call; in a browser the user picks a demo user. */
export function SessionGate({ children }: { children: ReactNode }) {
  const host = useHost();
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<StoredSession | undefined>(() =>
    host.kind === 'browser' ? loadSession() : undefined,
  );

  const signOut = useCallback(() => {
    saveSession(undefined);
    setStored(undefined);
    queryClient.clear();
  }, [queryClient]);

  useMemo(() => {
    if (host.kind === 'teams') configureApi(teamsAuthToken, () => {});
    else configureApi(async () => stored?.token, signOut);
  }, [host.kind, stored, signOut]);

  const session = useMemo<Session>(
    () => (host.kind === 'teams' ? {} : { ...(stored ? { userId: stored.user.id } : {}), signOut }),
    [host.kind, stored, signOut],
  );

  if (host.kind === 'browser' && !stored) {
    return (
      <SignInPage
        onSignedIn={(next) => {
          saveSession(next);
          setStored(next);
        }}
      />
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
