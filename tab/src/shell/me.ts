import { useQuery } from '@tanstack/react-query';
import { getMe } from '@channel-crm/domain/contracts';
import { call } from './api-client';

export const meKey = ['me'] as const;

export const useMe = () => useQuery({ queryKey: meKey, queryFn: () => call(getMe) });
