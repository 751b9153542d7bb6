import type { IdsBySegment } from './route-paths';

const STAGES = [
  { name: 'Open', probability: 10, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

/** A valid body per route (tenant A's ids), so refusals are about auth or access, not shape. */
export function exampleBody(routeName: string, ids: IdsBySegment): unknown {
  const exact: Record<string, unknown> = {
    assignUser: { role: 'seller' },
    setMyNotifications: { mode: 'digest', digestHour: 8 },
    createPipeline: { name: 'Example pipeline', stages: STAGES },
    updatePipeline: { name: 'Example pipeline', stages: STAGES },
    createOpportunity: { spaceId: ids.spaces, name: 'Example deal' },
    updateOpportunity: { name: 'Example deal' },
    moveOpportunityStage: { stageId: crypto.randomUUID() },
    markOpportunityWon: { reason: 'Example' },
    markOpportunityLost: { reason: 'Example' },
    copyOpportunity: {},
    moveOpportunityToSpace: { spaceId: ids.spaces },
    linkOpportunityAccount: { accountId: ids.accounts },
    setOpportunityPrimaryAccount: { accountId: ids.accounts },
    editNote: { text: 'Example note' },
    createSpace: { name: 'Example space' },
    updateSpace: { name: 'Example space' },
    createLead: { spaceId: ids.spaces, lastName: 'Example' },
    checkDuplicates: { type: 'lead', lastName: 'Example', email: 'example@example.com' },
    dismissDuplicate: { type: 'lead', id: ids.leads, matchId: ids.leads },
    qualifyLead: { contact: {}, account: {} },
    mergeLead: { mergedId: ids.leads },
    mergeContact: { mergedId: ids.contacts },
    mergeAccount: { mergedId: ids.accounts },
    disqualifyLead: { reason: 'No budget' },
    updateLead: { jobTitle: 'Head of examples' },
    createAccount: { name: 'Example SA' },
    updateAccount: { name: 'Example SA' },
    createContact: { lastName: 'Example' },
    updateContact: { lastName: 'Example' },
    createActivity: {
      recordType: 'opportunity',
      recordId: ids.opportunities,
      typeId: 'call',
      title: 'Example call',
      dueAt: '2026-12-01T09:00:00Z',
    },
    updateActivity: { title: 'Example call' },
    setTaskSettings: {
      types: [{ id: 'call', name: 'Call', kind: 'call', order: 0, active: true }],
      statusesEnabled: false,
      statuses: [],
    },
    setTaskSharing: { default: 'busy' },
    createImport: { spaceId: ids.spaces, recordType: 'lead', fileName: 'leads.csv', size: 3 },
    appendImportPart: { offset: 0, data: 'QSxCCg==' },
    setImportMapping: { mapping: { recordType: 'lead', columns: [] } },
    createTaskTemplate: {
      name: 'Example onboarding',
      steps: [
        { typeId: 'call', title: 'Welcome call', delayDays: 0, time: '10:00' },
        { typeId: 'call', title: 'Check-in', delayDays: 5 },
      ],
    },
    updateTaskTemplate: { name: 'Example onboarding' },
    applyTaskTemplate: { recordType: 'opportunity', recordId: ids.opportunities },
    setSuggestionRules: {
      rules: [{ afterTypeId: 'call', suggestTypeId: 'call', delayDays: 2, title: 'Follow up' }],
    },
    createApiKey: { name: 'Example key' },
    receiveInboundLead: { externalId: 'example-1', lastName: 'Example' },
    createWebForm: {
      name: 'Example form',
      fields: ['email'],
      allowedOrigins: ['https://example.com'],
      confirmation: { en: 'Thanks' },
    },
    submitWebForm: { lastName: 'Example' },
    setSplitterFilters: { filters: [] },
    executeSplitterFilter: {},
    setSalesTeams: { teams: [] },
    setAssignmentRules: { rules: [] },
    dryRunAssignmentRules: { rules: [] },
    routeLeads: { ids: [ids.leads] },
    setOutOfOffice: { outOfOffice: false },
    recordView: { type: 'opportunity', id: ids.opportunities },
  };
  if (routeName in exact) return exact[routeName];
  const byPattern: [RegExp, unknown][] = [
    [/^set\w+Contact$/, { contactId: ids.contacts }],
    [/^add\w+Participant$/, { contactId: ids.contacts }],
    [/^add\w+Subscriber$/, { userId: ids.users }],
    [/^add\w+Note$/, { text: 'Example note' }],
  ];
  const found = byPattern.find(([pattern]) => pattern.test(routeName));
  if (!found) throw new Error(`No example body for route ${routeName}`);
  return found[1];
}
