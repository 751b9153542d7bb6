import type { Clock, CrmStore, IdGenerator, MeetingDirectory } from '@channel-crm/domain/server';
import type { ImportRuntime } from '../imports/import-runtime';
import type { ActorBuilder } from '../auth/actor';
import type { TokenValidator } from '../auth/validator';

/** What the HTTP handlers need at request time; the local host or Azure settings provide it. */
export type AppServices = {
  store: CrmStore;
  validateToken: TokenValidator;
  actors: ActorBuilder;
  clock: Clock;
  ids: IdGenerator;
  /** The import job's files, queue and worker. */
  imports: ImportRuntime;
  /** Who a Teams meeting invites: Microsoft Graph in Azure, a fake or a list locally. */
  meetings: MeetingDirectory;
};

type Provider = () => Promise<AppServices>;

let provider: Provider | undefined;
let current: Promise<AppServices> | undefined;

/** The local host and tests install their services; Azure installs the env-based provider. */
export function provideAppServices(next: Provider): void {
  provider = next;
  current = undefined;
}

export function appServices(): Promise<AppServices> {
  if (!provider) throw new Error('No app services were provided');
  current ??= provider().catch((error: unknown) => {
    current = undefined;
    throw error;
  });
  return current;
}
