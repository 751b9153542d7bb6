import { fieldErrorsOf, invalid } from '@channel-crm/domain/server';
import type { RecordType } from '../views/record-card';

/** What an Action.Execute carries: the card's record and version, plus the inputs. */
export type CardAction = {
  recordType: RecordType;
  recordId: string;
  version: number;
  actionId: string;
  /** The event a notification card announced, so its answer stays a notification card. */
  eventId?: string;
  inputs: Record<string, unknown>;
};

type Issues = { issues: Parameters<typeof fieldErrorsOf>[0] };

/** Inputs a card sent that the verb's schema refuses, as the use case's validation error. */
export const refuseInputs = (error: Issues) => invalid(fieldErrorsOf(error.issues));

const ACTION_FIELDS = new Set(['recordType', 'recordId', 'version', 'actionId', 'eventId']);

/** The action's data as sent by Teams (inputs merged in); anything malformed is refused. */
export function parseCardAction(data: Record<string, unknown>): CardAction | undefined {
  const { recordType, recordId, version, actionId, eventId } = data;
  if (recordType !== 'lead' && recordType !== 'opportunity') return undefined;
  if (typeof recordId !== 'string' || recordId.length === 0 || recordId.length > 200)
    return undefined;
  if (typeof actionId !== 'string' || actionId.length === 0 || actionId.length > 200)
    return undefined;
  const v = Number(version);
  if (!Number.isInteger(v) || v < 1) return undefined;
  const inputs = Object.fromEntries(Object.entries(data).filter(([k]) => !ACTION_FIELDS.has(k)));
  const event =
    typeof eventId === 'string' && eventId.length > 0 && eventId.length <= 200 ? { eventId } : {};
  return { recordType, recordId, version: v, actionId, ...event, inputs };
}
