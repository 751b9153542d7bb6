import { getMyFigures, listLeads, listOpportunities } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

/** How many of my open leads and deals the tiles list by name. */
export const TILE_ITEMS = 5;

export const myKey = (meId: string) => ['my', meId] as const;

export const fetchMyFigures = (signal: AbortSignal) => call(getMyFigures, { query: {}, signal });

export const fetchMyOpenLeads = (meId: string, signal: AbortSignal) =>
  call(listLeads, { query: { ownerId: meId, open: true, limit: TILE_ITEMS }, signal });

export const fetchMyOpenOpportunities = (meId: string, signal: AbortSignal) =>
  call(listOpportunities, {
    query: { ownerId: meId, status: 'open', limit: TILE_ITEMS },
    signal,
  });
