import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { Lead } from '../model/lead';
import type { Opportunity } from '../model/opportunity';
import { ok, type Result } from '../result';
import type { RecordRef } from '../rules/record-link';
import type { UseCaseContext } from './context';
import { getAccount } from './get-account';
import { getContact } from './get-contact';
import { getLead } from './get-lead';
import { getOpportunity } from './get-opportunity';

/** A record of any of the four kinds, as its kind's get use case answers it. */
export type FoundRecord =
  | { type: 'lead'; record: Lead }
  | { type: 'opportunity'; record: Opportunity }
  | { type: 'account'; record: Account }
  | { type: 'contact'; record: Contact };

/** The record as the actor may read it by id (a merged one: its survivor); not found if hidden. */
export async function getRecord(ctx: UseCaseContext, ref: RecordRef): Promise<Result<FoundRecord>> {
  switch (ref.type) {
    case 'lead': {
      const read = await getLead(ctx, ref.id);
      return read.ok ? ok({ type: 'lead', record: read.value }) : read;
    }
    case 'opportunity': {
      const read = await getOpportunity(ctx, ref.id);
      return read.ok ? ok({ type: 'opportunity', record: read.value }) : read;
    }
    case 'account': {
      const read = await getAccount(ctx, ref.id);
      return read.ok ? ok({ type: 'account', record: read.value }) : read;
    }
    case 'contact': {
      const read = await getContact(ctx, ref.id);
      return read.ok ? ok({ type: 'contact', record: read.value }) : read;
    }
  }
}
