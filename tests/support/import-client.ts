import { expect } from 'vitest';
import type { ImportJob, ImportProblemPage } from '@channel-crm/domain';
import type { TestApp } from './test-app';

/** Bytes per uploaded part: small, so a test file takes several parts. */
const PART_BYTES = 64 * 1024;

/** A user's import over HTTP: upload a file in parts, start it, wait for it, read its report. */
export function importClient(userId: string, spaceId: string) {
  /** The user's token for each running app (each data dir has its own dev issuer key). */
  const tokens = new Map<TestApp, string>();
  const signIn = async (on: TestApp) => {
    const token = tokens.get(on) ?? (await on.tokenFor(userId));
    tokens.set(on, token);
    return token;
  };

  return {
    signIn,

    async upload(
      on: TestApp,
      fileName: string,
      bytes: Uint8Array,
      recordType: 'lead' | 'contact' | 'account' = 'lead',
    ): Promise<ImportJob> {
      const token = await signIn(on);
      const created = await on.request('POST', '/imports', {
        token,
        body: { spaceId, recordType, fileName, size: bytes.length },
      });
      expect(created.status).toBe(201);
      let job = created.body as ImportJob;
      for (let offset = 0; offset < bytes.length; offset += PART_BYTES) {
        const data = Buffer.from(bytes.subarray(offset, offset + PART_BYTES)).toString('base64');
        const part = await on.request('POST', `/imports/${job.id}/parts`, {
          token,
          body: { offset, data },
        });
        expect(part.status).toBe(200);
        job = part.body as ImportJob;
      }
      expect(job.status).toBe('ready');
      return job;
    },

    async start(on: TestApp, id: string) {
      const reply = await on.request('POST', `/imports/${id}/start`, { token: await signIn(on) });
      expect(reply.status).toBe(200);
    },

    async finished(on: TestApp, id: string): Promise<ImportJob> {
      const token = await signIn(on);
      for (let waited = 0; waited < 40_000; waited += 100) {
        const reply = await on.request('GET', `/imports/${id}`, { token });
        const job = reply.body as ImportJob;
        if (job.status === 'finished') return job;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Import ${id} did not finish`);
    },

    async problems(on: TestApp, id: string) {
      const token = await signIn(on);
      const all: ImportProblemPage['items'] = [];
      let after = 0;
      for (;;) {
        const reply = await on.request('GET', `/imports/${id}/problems?after=${after}`, { token });
        const page = reply.body as ImportProblemPage;
        all.push(...page.items);
        if (page.next === undefined) return all;
        after = page.next;
      }
    },
  };
}
