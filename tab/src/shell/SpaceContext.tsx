import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Space, User } from '@channel-crm/domain';
import { useHost } from './HostContext';

export type SpaceState = {
  me: User;
  spaces: Space[];
  /** The space lists and the board work in; undefined when the user has none. */
  space?: Space;
  /** A channel tab is pinned to its space: no switching there. */
  fixed: boolean;
  selectSpace(id: string): void;
};

const SpaceContext = createContext<SpaceState | undefined>(undefined);

const STORAGE_KEY = 'channel-crm.space';

export function SpaceProvider({
  me,
  spaces,
  children,
}: {
  me: User;
  spaces: Space[];
  children: ReactNode;
}) {
  const host = useHost();
  const pinned = spaces.find(
    (s) =>
      (host.channelId && s.channelId === host.channelId) ||
      (host.teamId && s.teamId === host.teamId),
  );
  const [selectedId, setSelectedId] = useState(
    () => localStorage.getItem(STORAGE_KEY) ?? undefined,
  );
  useEffect(() => {
    if (selectedId) localStorage.setItem(STORAGE_KEY, selectedId);
  }, [selectedId]);

  const value = useMemo<SpaceState>(() => {
    const space = pinned ?? spaces.find((s) => s.id === selectedId) ?? spaces[0];
    return {
      me,
      spaces,
      ...(space ? { space } : {}),
      fixed: host.frame === 'channel' && pinned !== undefined,
      selectSpace: setSelectedId,
    };
  }, [me, spaces, pinned, selectedId, host.frame]);

  return <SpaceContext.Provider value={value}>{children}</SpaceContext.Provider>;
}

export function useSpace(): SpaceState {
  const state = useContext(SpaceContext);
  if (!state) throw new Error('useSpace outside SpaceProvider');
  return state;
}
