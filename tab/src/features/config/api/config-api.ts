import type { CreateSpaceInput, Space } from '@channel-crm/domain';
import * as contracts from '@channel-crm/domain/contracts';
import { call } from '../../../shell/api-client';

export const createSpace = (input: CreateSpaceInput, idempotencyKey: string) =>
  call(contracts.createSpace, { body: input, idempotencyKey });

/** Ties a space to the channel the tab is being pinned in. */
export const linkSpace = (
  space: Space,
  teamId: string | undefined,
  channelId: string | undefined,
) =>
  call(contracts.updateSpace, {
    params: { id: space.id },
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
