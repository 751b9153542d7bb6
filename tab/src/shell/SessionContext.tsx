import { createContext, useContext } from 'react';

export type Session = {
  /** Undefined inside Teams until `/me` answered. */
  userId?: string;
  signOut?: () => void;
};

export const SessionContext = createContext<Session>({});

export const useSession = () => useContext(SessionContext);
