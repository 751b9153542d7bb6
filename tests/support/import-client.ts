import { expect } from 'vitest';
import type { ImportJob, ImportProblemPage } from '@channel-crm/domain';
import type { TestApp } from './test-app';

/** Bytes per uploaded part: small, so a test file takes several parts. */
const PART_BYTES = 64 * 1024;

/** An API the client talks to: an app in this process or one in a child process. */
export type ImportTarget = Pick<TestApp, 'request' | 'tokenFor'>;

/** A user's import over HTTP: upload a file in parts, start it, wait for it, read its report. */
export function importClient(userId: string, spaceId: string) {
  /** The user's token for each running app (each data dir has its own dev issuer key). */
  const tokens = new Map<ImportTarget, string>();
  const signIn = async (on: ImportTarget) => {
    const token = tokens.get(on) ?? (await on.tokenFor(userId));
    tokens.set(on, token);
    return token;
  };

  return {
    signIn,

    async upload(
      on: ImportTarget,
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

    async start(on: ImportTarget, id: string) {
      const reply = await on.request('POST', `/imports/${id}/start`, { token: await signIn(on) });
      expect(reply.status).toBe(200);
    },

    async finished(on: ImportTarget, id: string, timeoutMs = 40_000): Promise<ImportJob> {
      const token = await signIn(on);
      for (let waited = 0; waited < timeoutMs; waited += 100) {
        const reply = await on.request('GET', `/imports/${id}`, { token });
        const job = reply.body as ImportJob;
        if (job.status === 'finished') return job;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Import ${id} did not finish`);
    },

    async problems(on: ImportTarget, id: string) {
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
