import type { TaskSharing } from '@channel-crm/domain';
import { getTaskSharing, setTaskSharing } from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const taskSharingKey = ['task-sharing'] as const;

export const fetchTaskSharing = (signal: AbortSignal) => call(getTaskSharing, { signal });

export const saveTaskSharing = (sharing: TaskSharing) => call(setTaskSharing, { body: sharing });
