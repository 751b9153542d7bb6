import type { ErrorTexts, Lead, LeadPriority, Opportunity, RecordType } from '@channel-crm/domain';
import { en as errors } from '@channel-crm/domain/error-texts/en';

/** Which record a line speaks of: languages decline "this lead" and "this deal" differently. */
export type RecordKind = 'lead' | 'opportunity';

/** Every text the bot's cards show; each language must give all of it. */
export type CardText = {
  stage: string;
  status: string;
  amount: string;
  owner: string;
  expectedClose: string;
  company: string;
  opportunityStatus: Record<Opportunity['status'], string>;
  leadStatus: Record<Lead['status'], string>;
  priority: string;
  leadPriority: Record<LeadPriority, string>;
  /** Take a lead of the free pool. */
  claim: string;
  /** The fact naming who accepted a lead (claimed it). */
  claimedBy: string;
  moveStage: string;
  move: string;
  markWonLost: string;
  closeOpportunity: string;
  addNote: string;
  follow: string;
  unfollow: string;
  mute: string;
  unmute: string;
  openInTab: string;
  /** The record in the channel tab of its space (a space pinned to a channel). */
  openInChannel: string;
  refresh: string;
  newStage: string;
  pickStage: string;
  outcome: string;
  pickOutcome: string;
  reason: string;
  reasonRequired: string;
  note: string;
  noteRequired: string;
  mutedLine: string;
  unassigned: string;
  unknownUser: string;
  someone: string;
  anonymizedLead: string;
  /** A co-owner's part of a split lead. */
  yourShare: string;
  /** A share in basis points as the language writes a percentage (33,34 %). */
  percent(basisPoints: number): string;
  /** What a refused action says, by the error's key: the shared texts, worded for a card. */
  errors: ErrorTexts;
  headline: {
    stageChanged(actor: string, from?: string, to?: string): string;
    won(actor: string, reason?: string): string;
    lost(actor: string, reason?: string): string;
    ownerChanged(actor: string, record: RecordKind): string;
    tookOn(actor: string, record: RecordKind): string;
    gaveTo(actor: string, record: RecordKind, owner: string): string;
    gaveToYou(actor: string, record: RecordKind): string;
    noteAdded(actor: string, excerpt?: string): string;
    startedFollowing(actor: string, record: RecordKind): string;
    addedFollower(actor: string, record: RecordKind, follower: string): string;
    addedYouAsFollower(actor: string, record: RecordKind): string;
    changed(actor: string, record: RecordKind): string;
    /** Someone who may not see this record entered one that looks like it. */
    possibleDuplicate(actor: string, record: RecordKind): string;
    /** A splitter filter split the lead; `share` is the recipient's, when they have one. */
    split(actor: string, share?: string): string;
    /** An assignment rule gave the recipient a new lead. */
    routedToYou(rule: string): string;
    /** An assignment rule placed a new lead with someone else, or in the pool (no owner). */
    routed(rule: string, owner?: string): string;
  };
  noteAddedNotice: string;
  unmutedNotice: string;
  staleNotice(who: string, record: RecordKind): string;
  notAvailable: string;
  noSuchRecord: string;
  notAllowed: string;
  didNotWork: string;
  pipelineMissing: string;
  unknownAction: string;
  cardDamaged: string;
  welcome: string;
  notAUser: string;
  digestTitle: string;
  digestSummary(count: number): string;
  digestMore(count: number): string;
  /** A task's card (a reminder, `my day`) and what its buttons say. */
  task: {
    complete: string;
    snooze: string;
    snoozeHour: string;
    snoozeTomorrow: string;
    snoozeNextWeek: string;
    due: string;
    record: string;
    allDay: string;
    busy: string;
    done(who: string): string;
    readOnly: string;
    reminderDue: string;
    reminderOverdue: string;
    assignedToYou(actor: string): string;
    completedByOther(actor: string): string;
    snoozedUntil(when: string): string;
    myDay: string;
    overdue: string;
    today: string;
    nothingDue: string;
    completedNotice(title: string): string;
    /** The one-click action for the task the suggestion rules propose next. */
    suggestNext(title: string, due: string): string;
    suggestionPlanned(title: string): string;
  };
  helpIntro: string;
  helpLines: string[];
  didNotUnderstand: string;
  findWhat: string;
  yourOpenOpportunities: string;
  closesOn(date: string): string;
  nothingMatches(text: string): string;
  nothingFound: string;
  /** What a search result's subtitle calls each kind of record. */
  recordKinds: Record<RecordType, string>;
  /** The message extension was asked for a command it does not have. */
  unknownSearch: string;
  newLeadUsage: string;
  newLeadNoSpace: string;
  newLeadCreated: string;
  /** The "create a lead from this message" dialog and what it answers. */
  messageLead: {
    title: string;
    intro: string;
    firstName: string;
    lastName: string;
    lastNameRequired: string;
    email: string;
    phone: string;
    space: string;
    create: string;
    created(name: string): string;
    /** The note on the new lead's timeline, linking back to the message. */
    fromMessage(link: string): string;
    noSpace: string;
  };
};

const noun = (record: RecordKind) => (record === 'lead' ? 'lead' : 'deal');
const after = (line: string, detail?: string) => (detail ? `${line}: ${detail}` : line);

export const en: CardText = {
  stage: 'Stage',
  status: 'Status',
  amount: 'Amount',
  owner: 'Owner',
  expectedClose: 'Expected close',
  company: 'Company',
  opportunityStatus: { open: 'Open', won: 'Won', lost: 'Lost' },
  leadStatus: {
    new: 'New',
    working: 'Being worked',
    qualified: 'Qualified',
    disqualified: 'Disqualified',
  },
  priority: 'Priority',
  leadPriority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  claim: 'Claim',
  claimedBy: 'Claimed by',
  moveStage: 'Move stage',
  move: 'Move',
  markWonLost: 'Mark won / lost',
  closeOpportunity: 'Close deal',
  addNote: 'Add note',
  follow: 'Follow',
  unfollow: 'Unfollow',
  mute: 'Mute',
  unmute: 'Unmute',
  openInTab: 'Open in tab',
  openInChannel: 'Open in channel',
  refresh: 'Refresh',
  newStage: 'New stage',
  pickStage: 'Pick a stage',
  outcome: 'Outcome',
  pickOutcome: 'Pick won or lost',
  reason: 'Reason',
  reasonRequired: 'A reason is required to close the deal',
  note: 'Note',
  noteRequired: 'Write the note first',
  mutedLine: 'You muted this: no cards about it reach you. Unmute it here or in the tab.',
  unassigned: 'Unassigned',
  unknownUser: 'Unknown user',
  someone: 'Someone',
  anonymizedLead: 'Anonymized lead',
  yourShare: 'Your share',
  percent: (basisPoints) =>
    new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(
      basisPoints / 10_000,
    ),
  headline: {
    stageChanged: (actor, from, to) =>
      `${actor} moved this deal from ${from ?? 'its stage'} to ${to ?? 'another stage'}`,
    won: (actor, reason) => after(`${actor} marked this deal won`, reason),
    lost: (actor, reason) => after(`${actor} marked this deal lost`, reason),
    ownerChanged: (actor, record) => `${actor} changed the owner of this ${noun(record)}`,
    tookOn: (actor, record) => `${actor} took this ${noun(record)} on`,
    gaveTo: (actor, record, owner) => `${actor} gave this ${noun(record)} to ${owner}`,
    gaveToYou: (actor, record) => `${actor} gave this ${noun(record)} to you`,
    noteAdded: (actor, excerpt) => after(`${actor} added a note`, excerpt),
    startedFollowing: (actor, record) => `${actor} started following this ${noun(record)}`,
    addedFollower: (actor, record, follower) =>
      `${actor} added ${follower} as a follower of this ${noun(record)}`,
    addedYouAsFollower: (actor, record) =>
      `${actor} added you as a follower of this ${noun(record)}`,
    changed: (actor, record) => `${actor} changed this ${noun(record)}`,
    possibleDuplicate: (actor, record) =>
      `${actor} entered a possible duplicate of this ${noun(record)}`,
    split: (actor, share) =>
      share ? `${actor} split this lead: your share is ${share}` : `${actor} split this lead`,
    routedToYou: (rule) => `The rule “${rule}” gave you this new lead`,
    routed: (rule, owner) =>
      owner
        ? `The rule “${rule}” gave this new lead to ${owner}`
        : `The rule “${rule}” left this new lead in the free pool`,
  },
  noteAddedNotice: 'Your note is on the timeline; the followers hear of it.',
  unmutedNotice: 'Unmuted: you will get cards about this again.',
  staleNotice: (who, record) =>
    `${who} changed this ${noun(record)} after your card was sent, so your action was not applied. This is the current state.`,
  notAvailable: 'Not available',
  noSuchRecord: 'This record does not exist or you may not see it.',
  notAllowed: 'Not allowed',
  didNotWork: 'That did not work',
  pipelineMissing: 'The pipeline of this deal is missing.',
  unknownAction: 'This card action is not one we know.',
  cardDamaged: 'This card is damaged.',
  welcome: 'Hello! I am your CRM assistant.',
  notAUser: 'You are not a user of this CRM yet: open the CRM tab once, then try again.',
  digestTitle: 'Your CRM digest',
  digestSummary: (count) => `${count} change${count === 1 ? '' : 's'} on records you follow`,
  digestMore: (count) => `… and ${count} more`,
  task: {
    complete: 'Complete',
    snooze: 'Snooze',
    snoozeHour: '1 hour',
    snoozeTomorrow: 'Tomorrow 9:00',
    snoozeNextWeek: 'Next week',
    due: 'Due',
    record: 'Record',
    allDay: 'all day',
    busy: 'Busy: its assignee shares only the slot.',
    done: (who) => `Done by ${who}.`,
    readOnly: 'Its assignee shares this task read-only.',
    reminderDue: 'This task is due.',
    reminderOverdue: 'This task is overdue.',
    assignedToYou: (actor) => `${actor} gave you this task`,
    completedByOther: (actor) => `${actor} completed your task`,
    snoozedUntil: (when) => `Snoozed until ${when}.`,
    myDay: 'Your day',
    overdue: 'Overdue',
    today: 'Today',
    nothingDue: 'Nothing due today and nothing overdue.',
    suggestNext: (title, due) => `Plan next: ${title}, ${due}`,
    suggestionPlanned: (title) => `Planned: ${title}`,
    completedNotice: (title) => `Done: ${title}`,
  },
  helpIntro: 'I tell you about deals you follow and let you act on them from the card.',
  helpLines: [
    '**help**: what I can do',
    '**my deals**: your open deals',
    '**my day**: your tasks due today and overdue ones',
    '**find** *text*: leads, deals, contacts and accounts you may see that match',
    '**new lead** *name*, *company*: a new lead in this channel’s CRM (or your first)',
  ],
  didNotUnderstand: 'I did not understand that.',
  findWhat: 'Tell me what to look for, e.g. **find** acme.',
  yourOpenOpportunities: 'Your open deals',
  closesOn: (date) => `closes ${date}`,
  nothingMatches: (text) => `Nothing matches “${text}”`,
  nothingFound: 'Nothing found.',
  recordKinds: { lead: 'Lead', opportunity: 'Deal', account: 'Account', contact: 'Contact' },
  unknownSearch: 'This search is not one I know.',
  newLeadUsage: 'Tell me the lead’s name and company, e.g. **new lead** Ana Pop, Contoso.',
  newLeadNoSpace: 'You belong to no CRM yet, so there is nowhere to put the lead.',
  newLeadCreated: 'Lead created.',
  messageLead: {
    title: 'New lead from this message',
    intro: 'We filled in what the message says. Check it, then create the lead.',
    firstName: 'First name',
    lastName: 'Last name',
    lastNameRequired: 'A last name is required',
    email: 'E-mail',
    phone: 'Phone',
    space: 'Space',
    create: 'Create lead',
    created: (name) => `Lead created: ${name}. Its timeline links to the message.`,
    fromMessage: (link) => `Created from a Teams message: ${link}`,
    noSpace: 'You belong to no space yet, so there is nowhere to put the lead.',
  },
  errors: {
    ...errors,
    validation: 'Check what you entered on the card.',
    stale: 'This record changed after your card was sent.',
    precondition_required: 'Refresh the card and try again.',
  },
};
