import { describe, expect, it } from 'vitest';
import type { DeadLetter } from '../model/dead-letter';
import type { NotificationPorts } from '../store/notification-ports';
import { value } from '../testing';
import { worldPerFile } from '../testing/world-per-file';
import type { Actor } from '../actor';
import { discardDeadLetter } from './discard-dead-letter';
import { listDeadLetters } from './list-dead-letters';
import type { NotificationContext } from './notification-context';
import { replayDeadLetter } from './replay-dead-letter';

const { w } = worldPerFile();

const letter = (key: string, delivery: unknown = { key }): DeadLetter => ({
  key,
  reason: 'connector said 500',
  at: '2026-05-04T08:00:00.000Z',
  delivery,
});

/** Dead letters in memory; `steps` records the order of queue and table writes. */
function fakeNotifier(letters: DeadLetter[], queueFails = false) {
  const kept = new Map(letters.map((l) => [l.key, l]));
  const steps: string[] = [];
  const ports: NotificationPorts = {
    preferences: {
      get: () => Promise.reject(new Error('not used')),
      update: () => Promise.reject(new Error('not used')),
    },
    deadLetters: {
      list: async () => [...kept.values()],
      get: async (_t, key) => kept.get(key),
      remove: async (_t, key) => {
        steps.push(`remove ${key}`);
        kept.delete(key);
      },
    },
    deliveries: {
      requeue: async (_t, l) => {
        if (queueFails) throw new Error('queue unavailable');
        if (l.delivery === 'poison') return undefined;
        steps.push(`queue ${l.key}`);
        return l.key;
      },
    },
  };
  return { ports, steps, kept };
}

const as = (actor: Actor, ports: NotificationPorts): NotificationContext => ({
  ...w.as(actor),
  notifications: ports,
});
const admin = () => w.actor('ada', 'admin', []);

describe('dead letters', () => {
  it('replays by queueing the delivery first and removing the letter after', async () => {
    const n = fakeNotifier([letter('e1:u1'), letter('e2:u2')]);
    expect(value(await replayDeadLetter(as(admin(), n.ports), 'e1:u1'))).toEqual({ key: 'e1:u1' });
    expect(n.steps).toEqual(['queue e1:u1', 'remove e1:u1']);
    expect([...n.kept.keys()]).toEqual(['e2:u2']);
  });

  it('keeps a letter listed when queueing it fails', async () => {
    const n = fakeNotifier([letter('e1:u1')], true);
    await expect(replayDeadLetter(as(admin(), n.ports), 'e1:u1')).rejects.toThrow('queue');
    expect(value(await listDeadLetters(as(admin(), n.ports))).items).toHaveLength(1);
  });

  it('refuses to replay a letter that holds no card delivery, and keeps it for a discard', async () => {
    const n = fakeNotifier([letter('poison:1', 'poison')]);
    const refused = await replayDeadLetter(as(admin(), n.ports), 'poison:1');
    expect(refused).toMatchObject({ ok: false, error: { rule: 'dead_letter_unreadable' } });
    expect(n.steps).toEqual([]);
    value(await discardDeadLetter(as(admin(), n.ports), 'poison:1'));
    expect(n.kept.size).toBe(0);
  });

  it('answers not found for a letter already gone', async () => {
    const n = fakeNotifier([]);
    const gone = { ok: false, error: { kind: 'not_found' } };
    expect(await replayDeadLetter(as(admin(), n.ports), 'e1:u1')).toMatchObject(gone);
    expect(await discardDeadLetter(as(admin(), n.ports), 'e1:u1')).toMatchObject(gone);
  });

  it('is for admins only', async () => {
    const n = fakeNotifier([letter('e1:u1')]);
    const seller = as(w.actor('sam', 'seller', [w.spaceA]), n.ports);
    const denied = { ok: false, error: { kind: 'forbidden' } };
    expect(await listDeadLetters(seller)).toMatchObject(denied);
    expect(await replayDeadLetter(seller, 'e1:u1')).toMatchObject(denied);
    expect(await discardDeadLetter(seller, 'e1:u1')).toMatchObject(denied);
    expect(n.kept.size).toBe(1);
  });
});
