/**
 * Every key an error can carry, with the names of the parameters its text may show. Each key is
 * translated in `./error-texts/<lang>.ts`; a rule's key is its rule name.
 */
export const ERROR_PARAMS = {
  validation: [],
  not_found: ['entity', 'id'],
  duplicate: ['entity', 'id'],
  stale: ['currentVersion'],
  forbidden: [],
  rule: [],
  unauthorized: [],
  precondition_required: [],
  idempotency_mismatch: [],
  payload_too_large: [],
  internal: [],

  admin_only: [],
  not_space_member: [],
  space_settings_managers_only: [],
  pipelines_managers_only: [],
  partners_cannot_create_spaces: [],
  partner_cannot_reassign: [],
  account_privacy_creator_only: [],
  own_notes_only: [],
  record_read_only: [],
  delete_owner_only: [],
  unlock_managers_only: [],
  claim_space_members_only: [],

  opportunity_locked: [],
  no_pipeline: [],
  pipeline_not_in_space: ['pipeline'],
  default_pipeline_required: [],
  no_matching_stage: ['pipeline'],
  no_open_stage: ['pipeline'],
  no_won_stage: ['pipeline'],
  no_lost_stage: ['pipeline'],
  stage_not_in_pipeline: ['pipeline'],
  pipeline_mismatch: [],
  new_opportunity_open_stage: ['stage'],
  close_through_closing: ['stage'],
  stage_kind_mismatch: ['stage'],
  account_anonymized: [],
  contact_anonymized: [],
  lead_anonymized: [],
  lead_archived: [],
  lead_qualified: [],
  lead_disqualified: [],
  lead_already_claimed: [],
  reason_required: [],
  supervisor_cycle: [],
  partner_required: [],
  last_admin: [],
  already_contact: [],
  too_many_participants: ['max'],
  too_many_subscribers: ['max'],
  too_many_accounts: ['max'],
  account_not_linked: [],
  too_many_muted: [],
  dead_letter_unreadable: [],
  user_not_in_space: ['user'],
  not_visible: [],
  lead_closed: [],
  split_by_other_filter: [],
  inactive_user: ['user'],

  'field.required': [],
  'field.invalid_type': [],
  'field.too_short': ['minimum'],
  'field.too_long': ['maximum'],
  'field.too_small': ['minimum'],
  'field.too_big': ['maximum'],
  'field.not_above': ['minimum'],
  'field.not_below': ['maximum'],
  'field.too_few': ['minimum'],
  'field.too_many': ['maximum'],
  'field.invalid_email': [],
  'field.invalid_format': [],
  'field.control_characters': [],
  'field.lone_surrogate': [],
  'field.web_url': [],
  'field.invalid_option': [],
  'field.unknown_keys': ['keys'],
  'field.invalid': [],
  'field.invalid_json': [],
  'field.if_match': [],
  'field.idempotency_key': [],
  'field.space_or_global': [],
  'field.confirm_tenant_id': [],
  'field.company_required': [],
  'field.space_has_no_pipeline': [],
  'field.reason_required': [],
  'field.stage_kinds_required': [],
  'field.stage_name_taken': ['name', 'position'],
  'field.probability_range': [],
  'field.stage_id_shared': [],
  'field.unusual_probability': ['suggested'],
  'field.stage_holds_opportunities': ['stage', 'count'],
  'field.stage_kind_frozen': ['stage', 'count'],
  'field.qualify_target': [],
  'field.account_choice': [],
  'field.opportunities_only_have_stages': [],
  'field.shares_total': [],

  'import.ragged_row': ['expected', 'actual'],
  'import.unclosed_quote': [],
  'import.record_too_long': [],
  'import.vcard_version': ['version'],
  'import.vcard_no_colon': [],
  'import.vcard_charset': ['charset'],
  'import.vcard_not_closed': [],
  'import.wrong_status': ['status'],
  'field.import_part_gap': ['received'],
  'field.import_too_large': ['size'],
  'field.import_record_type': ['recordType'],
  'field.duplicate_id': [],
  'field.range_order': [],
  'field.range_too_long': [],

  task_type_unavailable: ['type'],
  task_status_unavailable: ['status'],
  task_statuses_off: [],
  too_many_planned_activities: ['max'],
  too_many_post_sale_tasks: ['max'],
  activity_read_only: [],
} as const satisfies Record<string, readonly string[]>;

/** A stable key a translation is looked up by. */
export type ErrorCode = keyof typeof ERROR_PARAMS;

/** What every key says in one language. */
export type ErrorTexts = Record<ErrorCode, string>;

export type ErrorParams = Record<string, string | number>;

export const ERROR_CODES = Object.keys(ERROR_PARAMS) as ErrorCode[];

/** Whether a key that came over the wire is one this code knows. */
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_PARAMS, value);

/** Puts `{name}` parameters into a translated text; an unknown placeholder stays as written. */
export const fillParams = (text: string, params: ErrorParams): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
