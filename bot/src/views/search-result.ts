import type { Actor, FoundRecord } from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import type { AdaptiveCard, CardAttachment } from '../cards/adaptive-card';
import { cardText, type CardText } from '../cards/card-text';
import { initialsImage } from '../cards/initials-image';
import { recordSummaryCard } from '../cards/record-summary-card';
import type { BotServices } from '../bot-services';
import { leadCardFor, opportunityCardFor, viewerLocale } from './record-card';

/** A message extension's result: the card it inserts and the preview in the result list. */
export type SearchResultAttachment = CardAttachment & {
  preview: {
    contentType: 'application/vnd.microsoft.card.thumbnail';
    content: { title: string; text: string; images: { url: string; alt: string }[] };
  };
};

const personName = (p: { firstName?: string; lastName: string }) =>
  [p.firstName, p.lastName].filter(Boolean).join(' ');

const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/** The title and subtitle a record shows in a result list. */
export function describeFound(found: FoundRecord, t: CardText): { title: string; detail: string } {
  const kind = t.recordKinds[found.type];
  switch (found.type) {
    case 'lead': {
      const { record: lead } = found;
      return {
        title: personName(lead) || t.anonymizedLead,
        detail: line(kind, lead.company, lead.email),
      };
    }
    case 'opportunity':
      return { title: found.record.name, detail: kind };
    case 'account':
      return { title: found.record.name, detail: line(kind, found.record.email) };
    case 'contact':
      return { title: personName(found.record), detail: line(kind, found.record.email) };
  }
}

/**
 * A found record's card: a lead's or deal's Universal Action card (the notifier's own, refreshed
 * for everyone in the conversation it is shared in), an account's or contact's summary.
 */
export async function foundRecordCard(
  services: BotServices,
  actor: Actor,
  found: FoundRecord,
  t: CardText,
  summary = describeFound(found, t),
): Promise<AdaptiveCard> {
  switch (found.type) {
    case 'lead':
      return leadCardFor(services, actor, found.record, { refreshForAll: true });
    case 'opportunity':
      return opportunityCardFor(services, actor, found.record, { refreshForAll: true });
    default:
      return recordSummaryCard(
        { type: found.type, id: found.record.id, ...summary },
        services.tab,
        t,
      );
  }
}

/** Owners' names by id, one point read each. */
async function ownerNames(services: BotServices, tenantId: string, found: FoundRecord[]) {
  const ids = [...new Set(found.flatMap((f) => (f.record.ownerId ? [f.record.ownerId] : [])))];
  const users = await Promise.all(ids.map((id) => services.store.users.get(tenantId, id)));
  return new Map(ids.map((id, i) => [id, users[i]?.name]));
}

/** Each found record as a result: its card, previewed by title, subtitle and owner's initials. */
export async function searchResults(
  services: BotServices,
  actor: Actor,
  found: FoundRecord[],
): Promise<SearchResultAttachment[]> {
  const [t, owners] = await Promise.all([
    viewerLocale(services, actor).then(cardText),
    ownerNames(services, actor.tenantId, found),
  ]);
  return Promise.all(
    found.map(async (f) => {
      const summary = describeFound(f, t);
      const owner = f.record.ownerId ? owners.get(f.record.ownerId) : undefined;
      return {
        ...attachment(await foundRecordCard(services, actor, f, t, summary)),
        preview: {
          contentType: 'application/vnd.microsoft.card.thumbnail' as const,
          content: {
            title: summary.title,
            text: summary.detail,
            images: [{ url: initialsImage(owner), alt: owner ?? t.unassigned }],
          },
        },
      };
    }),
  );
}
