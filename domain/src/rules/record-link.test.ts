import { describe, expect, it } from 'vitest';
import {
  browserRecordLink,
  recordOfSubPageId,
  recordOfTabPath,
  recordSubPageId,
  recordTabPath,
  teamsRecordLink,
  type RecordRef,
} from './record-link';

const LEAD: RecordRef = { type: 'lead', id: '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01' };
const DEAL: RecordRef = { type: 'opportunity', id: '5d2c8e4f-1b3a-4c6d-8e9f-0a1b2c3d4e5f' };

const contextOf = (link: string) =>
  JSON.parse(new URL(link).searchParams.get('context') ?? 'null') as Record<string, string>;

describe('record links', () => {
  it('reads back the record a subPageId names', () => {
    for (const ref of [LEAD, DEAL, { ...LEAD, type: 'account' }, { ...LEAD, type: 'contact' }])
      expect(recordOfSubPageId(recordSubPageId(ref as RecordRef))).toEqual(ref);
  });

  it('names no record for an unknown type, a malformed id or extra parts', () => {
    for (const value of [
      '',
      'lead',
      `task:${LEAD.id}`,
      'lead:not-an-id',
      `lead:${LEAD.id}:x`,
      `constructor:${LEAD.id}`,
      LEAD.id,
    ])
      expect(recordOfSubPageId(value), value).toBeUndefined();
  });

  it('routes each record type to its page in the tab', () => {
    expect(recordTabPath(LEAD)).toBe(`/leads/${LEAD.id}`);
    expect(recordTabPath(DEAL)).toBe(`/opportunities/${DEAL.id}`);
    expect(recordTabPath({ type: 'account', id: LEAD.id })).toBe(`/accounts/${LEAD.id}`);
    expect(recordTabPath({ type: 'contact', id: LEAD.id })).toBe(`/contacts/${LEAD.id}`);
  });

  it('reads back the record a tab route opens, and nothing from any other route', () => {
    for (const ref of [LEAD, DEAL, { ...LEAD, type: 'account' }, { ...LEAD, type: 'contact' }])
      expect(recordOfTabPath(recordTabPath(ref as RecordRef))).toEqual(ref);
    for (const path of [
      '',
      '/leads',
      '/leads/not-an-id',
      `/tasks/${LEAD.id}`,
      `/leads/${LEAD.id}/x`,
      `leads/${LEAD.id}`,
      `/constructor/${LEAD.id}`,
    ])
      expect(recordOfTabPath(path), path).toBeUndefined();
  });

  it('links a personal tab as Teams documents it: /l/entity/<app>/<entity>?context={subEntityId}', () => {
    const link = teamsRecordLink({ appId: 'app-1', entityId: 'my-crm' }, LEAD);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://teams.microsoft.com/l/entity/app-1/my-crm',
    );
    expect(contextOf(link)).toEqual({ subEntityId: `lead:${LEAD.id}` });
    expect(recordOfSubPageId(contextOf(link).subEntityId ?? '')).toEqual(LEAD);
  });

  it('links a channel tab with its channel, a fallback web address and a label', () => {
    const link = teamsRecordLink(
      {
        appId: 'app-1',
        entityId: 'space/1',
        channelId: '19:abc@thread.tacv2',
        webUrl: 'https://tab.example/#/opportunities/1',
        label: 'Big & small',
      },
      DEAL,
    );
    const url = new URL(link);
    expect(url.pathname).toBe('/l/entity/app-1/space%2F1');
    expect(contextOf(link)).toEqual({
      subEntityId: `opportunity:${DEAL.id}`,
      channelId: '19:abc@thread.tacv2',
    });
    expect(url.searchParams.get('webUrl')).toBe('https://tab.example/#/opportunities/1');
    expect(url.searchParams.get('label')).toBe('Big & small');
  });

  it("gives a browser the tab's own address with the record's route", () => {
    expect(browserRecordLink('https://tab.example/?theme=dark#/my', LEAD)).toBe(
      `https://tab.example/#/leads/${LEAD.id}`,
    );
  });
});
