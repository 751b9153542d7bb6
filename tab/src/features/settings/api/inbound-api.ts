import type { CreateApiKeyInput, CreateWebFormInput } from '@channel-crm/domain';
import type { z } from 'zod';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const apiKeysKey = (spaceId: string) => ['spaces', spaceId, 'api-keys'] as const;
export const webFormsKey = (spaceId: string) => ['spaces', spaceId, 'forms'] as const;

export const listApiKeys = (spaceId: string, signal?: AbortSignal) =>
  call(contracts.listApiKeys, { params: { id: spaceId }, signal });

export const createApiKey = (spaceId: string, body: z.input<typeof CreateApiKeyInput>) =>
  call(contracts.createApiKey, { params: { id: spaceId }, body });

export const revokeApiKey = (spaceId: string, keyId: string) =>
  call(contracts.revokeApiKey, { params: { id: spaceId, keyId } });

export const listWebForms = (spaceId: string, signal?: AbortSignal) =>
  call(contracts.listWebForms, { params: { id: spaceId }, signal });

export const createWebForm = (spaceId: string, body: z.input<typeof CreateWebFormInput>) =>
  call(contracts.createWebForm, { params: { id: spaceId }, body });

export const deleteWebForm = (spaceId: string, formId: string) =>
  call(contracts.deleteWebForm, { params: { id: spaceId, formId } });
