import { TaskSettings } from '../model/task-settings';
import {
  AppliedTaskTemplate,
  ApplyTaskTemplateInput,
  CreateTaskTemplateInput,
  SuggestionRulesInput,
  TaskTemplate,
  TaskTemplateList,
  UpdateTaskTemplateInput,
} from '../model/task-template';
import { contract } from './contract';

const tag = 'activities';

export const listTaskTemplates = contract({
  name: 'listTaskTemplates',
  // All of a tenant's templates are one keyed document.
  roundTrips: 1,
  method: 'GET',
  path: '/task-templates',
  summary: "The tenant's task templates",
  tag,
  response: TaskTemplateList,
});

export const createTaskTemplate = contract({
  name: 'createTaskTemplate',
  // The request's replay record (read and write), the templates and the task settings (the
  // steps' types), then the write.
  roundTrips: 5,
  method: 'POST',
  path: '/task-templates',
  summary: 'Add a task template: a named sequence of tasks with delays in working days (admins)',
  tag,
  body: CreateTaskTemplateInput,
  response: TaskTemplate,
  idempotent: true,
  auth: 'admin',
});

export const updateTaskTemplate = contract({
  name: 'updateTaskTemplate',
  roundTrips: 3,
  method: 'PATCH',
  path: '/task-templates/{id}',
  summary: 'Rename a task template or replace its tasks (admins)',
  tag,
  body: UpdateTaskTemplateInput,
  response: TaskTemplate,
  ifMatch: true,
  auth: 'admin',
});

export const deleteTaskTemplate = contract({
  name: 'deleteTaskTemplate',
  roundTrips: 2,
  method: 'DELETE',
  path: '/task-templates/{id}',
  summary: 'Delete a task template; the tasks it created stay (admins)',
  tag,
  response: TaskTemplate,
  ifMatch: true,
  auth: 'admin',
});

export const applyTaskTemplate = contract({
  name: 'applyTaskTemplate',
  // The request's replay record (read and write), the record (or space), the task settings and the
  // templates, the assignee, and one batch with the record. A run the record already had
  // reads back the tasks it created instead of the batch (a retry, rare).
  roundTrips: 7,
  method: 'POST',
  path: '/task-templates/{id}/apply',
  summary:
    "Create a template's tasks on a lead, contact, account, deal or space, due in the assignee's time zone",
  tag,
  body: ApplyTaskTemplateInput,
  response: AppliedTaskTemplate,
  idempotent: true,
  status: 201,
});

export const setSuggestionRules = contract({
  name: 'setSuggestionRules',
  roundTrips: 2,
  method: 'PUT',
  path: '/task-settings/suggestion-rules',
  summary: 'Replace the rules proposing the next task on completing one (admins)',
  tag,
  body: SuggestionRulesInput,
  response: TaskSettings,
  ifMatch: true,
  auth: 'admin',
});
