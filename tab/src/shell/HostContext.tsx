import { createContext, useContext } from 'react';
import type { HostInfo } from './host';

export const HostContext = createContext<HostInfo>({
  kind: 'browser',
  frame: 'browser',
  theme: 'light',
  locale: 'en',
});

export const useHost = () => useContext(HostContext);
