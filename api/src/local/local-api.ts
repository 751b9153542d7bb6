import {
  systemClock,
  randomIds,
  type CrmStore,
  type MeetingDirectory,
} from '@channel-crm/domain/server';
import { createActorBuilder } from '../auth/actor';
import { cachedActors } from '../auth/actor-cache';
import { createDevIssuer, type DevIssuer } from '../auth/dev-issuer';
import { entraValidatorConfig, type EntraSettings } from '../auth/entra';
import { createTokenValidator, type TokenValidator } from '../auth/validator';
import '../functions/index';
import { httpRegistrations } from '../functions/registry';
import { provideAppServices } from '../services/app-services';
import { devRoutes } from './dev-routes';
import { startLocalHost } from './host';
import type { ImportRuntime } from '../imports/import-runtime';

export type LocalApi = { url: string; issuer: DevIssuer; close(): Promise<void> };

export type LocalApiOptions = {
  store: CrmStore;
  imports: ImportRuntime;
  meetings: MeetingDirectory;
  port?: number;
  /** Where the dev issuer keeps its key, so tokens survive a restart. */
  keyFile?: string;
  /** Tenants whose users `GET /api/dev/users` lists. */
  demoTenantIds: () => string[];
  log?: (level: string, message: string) => void;
  /** Also accept Entra ID tokens (Teams SSO through a dev tunnel), besides the dev issuer's. */
  entra?: EntraSettings;
};

/** Dev-issuer tokens first; with Entra settings, a token the dev issuer refuses may be Entra's. */
function eitherValidator(dev: TokenValidator, entra: TokenValidator | undefined): TokenValidator {
  if (!entra) return dev;
  return async (authorization) => {
    const devCheck = await dev(authorization);
    if (devCheck.ok) return devCheck;
    const entraCheck = await entra(authorization);
    return entraCheck.ok ? entraCheck : devCheck;
  };
}

/** The Functions app's HTTP handlers on a local port, with the dev issuer in place of Entra ID. */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const issuer = await createDevIssuer({ keyFile: options.keyFile });
  const actors = cachedActors(createActorBuilder(options.store, systemClock, randomIds));
  const services = {
    store: options.store,
    validateToken: eitherValidator(
      createTokenValidator(issuer.validatorConfig),
      options.entra && createTokenValidator(entraValidatorConfig(options.entra)),
    ),
    actors,
    clock: systemClock,
    ids: randomIds,
    imports: options.imports,
    meetings: options.meetings,
  };
  provideAppServices(async () => services);
  const registered = httpRegistrations().map(({ name, options: o }) => ({
    name,
    methods: (o.methods ?? ['GET']).map(String),
    route: o.route ?? name,
    handler: o.handler,
  }));
  const host = await startLocalHost({
    functions: [...registered, ...devRoutes(options.store, issuer, options.demoTenantIds)],
    port: options.port,
    log: options.log,
  });
  return {
    url: host.url,
    issuer,
    close: async () => {
      actors.dispose();
      await host.close();
    },
  };
}
export { createDevIssuer } from '../auth/dev-issuer';
export { observeRoundTrips } from '../http/handler';
