import { isRecordId } from '@channel-crm/domain';
import { errorCard } from '../cards/error-card';
import { SUMMARY_REFRESH_VERB, type SummaryRefreshData } from '../cards/record-summary-card';
import { readRecord } from '../views/read-record';
import { contextFor } from '../views/record-card';
import { foundRecordCard } from '../views/search-result';
import { cardAnswer, cardInvokeOf } from './invoke';
import type { UserRoute } from './route';

function summaryOf(data: Record<string, unknown>): SummaryRefreshData | undefined {
  const { recordType, recordId } = data;
  if (recordType !== 'account' && recordType !== 'contact') return undefined;
  return typeof recordId === 'string' && isRecordId(recordId)
    ? { recordType, recordId }
    : undefined;
}

/**
 * An account's or contact's card refreshed for one viewer: the record as they may read it, or
 * a card with none of its data. Reads only.
 */
export const summaryRefreshRoute: UserRoute = {
  kind: 'crmUser',
  name: 'card.summaryRefresh',
  match: (a) => cardInvokeOf(a)?.verb === SUMMARY_REFRESH_VERB,
  async handle({ turn, services, actor, t }) {
    const summary = summaryOf(cardInvokeOf(turn.activity)!.data);
    if (!summary) return cardAnswer(errorCard(t.didNotWork, t.cardDamaged));
    const ctx = contextFor(services, actor, `read:${services.ids.uuid()}`);
    const found = await readRecord(ctx, { type: summary.recordType, id: summary.recordId });
    if (!found) return cardAnswer(errorCard(t.notAvailable, t.noSuchRecord));
    return cardAnswer(await foundRecordCard(services, actor, found, t));
  },
};
