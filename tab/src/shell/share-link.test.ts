import { recordOfSubPageId, type RecordRef } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import type { HostInfo } from './host';
import { shareLink } from './share-link';

const LEAD: RecordRef = { type: 'lead', id: '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01' };
const TAB = 'https://tab.example/#/leads';
const base: HostInfo = { kind: 'teams', frame: 'personal', theme: 'light', locale: 'en' };

const context = (link: string) =>
  JSON.parse(new URL(link).searchParams.get('context') ?? '{}') as Record<string, string>;

describe('the link a colleague gets', () => {
  it("is the tab's own address outside Teams", () => {
    expect(shareLink({ ...base, kind: 'browser', frame: 'browser' }, LEAD, TAB)).toBe(
      `https://tab.example/#/leads/${LEAD.id}`,
    );
  });

  it('is a deep link to the same channel tab inside Teams, with the web address as fallback', () => {
    const link = shareLink(
      { ...base, frame: 'channel', appId: 'app', pageId: 'space-1', channelId: '19:c@thread' },
      LEAD,
      TAB,
    );
    expect(new URL(link).pathname).toBe('/l/entity/app/space-1');
    expect(recordOfSubPageId(context(link).subEntityId ?? '')).toEqual(LEAD);
    expect(context(link).channelId).toBe('19:c@thread');
    expect(new URL(link).searchParams.get('webUrl')).toBe(`https://tab.example/#/leads/${LEAD.id}`);
  });

  it('names no channel from the personal tab', () => {
    const link = shareLink({ ...base, appId: 'app', pageId: 'my-crm' }, LEAD, TAB);
    expect(context(link)).toEqual({ subEntityId: `lead:${LEAD.id}` });
  });
});
