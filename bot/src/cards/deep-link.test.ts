import { browserRecordLink, recordOfSubPageId, teamsRecordLink } from '@channel-crm/domain';
import { describe, expect, it } from 'vitest';
import { channelRecordDeepLink, recordDeepLink, recordOfLink } from './deep-link';

const ID = '0b6f3c1e-4a8d-4f2b-9c3e-2d1a5b7e9f01';
const SPACE_ID = '5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b';
const CHANNEL_ID = '19:dach@thread.tacv2';
const TAB = { appId: 'app-1', entityId: 'my-crm' };

type LinkContext = { subEntityId: string; channelId?: string };
const contextOf = (url: URL) => JSON.parse(url.searchParams.get('context') ?? '{}') as LinkContext;

describe('the Open in tab deep link', () => {
  it('opens the personal tab with a subEntityId the tab reads back as the record', () => {
    const url = new URL(recordDeepLink(TAB, 'opportunity', ID));
    expect(`${url.origin}${url.pathname}`).toBe(
      'https://teams.microsoft.com/l/entity/app-1/my-crm',
    );
    expect(contextOf(url).channelId).toBeUndefined();
    expect(recordOfSubPageId(contextOf(url).subEntityId)).toEqual({ type: 'opportunity', id: ID });
  });

  it("opens the channel tab of a pinned space: the space's id as entityId, its channel in the context", () => {
    const link = channelRecordDeepLink(TAB, { id: SPACE_ID, channelId: CHANNEL_ID }, 'lead', ID);
    const url = new URL(link!);
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/app-1/${SPACE_ID}`,
    );
    expect(contextOf(url).channelId).toBe(CHANNEL_ID);
    expect(recordOfSubPageId(contextOf(url).subEntityId)).toEqual({ type: 'lead', id: ID });
  });

  it('opens the tab pinned in the channel whatever it shows, the record as its subEntityId', () => {
    const pipelineTab = `${SPACE_ID}:pipeline:${ID}`;
    const space = { id: SPACE_ID, channelId: CHANNEL_ID, channelTabEntityId: pipelineTab };
    const url = new URL(channelRecordDeepLink(TAB, space, 'contact', ID)!);
    expect(decodeURIComponent(url.pathname)).toBe(`/l/entity/app-1/${pipelineTab}`);
    expect(contextOf(url)).toEqual({ subEntityId: `contact:${ID}`, channelId: CHANNEL_ID });
  });

  it('has no channel link for a space that is not pinned to a channel, or an unknown space', () => {
    expect(channelRecordDeepLink(TAB, { id: SPACE_ID }, 'lead', ID)).toBeUndefined();
    expect(channelRecordDeepLink(TAB, undefined, 'lead', ID)).toBeUndefined();
  });
});

describe('a pasted link', () => {
  const tab = { ...TAB, url: 'https://crm.example/app/' };
  const lead = { type: 'lead' as const, id: ID };

  it('names the record of the tab’s own address, the tab’s "Copy link" in a browser', () => {
    expect(recordOfLink(tab, browserRecordLink(tab.url, lead))).toEqual(lead);
    expect(recordOfLink(tab, `https://crm.example/app#/accounts/${ID}`)).toEqual({
      type: 'account',
      id: ID,
    });
  });

  it('names the record of a Teams deep link into this app, personal or channel tab', () => {
    expect(recordOfLink(tab, recordDeepLink(TAB, 'lead', ID))).toEqual(lead);
    const channel = channelRecordDeepLink(TAB, { id: SPACE_ID, channelId: CHANNEL_ID }, 'lead', ID);
    expect(recordOfLink(tab, channel!)).toEqual(lead);
  });

  it('names nothing for another site, another app, another page of the tab or no link', () => {
    for (const url of [
      `https://elsewhere.example/app/#/leads/${ID}`,
      `https://crm.example/other/#/leads/${ID}`,
      `https://crm.example/app/#/leads`,
      teamsRecordLink({ appId: 'another-app', entityId: 'my-crm' }, lead),
      'https://teams.microsoft.com/l/entity/app-1/my-crm?context=%7Bnot-json',
      `javascript:alert(1)//#/leads/${ID}`,
      'not a link',
    ])
      expect(recordOfLink(tab, url), url).toBeUndefined();
    expect(recordOfLink(TAB, browserRecordLink(tab.url, lead))).toBeUndefined();
  });
});
