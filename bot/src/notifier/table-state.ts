import { createHash } from 'node:crypto';
import { RestError, TableClient, type TransactionAction } from '@azure/data-tables';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  pauseAfterConflict,
  type DeadLetter,
  type NotificationPreferences,
} from '@channel-crm/domain/server';
import type { ConversationRef, HeldChange, NotifierState, PlannedReminder } from './state';
import { emptyLog, type SlotLog } from './slot-log';

/** Row keys allow neither `/ \ # ?` nor control characters: ids are hashed into them. */
const rowKey = (kind: string, id: string) =>
  `${kind}-${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;

const isStatus = (error: unknown, ...codes: number[]) =>
  error instanceof RestError && codes.includes(error.statusCode ?? 0);

type Row = { partitionKey: string; rowKey: string; json: string; etag?: string };

/** One user's preferences see few concurrent writers; each retry lets one of them through. */
const PREFERENCE_ATTEMPTS = 50;

/** Held digest changes of all tenants share one partition, so the timer reads them at once. */
const DIGEST_PARTITION = 'digest-held';
const heldKey = (c: HeldChange) =>
  `${rowKey('u', `${c.tenantId}|${c.userId}`)}-${rowKey('e', c.eventId)}`;

/**
 * Reminders of all tenants in one partition per hour, rows ordered by their minute: the timer
 * reads the hours since its last run by range, never the whole table.
 */
const reminderPartition = (at: string) => `reminders-${at.slice(0, 13)}`;
const reminderKey = (r: PlannedReminder) =>
  `${r.at.slice(0, 16)}|${rowKey('r', `${r.tenantId}|${r.activityId}|${r.kind}|${r.dueAt}`)}`;
const REMINDER_CURSOR = { partition: 'reminders-cursor', row: 'last-run' };
const HOUR_MS = 3_600_000;

/** A table transaction takes at most 100 rows, all of one partition. */
const TABLE_BATCH = 100;

function reminderBatches(reminders: PlannedReminder[]): PlannedReminder[][] {
  const byPartition = new Map<string, Map<string, PlannedReminder>>();
  for (const r of reminders) {
    const partition = reminderPartition(r.at);
    const rows = byPartition.get(partition) ?? new Map<string, PlannedReminder>();
    // A batch may not name a row twice.
    rows.set(reminderKey(r), r);
    byPartition.set(partition, rows);
  }
  const batches: PlannedReminder[][] = [];
  for (const rows of byPartition.values()) {
    const list = [...rows.values()];
    for (let i = 0; i < list.length; i += TABLE_BATCH) batches.push(list.slice(i, i + TABLE_BATCH));
  }
  return batches;
}

/** The hours from `from` to `to` (ISO 8601), as reminder partitions, oldest first. */
function hoursBetween(from: string, to: string): string[] {
  const hours: string[] = [];
  const end = Date.parse(to);
  for (let t = Date.parse(from.slice(0, 13) + ':00:00Z'); t <= end; t += HOUR_MS) {
    hours.push(reminderPartition(new Date(t).toISOString()));
  }
  return hours;
}

/** NotifierState on Azure Table storage (the Function App's storage account; Azurite locally). */
export function createTableState(table: TableClient): NotifierState {
  async function read<T>(
    tenantId: string,
    key: string,
  ): Promise<{ value: T; etag: string } | undefined> {
    try {
      const row = await table.getEntity<Row>(tenantId, key);
      return { value: JSON.parse(row.json) as T, etag: row.etag };
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }
  const write = (tenantId: string, key: string, value: unknown) =>
    table.upsertEntity(
      { partitionKey: tenantId, rowKey: key, json: JSON.stringify(value) },
      'Replace',
    );
  async function remove(tenantId: string, key: string) {
    try {
      await table.deleteEntity(tenantId, key);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }

  return {
    conversations: {
      forUser: async (t, u) => (await read<ConversationRef>(t, rowKey('user', u)))?.value,
      forChannel: async (t, c) => (await read<ConversationRef>(t, rowKey('channel', c)))?.value,
      put: async (ref) => {
        if (ref.userId) await write(ref.tenantId, rowKey('user', ref.userId), ref);
        if (ref.channelId) await write(ref.tenantId, rowKey('channel', ref.channelId), ref);
      },
      removeUser: (t, u) => remove(t, rowKey('user', u)),
      removeChannel: (t, c) => remove(t, rowKey('channel', c)),
    },
    sent: {
      async claim(t, key, nowMs, untilMs) {
        const id = rowKey('sent', key);
        const claim = { partitionKey: t, rowKey: id, json: JSON.stringify({ key, untilMs }) };
        try {
          await table.createEntity(claim);
          return 'claimed';
        } catch (error) {
          if (!isStatus(error, 409)) throw error;
        }
        const found = await read<{ sentAt?: string; untilMs?: number }>(t, id);
        if (!found) return 'busy';
        if (found.value.sentAt) return 'sent';
        if ((found.value.untilMs ?? 0) > nowMs) return 'busy';
        try {
          await table.updateEntity(claim, 'Replace', { etag: found.etag });
          return 'claimed';
        } catch (error) {
          if (isStatus(error, 404, 409, 412)) return 'busy';
          throw error;
        }
      },
      release: (t, key) => remove(t, rowKey('sent', key)),
      mark: async (t, key, at) => {
        await write(t, rowKey('sent', key), { key, sentAt: at });
      },
    },
    preferences: {
      get: async (t, u) => ({
        ...DEFAULT_NOTIFICATION_PREFERENCES,
        ...(await read<Partial<NotificationPreferences>>(t, rowKey('prefs', u)))?.value,
      }),
      async update(t, u, change) {
        const id = rowKey('prefs', u);
        for (let attempt = 0; attempt < PREFERENCE_ATTEMPTS; attempt++) {
          const found = await read<Partial<NotificationPreferences>>(t, id);
          const next = change({ ...DEFAULT_NOTIFICATION_PREFERENCES, ...found?.value });
          const entity = { partitionKey: t, rowKey: id, json: JSON.stringify(next) };
          try {
            if (found) await table.updateEntity(entity, 'Replace', { etag: found.etag });
            else await table.createEntity(entity);
            return next;
          } catch (error) {
            if (!isStatus(error, 409, 412)) throw error;
          }
          await pauseAfterConflict(attempt);
        }
        throw new Error(`Preferences of ${u} kept changing under ${PREFERENCE_ATTEMPTS} attempts`);
      },
    },
    digests: {
      hold: async (change) => {
        await write(DIGEST_PARTITION, heldKey(change), change);
      },
      async held() {
        const changes: HeldChange[] = [];
        const filter = `PartitionKey eq '${DIGEST_PARTITION}'`;
        for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
          changes.push(JSON.parse(row.json) as HeldChange);
        }
        return changes.sort((a, b) => a.at.localeCompare(b.at));
      },
      drop: async (changes) => {
        for (const c of changes) await remove(DIGEST_PARTITION, heldKey(c));
      },
      lastDay: async (t, u) => (await read<{ day: string }>(t, rowKey('digest-day', u)))?.value.day,
      setLastDay: async (t, u, day) => {
        await write(t, rowKey('digest-day', u), { day });
      },
    },
    reminders: {
      async plan(reminders) {
        for (const batch of reminderBatches(reminders)) {
          const result = await table.submitTransaction(
            batch.map((r) => [
              'upsert',
              {
                partitionKey: reminderPartition(r.at),
                rowKey: reminderKey(r),
                json: JSON.stringify(r),
              },
              'Replace',
            ]),
          );
          if (result.status >= 400) throw new Error(`Planning reminders failed: ${result.status}`);
        }
      },
      async between(from, to) {
        const found: PlannedReminder[] = [];
        const [low, high] = [from.slice(0, 16), `${to.slice(0, 16)}|~`];
        for (const partition of hoursBetween(from, to)) {
          const filter = `PartitionKey eq '${partition}' and RowKey ge '${low}' and RowKey le '${high}'`;
          for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
            found.push(JSON.parse(row.json) as PlannedReminder);
          }
        }
        return found;
      },
      async drop(reminders) {
        for (const batch of reminderBatches(reminders)) {
          const deleted = await table
            .submitTransaction(
              batch.map((r) => [
                'delete',
                { partitionKey: reminderPartition(r.at), rowKey: reminderKey(r) },
              ]),
            )
            .then(
              (result) => result.status < 400,
              (error: unknown) => {
                if (isStatus(error, 404)) return false;
                throw error;
              },
            );
          // One row already gone (another run dropped it) fails the batch: one by one then.
          if (!deleted) {
            for (const r of batch) await remove(reminderPartition(r.at), reminderKey(r));
          }
        }
      },
      lastRun: async () =>
        (await read<{ at: string }>(REMINDER_CURSOR.partition, REMINDER_CURSOR.row))?.value.at,
      setLastRun: async (at) => {
        await write(REMINDER_CURSOR.partition, REMINDER_CURSOR.row, { at });
      },
    },
    deadLetters: {
      put: async (t, letter) => {
        await write(t, rowKey('dead', letter.key), letter);
      },
      async list(t) {
        const letters: DeadLetter[] = [];
        const filter = `PartitionKey eq '${t.replaceAll("'", "''")}' and RowKey ge 'dead-' and RowKey lt 'dead.'`;
        for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
          letters.push(JSON.parse(row.json) as DeadLetter);
        }
        return letters.sort((a, b) => a.at.localeCompare(b.at));
      },
      get: async (t, key) => (await read<DeadLetter>(t, rowKey('dead', key)))?.value,
      remove: (t, key) => remove(t, rowKey('dead', key)),
    },
    slots: {
      async load(t, id) {
        const found = await read<SlotLog>(t, rowKey('slots', id));
        return found ? { log: found.value, etag: found.etag } : { log: emptyLog() };
      },
      async commit(t, writes) {
        const actions: TransactionAction[] = writes.map((w) => {
          const entity = {
            partitionKey: t,
            rowKey: rowKey('slots', w.id),
            json: JSON.stringify(w.log),
          };
          return w.etag ? ['update', entity, 'Replace', { etag: w.etag }] : ['create', entity];
        });
        try {
          const result = await table.submitTransaction(actions);
          if (result.status >= 400) return undefined;
          const etags: Record<string, string> = {};
          for (const w of writes) {
            const etag = result.getResponseForEntity(rowKey('slots', w.id))?.etag;
            if (etag) etags[w.id] = etag;
          }
          return etags;
        } catch (error) {
          if (isStatus(error, 409, 412)) return undefined;
          throw error;
        }
      },
    },
  };
}
