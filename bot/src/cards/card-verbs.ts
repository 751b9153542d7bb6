/** The verbs a lead's and a deal's card both offer: each acts on either kind of record. */
export const RECORD_VERBS = {
  addNote: 'record.addNote',
  follow: 'record.follow',
  unfollow: 'record.unfollow',
  mute: 'record.mute',
  unmute: 'record.unmute',
} as const;

/** The verbs only a deal's card offers: a lead has no stage and is never won or lost. */
export const OPPORTUNITY_VERBS = {
  moveStage: 'opportunity.moveStage',
  close: 'opportunity.close',
} as const;

/**
 * The verbs only a lead's card offers. Claim shows only while the lead is in the free pool: a
 * lead an assignment rule gave someone is theirs already, so their "assigned to you" card
 * offers Open, not Claim; a colleague a rule notifies about a pooled lead gets Claim.
 */
export const LEAD_VERBS = {
  claim: 'lead.claim',
} as const;

/**
 * The verbs of a task's card (a reminder, a line of `my day`): they act on one activity, of
 * whatever record, and answer the task's card. A task card refreshes with its own verb.
 */
export const TASK_VERBS = {
  complete: 'task.complete',
  snooze: 'task.snooze',
  acceptSuggestion: 'task.acceptSuggestion',
  refresh: 'task.refresh',
} as const;

/** Teams' automatic refresh (`refresh.userIds`): it only reads. */
export const REFRESH_VERB = 'refresh';

export type RecordVerb = (typeof RECORD_VERBS)[keyof typeof RECORD_VERBS];
export type OpportunityVerb = (typeof OPPORTUNITY_VERBS)[keyof typeof OPPORTUNITY_VERBS];
export type LeadVerb = (typeof LEAD_VERBS)[keyof typeof LEAD_VERBS];
/** The verbs that act on a record (a refresh only reads). */
export type ActionVerb = RecordVerb | OpportunityVerb | LeadVerb;
export type TaskVerb = (typeof TASK_VERBS)[keyof typeof TASK_VERBS];
export type CardVerb = ActionVerb | typeof REFRESH_VERB | TaskVerb;
