import { describe, expect, it } from 'vitest';
import type { HostInfo } from './host';
import { startHash } from './start-route';

const ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';
const host = (frame: HostInfo['frame'], subPageId?: string): HostInfo => ({
  kind: frame === 'browser' ? 'browser' : 'teams',
  frame,
  theme: 'light',
  locale: 'en',
  ...(subPageId ? { subPageId } : {}),
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
});
