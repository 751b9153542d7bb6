import type { CreateLeadInput, Lead, LeadListView, UpdateLeadInput } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export type { QualifyResult } from '@channel-crm/domain/contracts';

export type LeadView = 'all' | 'mine' | 'untouched' | 'today' | 'unassigned' | 'archived';

export const LEAD_VIEWS: LeadView[] = [
  'mine',
  'all',
  'untouched',
  'today',
  'unassigned',
  'archived',
];

export type LeadListParams = { spaceId: string; view: LeadView; text: string; meId: string };

/** The views the server answers by name (the others are plain filters). */
const SERVER_VIEWS: Partial<Record<LeadView, LeadListView>> = {
  all: 'open',
  untouched: 'untouched',
  today: 'incoming_today',
  unassigned: 'free_pool',
};

/** Each view is answered whole by the server, so every page is full of what the view shows. */
function serverFilter(p: LeadListParams) {
  const openOnly = p.view === 'mine' || p.view === 'all' || p.view === 'unassigned';
  return {
    spaceId: p.spaceId,
    text: p.text || undefined,
    ownerId: p.view === 'mine' ? p.meId : undefined,
    open: openOnly ? true : undefined,
    view: SERVER_VIEWS[p.view],
    // "Today" is the user's own: from midnight where they are.
    timeZone: p.view === 'today' ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined,
    archived: p.view === 'archived',
    limit: 100,
  };
}

export const leadsKey = (p: LeadListParams) => ['leads', p] as const;

export const listLeads = (p: LeadListParams, continuation?: string, signal?: AbortSignal) =>
  call(contracts.listLeads, { query: { ...serverFilter(p), continuation }, signal });

export const getLead = (id: string, signal?: AbortSignal) =>
  call(contracts.getLead, { params: { id }, signal });

export const createLead = (input: CreateLeadInput, idempotencyKey: string) =>
  call(contracts.createLead, { body: input, idempotencyKey });

export const updateLead = (id: string, input: UpdateLeadInput, version: number) =>
  call(contracts.updateLead, { params: { id }, body: input, version });

export const archiveLead = (lead: Lead) =>
  call(lead.archived ? contracts.unarchiveLead : contracts.archiveLead, {
    params: { id: lead.id },
    version: lead.version,
  });

/** Takes a lead of the free pool; 422 when someone else was first. */
export const claimLead = (lead: Lead) =>
  call(contracts.claimLead, { params: { id: lead.id }, version: lead.version });

export const disqualifyLead = (lead: Lead, reason: string) =>
  call(contracts.disqualifyLead, {
    params: { id: lead.id },
    body: { reason },
    version: lead.version,
  });

/** Each part present means "create it"; only the fields those records need are sent. */
export type QualifyInput = {
  contact?: { firstName?: string; lastName: string; email?: string };
  account?: { name: string };
  opportunity?: {
    name: string;
    amount?: { amount: number; currency: string };
    pipelineId?: string;
  };
};

export const qualifyLead = (lead: Lead, input: QualifyInput) =>
  call(contracts.qualifyLead, { params: { id: lead.id }, body: input, version: lead.version });

/** Erases the person's data everywhere, for good; statistics stay. */
export const anonymizeLead = (lead: Lead) =>
  call(contracts.anonymizeLead, { params: { id: lead.id }, version: lead.version });

/** The list's filters for the server's CSV export (every page, not a page size). */
export function leadExportQuery(p: LeadListParams) {
  const { limit: _pageSize, ...filters } = serverFilter(p);
  return filters;
}
