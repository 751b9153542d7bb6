import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStore, type TestStore } from '../testing';
import type { KeyedDocumentAddress } from './ports';

let t: TestStore;
beforeAll(async () => {
  t = await startTestStore();
});
afterAll(() => t.close());

const addressIn = (tenantId: string): KeyedDocumentAddress => ({
  kind: 'guest-list',
  tenantId,
  ownerId: tenantId,
  key: 'guests',
});

const namesIn = (document: Record<string, unknown> | undefined): string[] =>
  Array.isArray(document?.names) ? document.names.map(String) : [];

/** Adds a name to the list, the way each of several admins saving at once would. */
const addName = (address: KeyedDocumentAddress, name: string) =>
  t.store.keyedDocuments.change(address, (current) => ({
    next: { names: [...namesIn(current), name] },
    answer: name,
  }));

describe('keyedDocuments.change', () => {
  it('concurrent changes of one document, the first of them creating it, all land', async () => {
    const address = addressIn(`tenant-${randomUUID()}`);
    const names = ['Ada', 'Grace', 'Edsger', 'Barbara', 'Donald'];
    await Promise.all(names.map((name) => addName(address, name)));
    const stored = await t.store.keyedDocuments.get(address);
    expect(namesIn(stored).sort()).toEqual([...names].sort());
  });

  it('an edit that answers without a next document writes nothing', async () => {
    const address = addressIn(`tenant-${randomUUID()}`);
    await addName(address, 'Ada');
    const answer = await t.store.keyedDocuments.change(address, (current) => ({
      answer: namesIn(current).length,
    }));
    expect(answer).toBe(1);
    expect(namesIn(await t.store.keyedDocuments.get(address))).toEqual(['Ada']);
  });
});
