import type {
  Account,
  Contact,
  CreateLeadInput,
  Lead,
  Opportunity,
  UpdateLeadInput,
} from '@channel-crm/domain';
import { api, withQuery } from '../../../shell/api-client';
import type { Page } from '../../../shell/me';

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

const startOfToday = () => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
};

/** Each view is answered whole by the server, so every page is full of what the view shows. */
function serverFilter(p: LeadListParams) {
  const openOnly = p.view === 'mine' || p.view === 'all' || p.view === 'unassigned';
  return {
    spaceId: p.spaceId,
    text: p.text || undefined,
    ownerId: p.view === 'mine' ? p.meId : undefined,
    unassigned: p.view === 'unassigned' ? true : undefined,
    open: openOnly ? true : undefined,
    untouched: p.view === 'untouched' ? true : undefined,
    // "Today" is the user's own: from their local midnight.
    createdAfter: p.view === 'today' ? startOfToday() : undefined,
    archived: p.view === 'archived',
    limit: 100,
  };
}

export const leadsKey = (p: LeadListParams) => ['leads', p] as const;

export const listLeads = (p: LeadListParams, continuation?: string, signal?: AbortSignal) =>
  api.get<Page<Lead>>(withQuery('/leads', { ...serverFilter(p), continuation }), signal);

export const getLead = (id: string, signal?: AbortSignal) => api.get<Lead>(`/leads/${id}`, signal);

export const createLead = (input: CreateLeadInput, idempotencyKey: string) =>
  api.post<Lead>('/leads', { body: input, idempotencyKey });

export const updateLead = (id: string, input: UpdateLeadInput, version: number) =>
  api.patch<Lead>(`/leads/${id}`, { body: input, version });

export const archiveLead = (lead: Lead) =>
  api.post<Lead>(`/leads/${lead.id}/${lead.archived ? 'unarchive' : 'archive'}`, {
    version: lead.version,
  });

/** Takes a lead of the free pool; 422 when someone else was first. */
export const claimLead = (lead: Lead) =>
  api.post<Lead>(`/leads/${lead.id}/claim`, { version: lead.version });

export const disqualifyLead = (lead: Lead, reason: string) =>
  api.post<Lead>(`/leads/${lead.id}/disqualify`, { body: { reason }, version: lead.version });

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

export type QualifyResult = {
  lead: Lead;
  contact?: Contact;
  account?: Account;
  opportunity?: Opportunity;
};

export const qualifyLead = (lead: Lead, input: QualifyInput) =>
  api.post<QualifyResult>(`/leads/${lead.id}/qualify`, { body: input, version: lead.version });
