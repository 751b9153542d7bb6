import {
  Account,
  AccountLinkInput,
  anonymizeContact,
  anonymizeLead,
  archiveLead,
  claimLead,
  assignUser,
  Contact,
  createAccount,
  CreateAccountInput,
  createContact,
  CreateContactInput,
  createLead,
  CreateLeadInput,
  createSpace,
  CreateSpaceInput,
  deleteTenant,
  DeleteTenantInput,
  disqualifyLead,
  DisqualifyLeadInput,
  exportTenant,
  getAccount,
  getContact,
  getLead,
  getMe,
  Lead,
  listAccounts,
  ListAccountsInput,
  listContacts,
  ListContactsInput,
  listLeads,
  ListLeadsInput,
  listMySpaces,
  listSpaceMembers,
  SpaceMember,
  updateSpace,
  UpdateSpaceInput,
  listUsers,
  qualifyLead,
  QualifyLeadInput,
  Space,
  unarchiveLead,
  updateAccount,
  UpdateAccountInput,
  updateContact,
  UpdateContactInput,
  updateLead,
  UpdateLeadInput,
  User,
  addNote,
  addRecordParticipant,
  addRecordSubscriber,
  AssignUserInput,
  closeOpportunity,
  CloseOpportunityInput,
  copyOpportunity,
  CopyOpportunityInput,
  createOpportunity,
  CreateOpportunityInput,
  createPipeline,
  DealListItem,
  deleteNote,
  deleteOpportunity,
  editNote,
  followRecord,
  getBoard,
  GetBoardInput,
  getOpportunity,
  linkOpportunityAccount,
  listOpportunities,
  ListOpportunitiesInput,
  listPipelines,
  listTimeline,
  ListTimelineInput,
  moveOpportunityStage,
  moveOpportunityToSpace,
  MoveStageInput,
  MoveToSpaceInput,
  NoteInput,
  notFound,
  ok,
  Opportunity,
  UpdateOpportunityInput,
  ParticipantInput,
  Pipeline,
  PipelineInput,
  removeRecordParticipant,
  removeRecordSubscriber,
  setOpportunityPrimaryAccount,
  setRecordContact,
  SetContactInput,
  SubscriberInput,
  TimelineEntry,
  unfollowRecord,
  unlinkOpportunityAccount,
  unlockOpportunity,
  updateOpportunity,
  updatePipeline,
  UserId,
  type RecordType,
  type RoleRecordType,
} from '@channel-crm/domain/server';
import { notificationRoutes } from './functions/notifications';
import { asItems, itemsOf, pageOf } from './http/lists';
import { openApiDocument } from './http/openapi';
import { route, type Route } from './http/route';

const CloseInput = CloseOpportunityInput.omit({ outcome: true });

const COLLECTIONS = {
  lead: { plural: 'leads', singular: 'Lead' },
  opportunity: { plural: 'opportunities', singular: 'Opportunity' },
  account: { plural: 'accounts', singular: 'Account' },
  contact: { plural: 'contacts', singular: 'Contact' },
} as const;

/** Contact, participants and subscribers of a lead or an opportunity (the three roles). */
function roleRoutes(type: RoleRecordType): Route[] {
  const { plural, singular } = COLLECTIONS[type];
  const tag = plural;
  return [
    route(
      `set${singular}Contact`,
      'PUT',
      `/${plural}/{id}/contact`,
      { summary: 'Set or clear the primary contact', tag, body: SetContactInput, ifMatch: true },
      (ctx, req) => setRecordContact(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    route(
      `add${singular}Participant`,
      'POST',
      `/${plural}/{id}/participants`,
      {
        summary: 'Add another participant (a contact)',
        tag,
        body: ParticipantInput,
        ifMatch: true,
      },
      (ctx, req) => addRecordParticipant(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    route(
      `remove${singular}Participant`,
      'DELETE',
      `/${plural}/{id}/participants/{contactId}`,
      { summary: 'Remove a participant', tag, ifMatch: true },
      (ctx, req) =>
        removeRecordParticipant(
          ctx,
          type,
          req.params.id,
          { contactId: req.params.contactId },
          req.expectedVersion,
        ),
    ),
    route(
      `add${singular}Subscriber`,
      'POST',
      `/${plural}/{id}/subscribers`,
      { summary: 'Add a subscriber (a colleague)', tag, body: SubscriberInput, ifMatch: true },
      (ctx, req) => addRecordSubscriber(ctx, type, req.params.id, req.body, req.expectedVersion),
    ),
    route(
      `remove${singular}Subscriber`,
      'DELETE',
      `/${plural}/{id}/subscribers/{userId}`,
      { summary: 'Remove a subscriber', tag, params: { userId: UserId }, ifMatch: true },
      (ctx, req) =>
        removeRecordSubscriber(
          ctx,
          type,
          req.params.id,
          { userId: req.params.userId },
          req.expectedVersion,
        ),
    ),
    route(
      `follow${singular}`,
      'POST',
      `/${plural}/{id}/follow`,
      { summary: 'Follow it yourself', tag, ifMatch: true },
      (ctx, req) => followRecord(ctx, type, req.params.id, req.expectedVersion),
    ),
    route(
      `unfollow${singular}`,
      'DELETE',
      `/${plural}/{id}/follow`,
      { summary: 'Stop following it', tag, ifMatch: true },
      (ctx, req) => unfollowRecord(ctx, type, req.params.id, req.expectedVersion),
    ),
  ];
}

/** The timeline (notes and field history) of any record, and adding a note to it. */
function timelineRoutes(type: RecordType): Route[] {
  const { plural, singular } = COLLECTIONS[type];
  return [
    route(
      `list${singular}Timeline`,
      'GET',
      `/${plural}/{id}/timeline`,
      {
        summary: 'Notes and field history (who, when, old → new), newest first',
        tag: 'timeline',
        query: ListTimelineInput,
        response: pageOf(TimelineEntry),
      },
      (ctx, req) => listTimeline(ctx, type, req.params.id, req.query),
    ),
    route(
      `add${singular}Note`,
      'POST',
      `/${plural}/{id}/notes`,
      {
        summary: 'Add a note',
        tag: 'timeline',
        body: NoteInput,
        response: TimelineEntry,
        idempotent: true,
      },
      (ctx, req) => addNote(ctx, type, req.params.id, req.body),
    ),
  ];
}

const pipelineRoutes: Route[] = [
  route(
    'listPipelines',
    'GET',
    '/spaces/{id}/pipelines',
    {
      summary: "A space's pipelines, the default first",
      tag: 'pipelines',
      response: itemsOf(Pipeline),
    },
    // The use case answers an empty list for a space id of another tenant; that is a 404 here.
    async (ctx, req) =>
      (await ctx.store.spaces.get(ctx.actor.tenantId, req.params.id))
        ? asItems(await listPipelines(ctx, req.params.id))
        : notFound('space', req.params.id),
  ),
  route(
    'createPipeline',
    'POST',
    '/spaces/{id}/pipelines',
    {
      summary: 'Create a pipeline with its stages',
      tag: 'pipelines',
      body: PipelineInput,
      response: Pipeline,
      idempotent: true,
    },
    (ctx, req) => createPipeline(ctx, req.params.id, req.body),
  ),
  route(
    'updatePipeline',
    'PUT',
    '/pipelines/{id}',
    {
      summary: 'Rename a pipeline or change its stages',
      tag: 'pipelines',
      body: PipelineInput,
      response: Pipeline,
      ifMatch: true,
    },
    (ctx, req) => updatePipeline(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'getBoard',
    'GET',
    '/pipelines/{id}/board',
    {
      summary: 'Board: per-stage figures and the first deals of each stage',
      tag: 'pipelines',
      query: GetBoardInput,
    },
    (ctx, req) => getBoard(ctx, req.params.id, req.query),
  ),
];

const opportunityRoutes: Route[] = [
  route(
    'listOpportunities',
    'GET',
    '/opportunities',
    {
      summary: 'A page of opportunities (one space or all of mine), filtered and sorted',
      tag: 'opportunities',
      query: ListOpportunitiesInput,
      response: pageOf(DealListItem),
    },
    (ctx, req) => listOpportunities(ctx, req.query),
  ),
  route(
    'createOpportunity',
    'POST',
    '/opportunities',
    {
      summary: 'Create an opportunity',
      tag: 'opportunities',
      body: CreateOpportunityInput,
      response: Opportunity,
      idempotent: true,
    },
    (ctx, req) => createOpportunity(ctx, req.body),
  ),
  route(
    'getOpportunity',
    'GET',
    '/opportunities/{id}',
    { summary: 'One opportunity', tag: 'opportunities', response: Opportunity },
    (ctx, req) => getOpportunity(ctx, req.params.id),
  ),
  route(
    'updateOpportunity',
    'PATCH',
    '/opportunities/{id}',
    {
      summary: 'Edit fields of an opportunity',
      tag: 'opportunities',
      body: UpdateOpportunityInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => updateOpportunity(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'deleteOpportunity',
    'DELETE',
    '/opportunities/{id}',
    { summary: 'Delete an opportunity for good', tag: 'opportunities', ifMatch: true },
    (ctx, req) => deleteOpportunity(ctx, req.params.id, req.expectedVersion),
  ),
  route(
    'moveOpportunityStage',
    'PATCH',
    '/opportunities/{id}/stage',
    {
      summary: 'Move an opportunity to another stage of its pipeline',
      tag: 'opportunities',
      body: MoveStageInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => moveOpportunityStage(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'markOpportunityWon',
    'POST',
    '/opportunities/{id}/won',
    {
      summary: 'Mark an opportunity won (it is locked until unlocked)',
      tag: 'opportunities',
      body: CloseInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) =>
      closeOpportunity(ctx, req.params.id, { ...req.body, outcome: 'won' }, req.expectedVersion),
  ),
  route(
    'markOpportunityLost',
    'POST',
    '/opportunities/{id}/lost',
    {
      summary: 'Mark an opportunity lost, with the reason',
      tag: 'opportunities',
      body: CloseInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) =>
      closeOpportunity(ctx, req.params.id, { ...req.body, outcome: 'lost' }, req.expectedVersion),
  ),
  route(
    'unlockOpportunity',
    'POST',
    '/opportunities/{id}/unlock',
    {
      summary: 'Unlock a won opportunity for edits',
      tag: 'opportunities',
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => unlockOpportunity(ctx, req.params.id, req.expectedVersion),
  ),
  route(
    'copyOpportunity',
    'POST',
    '/opportunities/{id}/copy',
    {
      summary: 'Copy an opportunity into a new open one',
      tag: 'opportunities',
      body: CopyOpportunityInput,
      response: Opportunity,
      idempotent: true,
    },
    (ctx, req) => copyOpportunity(ctx, req.params.id, req.body),
  ),
  route(
    'moveOpportunityToSpace',
    'POST',
    '/opportunities/{id}/move-to-space',
    {
      summary: 'Move an opportunity to another space',
      tag: 'opportunities',
      body: MoveToSpaceInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => moveOpportunityToSpace(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'linkOpportunityAccount',
    'POST',
    '/opportunities/{id}/accounts',
    {
      summary: 'Link an account (the first linked is primary)',
      tag: 'opportunities',
      body: AccountLinkInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => linkOpportunityAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'unlinkOpportunityAccount',
    'DELETE',
    '/opportunities/{id}/accounts/{accountId}',
    { summary: 'Unlink an account', tag: 'opportunities', response: Opportunity, ifMatch: true },
    (ctx, req) =>
      unlinkOpportunityAccount(
        ctx,
        req.params.id,
        { accountId: req.params.accountId },
        req.expectedVersion,
      ),
  ),
  route(
    'setOpportunityPrimaryAccount',
    'PUT',
    '/opportunities/{id}/primary-account',
    {
      summary: 'Make a linked account the primary one',
      tag: 'opportunities',
      body: AccountLinkInput,
      response: Opportunity,
      ifMatch: true,
    },
    (ctx, req) => setOpportunityPrimaryAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
];

const noteRoutes: Route[] = [
  route(
    'editNote',
    'PATCH',
    '/notes/{id}',
    { summary: 'Edit your own note', tag: 'timeline', body: NoteInput, ifMatch: true },
    (ctx, req) => editNote(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'deleteNote',
    'DELETE',
    '/notes/{id}',
    { summary: 'Delete your own note', tag: 'timeline', ifMatch: true },
    (ctx, req) => deleteNote(ctx, req.params.id, req.expectedVersion),
  ),
];

const adminRoutes: Route[] = [
  route(
    'getMe',
    'GET',
    '/me',
    { summary: 'The signed-in user and the spaces they may open', tag: 'me' },
    (ctx) => getMe(ctx),
  ),
  route(
    'listUsers',
    'GET',
    '/users',
    { summary: 'Users of the tenant', tag: 'admin', response: itemsOf(User) },
    async (ctx) => asItems(await listUsers(ctx)),
  ),
  route(
    'assignUser',
    'PATCH',
    '/users/{userId}',
    {
      summary: "Set a user's role, supervisor (the org chart) or partner",
      tag: 'admin',
      auth: 'admin',
      params: { userId: UserId },
      body: AssignUserInput,
      response: User,
      ifMatch: true,
    },
    (ctx, req) => assignUser(ctx, req.params.userId, req.body, req.expectedVersion),
  ),
  route(
    'exportTenant',
    'GET',
    '/tenant/export',
    { summary: 'Every document of the tenant as JSON', tag: 'admin', auth: 'admin' },
    (ctx) => exportTenant(ctx),
  ),
  route(
    'deleteTenant',
    'DELETE',
    '/tenant',
    {
      summary: 'Delete every document of the tenant (name it to confirm)',
      tag: 'admin',
      auth: 'admin',
      query: DeleteTenantInput,
    },
    (ctx, req) => deleteTenant(ctx, req.query),
  ),
];

const spaceRoutes: Route[] = [
  route(
    'listMySpaces',
    'GET',
    '/spaces',
    { summary: 'The spaces I may open', tag: 'spaces', response: itemsOf(Space) },
    async (ctx) => asItems(await listMySpaces(ctx)),
  ),
  route(
    'createSpace',
    'POST',
    '/spaces',
    {
      summary: 'Create a space (one per Teams team or channel)',
      tag: 'spaces',
      body: CreateSpaceInput,
      response: Space,
      idempotent: true,
    },
    (ctx, req) => createSpace(ctx, req.body),
  ),
  route(
    'getSpace',
    'GET',
    '/spaces/{id}',
    { summary: 'One of my spaces', tag: 'spaces', response: Space },
    async (ctx, req) => {
      const mine = await listMySpaces(ctx);
      if (!mine.ok) return mine;
      const space = mine.value.find((s) => s.id === req.params.id);
      return space ? ok(space) : notFound('space', req.params.id);
    },
  ),
  route(
    'updateSpace',
    'PATCH',
    '/spaces/{id}',
    {
      summary: 'Rename a space, change its currency or pin it to a Teams team and channel',
      tag: 'spaces',
      body: UpdateSpaceInput,
      response: Space,
      ifMatch: true,
    },
    (ctx, req) => updateSpace(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'listSpaceMembers',
    'GET',
    '/spaces/{id}/members',
    {
      summary: "The people on a space's roster, for its members",
      tag: 'spaces',
      response: itemsOf(SpaceMember),
    },
    async (ctx, req) => asItems(await listSpaceMembers(ctx, req.params.id)),
  ),
];

const leadRoutes: Route[] = [
  route(
    'listLeads',
    'GET',
    '/leads',
    {
      summary: 'A page of leads (one space or all of mine), filtered and sorted',
      tag: 'leads',
      query: ListLeadsInput,
      response: pageOf(Lead),
    },
    (ctx, req) => listLeads(ctx, req.query),
  ),
  route(
    'createLead',
    'POST',
    '/leads',
    {
      summary: 'Create a lead',
      tag: 'leads',
      body: CreateLeadInput,
      response: Lead,
      idempotent: true,
    },
    (ctx, req) => createLead(ctx, req.body),
  ),
  route(
    'getLead',
    'GET',
    '/leads/{id}',
    { summary: 'One lead', tag: 'leads', response: Lead },
    (ctx, req) => getLead(ctx, req.params.id),
  ),
  route(
    'updateLead',
    'PATCH',
    '/leads/{id}',
    {
      summary: 'Edit fields of a lead',
      tag: 'leads',
      body: UpdateLeadInput,
      response: Lead,
      ifMatch: true,
    },
    (ctx, req) => updateLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'qualifyLead',
    'POST',
    '/leads/{id}/qualify',
    {
      summary: 'Convert into the contact, account and opportunity chosen, in one operation',
      tag: 'leads',
      body: QualifyLeadInput,
      ifMatch: true,
    },
    (ctx, req) => qualifyLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'disqualifyLead',
    'POST',
    '/leads/{id}/disqualify',
    {
      summary: 'Disqualify, with the reason',
      tag: 'leads',
      body: DisqualifyLeadInput,
      response: Lead,
      ifMatch: true,
    },
    (ctx, req) => disqualifyLead(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'archiveLead',
    'POST',
    '/leads/{id}/archive',
    { summary: 'Archive', tag: 'leads', response: Lead, ifMatch: true },
    (ctx, req) => archiveLead(ctx, req.params.id, req.expectedVersion),
  ),
  route(
    'unarchiveLead',
    'POST',
    '/leads/{id}/unarchive',
    { summary: 'Unarchive', tag: 'leads', response: Lead, ifMatch: true },
    (ctx, req) => unarchiveLead(ctx, req.params.id, req.expectedVersion),
  ),
  route(
    'claimLead',
    'POST',
    '/leads/{id}/claim',
    {
      summary: 'Take an unassigned lead for yourself (422 when someone else was first)',
      tag: 'leads',
      response: Lead,
      ifMatch: true,
    },
    (ctx, req) => claimLead(ctx, req.params.id, req.expectedVersion),
  ),
  route(
    'anonymizeLead',
    'POST',
    '/leads/{id}/anonymize',
    {
      summary: 'Erase personal data everywhere, keep the statistics',
      tag: 'leads',
      response: Lead,
      ifMatch: true,
    },
    (ctx, req) => anonymizeLead(ctx, req.params.id, req.expectedVersion),
  ),
];

const accountAndContactRoutes: Route[] = [
  route(
    'listAccounts',
    'GET',
    '/accounts',
    {
      summary: 'A page of accounts (one space or all of mine), filtered and sorted',
      tag: 'accounts',
      query: ListAccountsInput,
      response: pageOf(Account),
    },
    (ctx, req) => listAccounts(ctx, req.query),
  ),
  route(
    'createAccount',
    'POST',
    '/accounts',
    {
      summary: 'Create an account',
      tag: 'accounts',
      body: CreateAccountInput,
      response: Account,
      idempotent: true,
    },
    (ctx, req) => createAccount(ctx, req.body),
  ),
  route(
    'getAccount',
    'GET',
    '/accounts/{id}',
    { summary: 'One account', tag: 'accounts', response: Account },
    (ctx, req) => getAccount(ctx, req.params.id),
  ),
  route(
    'updateAccount',
    'PATCH',
    '/accounts/{id}',
    {
      summary: 'Edit fields of an account',
      tag: 'accounts',
      body: UpdateAccountInput,
      response: Account,
      ifMatch: true,
    },
    (ctx, req) => updateAccount(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'listContacts',
    'GET',
    '/contacts',
    {
      summary: 'A page of contacts (one space or all of mine), filtered and sorted',
      tag: 'contacts',
      query: ListContactsInput,
      response: pageOf(Contact),
    },
    (ctx, req) => listContacts(ctx, req.query),
  ),
  route(
    'createContact',
    'POST',
    '/contacts',
    {
      summary: 'Create a contact',
      tag: 'contacts',
      body: CreateContactInput,
      response: Contact,
      idempotent: true,
    },
    (ctx, req) => createContact(ctx, req.body),
  ),
  route(
    'getContact',
    'GET',
    '/contacts/{id}',
    { summary: 'One contact', tag: 'contacts', response: Contact },
    (ctx, req) => getContact(ctx, req.params.id),
  ),
  route(
    'updateContact',
    'PATCH',
    '/contacts/{id}',
    {
      summary: 'Edit fields of a contact',
      tag: 'contacts',
      body: UpdateContactInput,
      response: Contact,
      ifMatch: true,
    },
    (ctx, req) => updateContact(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  route(
    'anonymizeContact',
    'POST',
    '/contacts/{id}/anonymize',
    {
      summary: 'Erase personal data everywhere, keep the statistics',
      tag: 'contacts',
      response: Contact,
      ifMatch: true,
    },
    (ctx, req) => anonymizeContact(ctx, req.params.id, req.expectedVersion),
  ),
];

/** The ONE route table: the Functions registrations, the local host and OpenAPI come from it. */
export const routes: Route[] = [
  route(
    'openApi',
    'GET',
    '/openapi.json',
    { summary: 'This document', tag: 'meta', auth: 'public' },
    async () => ok(openApiDocument(routes)),
  ),
  ...adminRoutes,
  ...spaceRoutes,
  ...pipelineRoutes,
  ...leadRoutes,
  ...accountAndContactRoutes,
  ...opportunityRoutes,
  ...roleRoutes('lead'),
  ...roleRoutes('opportunity'),
  ...notificationRoutes,
  ...(['lead', 'opportunity', 'account', 'contact'] as const).flatMap(timelineRoutes),
  ...noteRoutes,
];

export type { Route } from './http/route';
