import type { DomainEvent } from '../events';
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead, QualifyLeadInput } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import type { Pipeline, Stage } from '../model/pipeline';
import { invalid, ok, type Result } from '../result';
import type { BatchWrite } from '../store/ports';
import { creationMeta, domainEvent, nextVersion, type ChangeSource } from './changes';
import { derivedId } from './deterministic-id';
import { checkQualifiable } from './lead-lifecycle';
import { entryStage } from './pipeline';
import { personName } from './record-title';

/** What qualify writes: the records it creates, then the lead (last, see qualifyWrites). */
export type QualifyPlan = {
  /** Derived from the lead and its version: a rerun of an interrupted qualify reuses it. */
  commitId: string;
  lead: Lead;
  contact?: Contact;
  account?: Account;
  opportunity?: Opportunity;
  writes: BatchWrite[];
};

export type QualifyContext = {
  /** The pipeline of the new opportunity (the one asked for or the space's default). */
  pipeline?: Pipeline;
  /** An existing account the user picked, already checked as visible. */
  existingAccount?: Account;
};

/** Ids of what qualify creates derive from the lead, so a rerun creates the same documents. */
export const qualifiedId = (leadId: string, role: 'contact' | 'account' | 'opportunity') =>
  derivedId(leadId, `qualify/${role}`);

/**
 * Turns a lead into the records the user chose, linked both ways. The lead is written last,
 * so until it says "qualified" every part may be written again; the stored parts carry the
 * plan's commitId and are skipped on a rerun.
 */
export function planQualify(
  src: ChangeSource,
  lead: Lead,
  input: QualifyLeadInput,
  context: QualifyContext = {},
): Result<QualifyPlan> {
  const open = checkQualifiable(lead);
  if (!open.ok) return open;

  const accountName = input.account ? (input.account.name ?? lead.company) : undefined;
  if (input.account && !accountName) {
    return invalid([
      {
        path: 'account.name',
        message: 'The lead has no company: name the account',
        code: 'field.company_required',
        params: {},
      },
    ]);
  }
  let stage: Stage | undefined;
  if (input.opportunity) {
    if (!context.pipeline) {
      return invalid([
        {
          path: 'opportunity.pipelineId',
          message: 'The space has no pipeline',
          code: 'field.space_has_no_pipeline',
          params: {},
        },
      ]);
    }
    const entry = entryStage(context.pipeline, input.opportunity.stageId);
    if (!entry.ok) return entry;
    stage = entry.value;
  }

  const shared = {
    /** Whoever qualifies a lead of the free pool owns what it becomes. */
    ownerId: lead.ownerId ?? src.actor.userId,
    partnerId: lead.partnerId,
    searchText: '',
  };

  const account: Account | undefined =
    input.account && accountName
      ? {
          ...creationMeta(src, qualifiedId(lead.id, 'account')),
          ...shared,
          type: 'account',
          name: accountName,
          kind: 'other',
          website: input.account.website ?? lead.website,
          industry: input.account.industry,
          keyAccount: false,
          tags: [],
          global: false,
          spaceIds: [lead.spaceId],
          private: false,
        }
      : undefined;
  const accountId = account?.id ?? context.existingAccount?.id;

  const contact: Contact | undefined = input.contact
    ? {
        ...creationMeta(src, qualifiedId(lead.id, 'contact')),
        ...shared,
        type: 'contact',
        firstName: input.contact.firstName ?? lead.firstName,
        lastName: input.contact.lastName ?? lead.lastName,
        email: input.contact.email ?? lead.email,
        phone: input.contact.phone ?? lead.phone,
        jobTitle: input.contact.jobTitle ?? lead.jobTitle,
        accountId,
        champion: false,
        tags: [],
        global: false,
        spaceIds: [lead.spaceId],
        leadId: lead.id,
      }
    : undefined;

  const opportunity: Opportunity | undefined =
    input.opportunity && context.pipeline && stage
      ? {
          ...creationMeta(src, qualifiedId(lead.id, 'opportunity')),
          ...shared,
          type: 'opportunity',
          name: input.opportunity.name ?? lead.company ?? personName(lead),
          amount: input.opportunity.amount,
          expectedCloseDate: input.opportunity.expectedCloseDate,
          tags: lead.tags,
          spaceId: lead.spaceId,
          coOwnerIds: lead.coOwnerIds,
          shares: lead.shares,
          pipelineId: context.pipeline.id,
          stageId: stage.id,
          probability: stage.probability,
          status: 'open',
          locked: false,
          accountIds: accountId ? [accountId] : [],
          primaryAccountId: accountId,
          contactId: contact?.id ?? lead.contactId,
          participantIds: [],
          subscriberIds: lead.subscriberIds,
          leadId: lead.id,
        }
      : undefined;

  const qualifiedInto = {
    contactId: contact?.id,
    accountId,
    opportunityId: opportunity?.id,
  };
  const nextLead: Lead = { ...nextVersion(src, lead), status: 'qualified', qualifiedInto };

  const created = (doc: Account | Contact | Opportunity): BatchWrite => ({
    doc,
    expectedVersion: 0,
    events: [
      domainEvent(src, doc, `${doc.type}.created`, {
        data: { leadId: lead.id, ...(doc.type === 'opportunity' ? { stageId: doc.stageId } : {}) },
      }),
    ],
  });
  const leadEvent: DomainEvent = domainEvent(src, nextLead, 'lead.qualified', {
    changes: [{ field: 'status', old: lead.status, new: 'qualified' }],
    data: qualifiedInto,
  });
  const writes = [
    ...[account, contact, opportunity].flatMap((doc) => (doc ? [created(doc)] : [])),
    { doc: nextLead, expectedVersion: lead.version, events: [leadEvent] },
  ];
  return ok({
    commitId: derivedId(lead.id, `qualify@${lead.version}`),
    lead: nextLead,
    contact,
    account,
    opportunity,
    writes,
  });
}
