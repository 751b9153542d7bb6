import {
  addNote,
  deleteNote,
  editNote,
  listTimeline,
  type RecordType,
} from '@channel-crm/domain/server';
import * as contracts from '@channel-crm/domain/contracts';
import { bind, type Route } from '../http/route';

const timelineOf = (type: RecordType): Route[] => [
  bind(contracts.recordTimeline[type].list, (ctx, req) =>
    listTimeline(ctx, type, req.params.id, req.query),
  ),
  bind(contracts.recordTimeline[type].addNote, (ctx, req) =>
    addNote(ctx, type, req.params.id, req.body),
  ),
];

/** Notes and field history of every record type; editing and deleting one's own notes. */
export const timelineRoutes: Route[] = [
  ...(['lead', 'opportunity', 'account', 'contact'] as const).flatMap(timelineOf),
  bind(contracts.editNote, (ctx, req) =>
    editNote(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.deleteNote, (ctx, req) => deleteNote(ctx, req.params.id, req.expectedVersion)),
];
