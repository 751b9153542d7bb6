import type { CreateSpaceInput, Space } from '@channel-crm/domain';
import { api } from '../../../shell/api-client';

export const createSpace = (input: CreateSpaceInput, idempotencyKey: string) =>
  api.post<Space>('/spaces', { body: input, idempotencyKey });

/** Ties a space to the channel the tab is being pinned in. */
export const linkSpace = (
  space: Space,
  teamId: string | undefined,
  channelId: string | undefined,
) =>
  api.patch<Space>(`/spaces/${space.id}`, {
    body: { ...(teamId ? { teamId } : {}), ...(channelId ? { channelId } : {}) },
    version: space.version,
  });

/** Inside Teams: enables Save and registers what Save does. A no-op in a browser. */
export async function registerTeamsSave(
  valid: boolean,
  save: () => Promise<string>,
): Promise<void> {
  const { pages } = await import('@microsoft/teams-js');
  pages.config.setValidityState(valid);
  pages.config.registerOnSaveHandler((event) => {
    save()
      .then((spaceId) =>
        pages.config.setConfig({
          entityId: spaceId,
          contentUrl: `${window.location.origin}/#/opportunities`,
          websiteUrl: `${window.location.origin}/#/opportunities`,
          suggestedDisplayName: 'CRM',
        }),
      )
      .then(() => event.notifySuccess())
      .catch((error: unknown) => event.notifyFailure(String(error)));
  });
}
