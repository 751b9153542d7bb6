import type { Clock, CrmStore } from '@channel-crm/domain/server';
import { attachment } from '../cards/adaptive';
import { cardText } from '../cards/card-text';
import type { TabLink } from '../cards/deep-link';
import { digestCard } from '../cards/digest-card';
import { deliveryKey, type Delivery } from './delivery';
import type { HeldChange, NotifierState } from './state';

export type DigestDeps = {
  state: NotifierState;
  store: CrmStore;
  clock: Clock;
  tab: TabLink;
  enqueue(delivery: Delivery): Promise<void>;
};

/** The local calendar day and hour of an instant in a time zone (UTC if the zone is unknown). */
export function localTime(iso: string, timeZone: string): { day: string; hour: number } {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return localTime(iso, 'UTC');
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/**
 * The digest timer's work (every 15 minutes): each user with held changes whose digest hour has
 * come in their own time zone gets one card, at most one per local day (the delivery's dedupe
 * key is the user and the day). A user back on immediate gets what was held at once.
 */
export async function sendDueDigests(deps: DigestDeps): Promise<number> {
  const byUser = new Map<string, HeldChange[]>();
  for (const change of await deps.state.digests.held()) {
    const key = `${change.tenantId}|${change.userId}`;
    byUser.set(key, [...(byUser.get(key) ?? []), change]);
  }
  const now = deps.clock.now();
  let sent = 0;
  for (const changes of byUser.values()) {
    const { tenantId, userId } = changes[0]!;
    const [user, prefs] = await Promise.all([
      deps.store.users.get(tenantId, userId),
      deps.state.preferences.get(tenantId, userId),
    ]);
    const { day, hour } = localTime(now, user?.timeZone ?? 'UTC');
    const due = prefs.mode === 'immediate' || hour >= prefs.digestHour;
    if (!due || (await deps.state.digests.lastDay(tenantId, userId)) === day) continue;
    const kept = changes.filter((c) => !prefs.mutedRecordIds.includes(c.recordId));
    if (kept.length > 0) {
      const eventId = `digest:${day}`;
      const t = cardText(user?.locale);
      await deps.enqueue({
        key: deliveryKey(eventId, userId),
        tenantId,
        recipientId: userId,
        eventId,
        recordId: kept[0]!.recordId,
        activity: {
          type: 'message',
          summary: t.digestTitle,
          attachments: [attachment(digestCard(kept, deps.tab, t))],
        },
        attempt: 0,
      });
      sent++;
    }
    await deps.state.digests.setLastDay(tenantId, userId, day);
    await deps.state.digests.drop(changes);
  }
  return sent;
}
