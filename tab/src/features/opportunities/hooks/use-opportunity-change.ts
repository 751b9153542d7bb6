import type { Opportunity } from '@channel-crm/domain';
import { timelineKey } from '../../records/api/records-api';
import { useRecordAction } from '../../records/hooks/use-record-action';

/** One change to a deal from its page; the board and the timeline show it too. */
export const useOpportunityChange = (opportunity: Opportunity, onDone: () => void = () => {}) =>
  useRecordAction<Opportunity>('opportunity', opportunity.id, opportunity, {
    invalidate: [['board'], ['opportunities'], timelineKey('opportunity', opportunity.id)],
    onDone,
  });
