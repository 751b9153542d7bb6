import type {
  CreateTaskTemplateInput,
  SuggestionRulesInput,
  TaskSettings,
  TaskTemplate,
  UpdateTaskTemplateInput,
} from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const taskTemplatesKey = ['task-templates'] as const;
export const taskSettingsKey = ['task-settings'] as const;

export const listTaskTemplates = (signal?: AbortSignal) =>
  call(contracts.listTaskTemplates, { signal });

export const createTaskTemplate = (input: CreateTaskTemplateInput, idempotencyKey: string) =>
  call(contracts.createTaskTemplate, { body: input, idempotencyKey });

export const updateTaskTemplate = (template: TaskTemplate, input: UpdateTaskTemplateInput) =>
  call(contracts.updateTaskTemplate, {
    params: { id: template.id },
    body: input,
    version: template.version,
  });

export const deleteTaskTemplate = (template: TaskTemplate) =>
  call(contracts.deleteTaskTemplate, { params: { id: template.id }, version: template.version });

export const getTaskSettings = (signal?: AbortSignal) =>
  call(contracts.getTaskSettings, { signal });

export const saveSuggestionRules = (settings: TaskSettings, input: SuggestionRulesInput) =>
  call(contracts.setSuggestionRules, { body: input, version: settings.version });
