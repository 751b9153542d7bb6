import type { RecordRef } from '@channel-crm/domain';
import {
  getAccount,
  getContact,
  getLead,
  getOpportunity,
  type UseCaseContext,
} from '@channel-crm/domain/server';
import type { FoundRecord } from './record-search';

/** The record as the actor may read it, through the API's own use cases; undefined if hidden. */
export async function readRecord(
  ctx: UseCaseContext,
  ref: RecordRef,
): Promise<FoundRecord | undefined> {
  switch (ref.type) {
    case 'lead': {
      const read = await getLead(ctx, ref.id);
      return read.ok ? { type: 'lead', record: read.value } : undefined;
    }
    case 'opportunity': {
      const read = await getOpportunity(ctx, ref.id);
      return read.ok ? { type: 'opportunity', record: read.value } : undefined;
    }
    case 'account': {
      const read = await getAccount(ctx, ref.id);
      return read.ok ? { type: 'account', record: read.value } : undefined;
    }
    case 'contact': {
      const read = await getContact(ctx, ref.id);
      return read.ok ? { type: 'contact', record: read.value } : undefined;
    }
  }
}
