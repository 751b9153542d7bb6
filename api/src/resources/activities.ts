import * as contracts from '@channel-crm/domain/contracts';
import {
  applyTaskTemplate,
  completeActivity,
  createActivity,
  createTaskTemplate,
  deleteTaskTemplate,
  listTaskTemplates,
  setSuggestionRules,
  updateTaskTemplate,
  deleteActivity,
  getActivity,
  getTaskCounters,
  getTaskSettings,
  getTaskSharing,
  listCalendar,
  listMyTasks,
  listRecordActivities,
  reopenActivity,
  setTaskSettings,
  setTaskSharing,
  updateActivity,
  type RecordType,
} from '@channel-crm/domain/server';
import { bind, type Route } from '../http/route';

const activitiesOf = (type: RecordType): Route =>
  bind(contracts.recordActivities[type], (ctx, req) =>
    listRecordActivities(ctx, type, req.params.id, req.query),
  );

/** Calls, meetings, e-mails and tasks; the task settings and templates; one's own task sharing. */
export const activityRoutes: Route[] = [
  bind(contracts.createActivity, (ctx, req) => createActivity(ctx, req.body)),
  bind(contracts.getActivity, (ctx, req) => getActivity(ctx, req.params.id)),
  bind(contracts.updateActivity, (ctx, req) =>
    updateActivity(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.completeActivity, (ctx, req) => completeActivity(ctx, req.params.id)),
  bind(contracts.reopenActivity, (ctx, req) => reopenActivity(ctx, req.params.id)),
  bind(contracts.deleteActivity, (ctx, req) =>
    deleteActivity(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.listMyTasks, (ctx, req) => listMyTasks(ctx, req.query)),
  bind(contracts.getTaskCounters, (ctx) => getTaskCounters(ctx)),
  bind(contracts.listCalendar, (ctx, req) => listCalendar(ctx, req.query)),
  ...(['lead', 'opportunity', 'account', 'contact'] as const).map(activitiesOf),
  bind(contracts.getTaskSettings, (ctx) => getTaskSettings(ctx)),
  bind(contracts.setTaskSettings, (ctx, req) =>
    setTaskSettings(ctx, req.body, req.expectedVersion),
  ),
  bind(contracts.setSuggestionRules, (ctx, req) =>
    setSuggestionRules(ctx, req.body, req.expectedVersion),
  ),
  bind(contracts.listTaskTemplates, (ctx) => listTaskTemplates(ctx)),
  bind(contracts.createTaskTemplate, (ctx, req) => createTaskTemplate(ctx, req.body)),
  bind(contracts.updateTaskTemplate, (ctx, req) =>
    updateTaskTemplate(ctx, req.params.id, req.body, req.expectedVersion),
  ),
  bind(contracts.deleteTaskTemplate, (ctx, req) =>
    deleteTaskTemplate(ctx, req.params.id, req.expectedVersion),
  ),
  bind(contracts.applyTaskTemplate, (ctx, req) => applyTaskTemplate(ctx, req.params.id, req.body)),
  bind(contracts.getTaskSharing, (ctx) => getTaskSharing(ctx)),
  bind(contracts.setTaskSharing, (ctx, req) => setTaskSharing(ctx, req.body)),
];
