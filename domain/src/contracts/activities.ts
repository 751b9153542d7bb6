import {
  ActivityView,
  CalendarActivities,
  CalendarRangeInput,
  CreateActivityInput,
  ListMyTasksInput,
  ListRecordActivitiesInput,
  RecordActivities,
  SharedActivity,
  TaskCounters,
  UpdateActivityInput,
} from '../model/activity';
import { TaskSettings, TaskSettingsInput, TaskSharing } from '../model/task-settings';
import { CompletedActivity } from '../model/task-template';
import { contract, pageOf } from './contract';

const tag = 'activities';

export const createActivity = contract({
  name: 'createActivity',
  // The record and the task settings, then the assignee; one batch.
  roundTrips: 6,
  method: 'POST',
  path: '/activities',
  summary: 'Plan a call, meeting, e-mail or task on a record, or log one as done (done: true)',
  tag,
  body: CreateActivityInput,
  response: ActivityView,
  idempotent: true,
});

export const getActivity = contract({
  name: 'getActivity',
  roundTrips: 2,
  method: 'GET',
  path: '/activities/{id}',
  summary: "One activity, as its assignee's task sharing shows it (free/busy: the slot only)",
  tag,
  response: SharedActivity,
});

export const updateActivity = contract({
  name: 'updateActivity',
  // A colleague's edit reads the activity, its assignee's sharing, the settings, the
  // (new) assignee and the record; then one batch. A move to another record (6 measured) reads
  // the target beside the assignee, then the record it leaves beside the one it joins.
  roundTrips: 6,
  method: 'PATCH',
  path: '/activities/{id}',
  summary: 'Edit, reschedule or reassign an activity, or move it to another record',
  tag,
  body: UpdateActivityInput,
  response: ActivityView,
  ifMatch: true,
});

export const completeActivity = contract({
  name: 'completeActivity',
  // The activity, its assignee's sharing, the record and one batch; the task settings for the
  // suggestion rules, and the assignee's time zone when a rule follows the completed type.
  roundTrips: 6,
  method: 'POST',
  path: '/activities/{id}/complete',
  summary:
    'Mark an activity done, with the next task the rules suggest; completing a done one changes nothing',
  tag,
  response: CompletedActivity,
  status: 200,
});

export const reopenActivity = contract({
  name: 'reopenActivity',
  roundTrips: 5,
  method: 'POST',
  path: '/activities/{id}/reopen',
  summary: 'Plan a done activity again',
  tag,
  response: ActivityView,
  status: 200,
});

export const deleteActivity = contract({
  name: 'deleteActivity',
  roundTrips: 4,
  method: 'DELETE',
  path: '/activities/{id}',
  summary: 'Delete an activity',
  tag,
  response: ActivityView,
  ifMatch: true,
});

export const listMyTasks = contract({
  name: 'listMyTasks',
  roundTrips: 2,
  method: 'GET',
  path: '/me/tasks',
  summary: 'My tasks in one bucket (overdue, today, upcoming, done), in my time zone',
  tag,
  query: ListMyTasksInput,
  response: pageOf(ActivityView),
});

export const getTaskCounters = contract({
  name: 'getTaskCounters',
  roundTrips: 3,
  method: 'GET',
  path: '/me/task-counters',
  summary: 'How many of my tasks are overdue and due today',
  tag,
  response: TaskCounters,
});

export const listCalendar = contract({
  name: 'listCalendar',
  roundTrips: 2,
  method: 'GET',
  path: '/me/calendar',
  summary: "Activities due in a range, mine or colleagues' as they share them",
  tag,
  query: CalendarRangeInput,
  response: CalendarActivities,
});

const activitiesOf = <Plural extends string>(plural: Plural, singular: string) =>
  contract({
    name: `list${singular}Activities`,
    // The record, its planned and done activities, their assignees' sharing, and the viewer's
    // time zone for the counts.
    roundTrips: 5,
    method: 'GET',
    path: `/${plural}/{id}/activities`,
    summary: "The record's activities: planned by due date, done newest first",
    tag,
    query: ListRecordActivitiesInput,
    response: RecordActivities,
  });

/** Each record type's activities, by record type. */
export const recordActivities = {
  lead: activitiesOf('leads', 'Lead'),
  opportunity: activitiesOf('opportunities', 'Opportunity'),
  account: activitiesOf('accounts', 'Account'),
  contact: activitiesOf('contacts', 'Contact'),
};

export const getTaskSettings = contract({
  name: 'getTaskSettings',
  roundTrips: 1,
  method: 'GET',
  path: '/task-settings',
  summary: "The tenant's task types and task statuses",
  tag,
  response: TaskSettings,
});

export const setTaskSettings = contract({
  name: 'setTaskSettings',
  roundTrips: 2,
  method: 'PUT',
  path: '/task-settings',
  summary: 'Add, rename, reorder and deactivate task types and statuses (admins)',
  tag,
  body: TaskSettingsInput,
  response: TaskSettings,
  ifMatch: true,
  auth: 'admin',
});

export const getTaskSharing = contract({
  name: 'getTaskSharing',
  roundTrips: 1,
  method: 'GET',
  path: '/me/task-sharing',
  summary: 'What I let colleagues see of my tasks',
  tag,
  response: TaskSharing,
});

export const setTaskSharing = contract({
  name: 'setTaskSharing',
  // The profile's read and write, a query of the records with my planned activities, and a
  // read and write of each such record (two more per further record: a rare action).
  roundTrips: 5,
  method: 'PUT',
  path: '/me/task-sharing',
  summary: 'Share my tasks with colleagues: none, free/busy, read-only or full, per type',
  tag,
  body: TaskSharing,
  response: TaskSharing,
});
