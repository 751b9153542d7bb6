import { recordSubPageId, recordTabPath, type RecordRef } from '@channel-crm/domain';

/** What a channel tab shows: its whole space, one pipeline's board, or one record. */
export type PinnedView =
  | { kind: 'space' }
  | { kind: 'pipeline'; pipelineId: string }
  | { kind: 'record'; record: RecordRef };

const PIPELINE = 'pipeline';

/**
 * The route the tab opens on, in its content URL's hash (which `startHash` keeps): the board,
 * the board of one pipeline, or the record's page.
 */
export function pinnedRoute(view: PinnedView): string {
  if (view.kind === 'pipeline')
    return `/opportunities?${PIPELINE}=${encodeURIComponent(view.pipelineId)}`;
  if (view.kind === 'record') return recordTabPath(view.record);
  return '/opportunities';
}

/**
 * The tab's `entityId`: the space's id for the whole space, `<spaceId>:pipeline:<id>` or
 * `<spaceId>:<type>:<id>` for the others. The space keeps it (`channelTabEntityId`) for the
 * bot's "Open in channel".
 */
export function pinnedEntityId(spaceId: string, view: PinnedView): string {
  if (view.kind === 'pipeline') return `${spaceId}:${PIPELINE}:${view.pipelineId}`;
  if (view.kind === 'record') return `${spaceId}:${recordSubPageId(view.record)}`;
  return spaceId;
}
