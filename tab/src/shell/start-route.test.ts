import { describe, expect, it } from 'vitest';
import type { HostInfo } from './host';
import { startHash } from './start-route';

const ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';
const host = (frame: HostInfo['frame'], subPageId?: string, pageId?: string): HostInfo => ({
  kind: frame === 'browser' ? 'browser' : 'teams',
  frame,
  theme: 'light',
  locale: 'en',
  ...(subPageId ? { subPageId } : {}),
  ...(pageId ? { pageId } : {}),
});

describe('the page the tab opens on', () => {
  it("opens the record a deep link's subPageId names, over the tab's content URL", () => {
    expect(startHash(host('personal', `lead:${ID}`), '#/my')).toBe(`#/leads/${ID}`);
    expect(startHash(host('channel', `opportunity:${ID}`), '#/opportunities')).toBe(
      `#/opportunities/${ID}`,
    );
  });

  it('opens the not-found page for a subPageId that names no record', () => {
    expect(startHash(host('personal', 'lead:nope'), '#/my')).toBe('#/records/unknown');
  });

  it("keeps a browser link's route and starts each frame on its own page otherwise", () => {
    expect(startHash(host('browser'), `#/contacts/${ID}`)).toBe(`#/contacts/${ID}`);
    expect(startHash(host('browser'), '')).toBe('#/leads');
    expect(startHash(host('personal'), '')).toBe('#/my');
    expect(startHash(host('config'), '')).toBe('#/config');
  });

  it('opens the pipeline or record a channel tab pinned, even when its content URL lost the hash', () => {
    const SPACE = '5d1c7a2e-9b3f-4e8a-a1c2-3d4e5f6a7b8c';
    expect(startHash(host('channel', undefined, `${SPACE}:pipeline:${ID}`), '')).toBe(
      `#/opportunities?pipeline=${ID}`,
    );
    expect(startHash(host('channel', undefined, `${SPACE}:lead:${ID}`), '')).toBe(`#/leads/${ID}`);
    expect(startHash(host('channel', undefined, SPACE), '#/opportunities')).toBe('#/opportunities');
    expect(
      startHash(host('channel', `opportunity:${ID}`, `${SPACE}:lead:${ID}`), '#/leads/' + ID),
    ).toBe(`#/opportunities/${ID}`);
  });
});
