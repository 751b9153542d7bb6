import type { RecordType } from '../model/timeline';

/** A record a link opens. */
export type RecordRef = { type: RecordType; id: string };

/** Where a Teams deep link lands: the app, its tab (`entityId`) and, for a channel tab, the channel. */
export type TeamsTabTarget = {
  appId: string;
  /** The personal tab's manifest `entityId`, or the channel tab's, as its configuration saved it. */
  entityId: string;
  /** Only for a channel tab: Teams needs it to find the tab. */
  channelId?: string;
  /** Where a client that cannot show the tab goes instead. */
  webUrl?: string;
  label?: string;
};

const TAB_SECTIONS: Record<RecordType, string> = {
  lead: 'leads',
  opportunity: 'opportunities',
  account: 'accounts',
  contact: 'contacts',
};

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs: anything else names no record. */
export const isRecordId = (id: string): boolean => RECORD_ID.test(id);

const isRecordType = (value: string): value is RecordType => Object.hasOwn(TAB_SECTIONS, value);

/** The deep link's `subEntityId`, which the tab reads back as `page.subPageId`: `lead:<id>`. */
export const recordSubPageId = (ref: RecordRef): string => `${ref.type}:${ref.id}`;

/** The record a `subPageId` names; undefined for anything else. */
export function recordOfSubPageId(subPageId: string): RecordRef | undefined {
  const [type = '', id = '', ...rest] = subPageId.split(':');
  return rest.length === 0 && isRecordType(type) && isRecordId(id) ? { type, id } : undefined;
}

/** The tab's route to the record: `/leads/<id>`. */
export const recordTabPath = (ref: RecordRef): string => `/${TAB_SECTIONS[ref.type]}/${ref.id}`;

/** The record a tab route (`/leads/<id>`) opens; undefined for any other route. */
export function recordOfTabPath(path: string): RecordRef | undefined {
  const [empty, section = '', id = '', ...rest] = path.split('/');
  const type = (Object.keys(TAB_SECTIONS) as RecordType[]).find((t) => TAB_SECTIONS[t] === section);
  return empty === '' && rest.length === 0 && type && isRecordId(id) ? { type, id } : undefined;
}

/**
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=…&label=…&context=…`, the
 * context being `{"subEntityId": …, "channelId": …}` (Microsoft's format for a deep link to a tab).
 */
export function teamsRecordLink(target: TeamsTabTarget, ref: RecordRef): string {
  const context = {
    subEntityId: recordSubPageId(ref),
    ...(target.channelId ? { channelId: target.channelId } : {}),
  };
  const query = [
    ...(target.webUrl ? [`webUrl=${encodeURIComponent(target.webUrl)}`] : []),
    ...(target.label ? [`label=${encodeURIComponent(target.label)}`] : []),
    `context=${encodeURIComponent(JSON.stringify(context))}`,
  ].join('&');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(target.entityId)}?${query}`;
}

/** The tab's own address of the record, for a browser: `https://tab.example/#/leads/<id>`. */
export function browserRecordLink(tabUrl: string, ref: RecordRef): string {
  const { origin, pathname } = new URL(tabUrl);
  return `${origin}${pathname}#${recordTabPath(ref)}`;
}
