import { ClientAssertionCredential, ManagedIdentityCredential } from '@azure/identity';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const EXCHANGE_SCOPE = 'api://AzureADTokenExchange/.default';

/**
 * App-only Graph tokens for each customer tenant without a secret: the Function App's managed
 * identity signs a federated assertion for the (multi-tenant) bot app registration, which then
 * gets a token in the tenant the user belongs to.
 */
export function managedIdentityGraphToken(options: {
  botAppId: string;
  managedIdentityClientId?: string;
}): (tenantId: string) => Promise<string> {
  const identity = new ManagedIdentityCredential(
    options.managedIdentityClientId ? { clientId: options.managedIdentityClientId } : {},
  );
  const assertion = async () => (await identity.getToken(EXCHANGE_SCOPE)).token;
  const perTenant = new Map<string, ClientAssertionCredential>();
  return async (tenantId) => {
    let credential = perTenant.get(tenantId);
    if (!credential) {
      credential = new ClientAssertionCredential(tenantId, options.botAppId, assertion);
      perTenant.set(tenantId, credential);
    }
    return (await credential.getToken(GRAPH_SCOPE)).token;
  };
}

/** A single-tenant bot whose identity is the managed identity itself (BOT_TYPE=UserAssignedMsi). */
export function ownIdentityGraphToken(clientId: string): (tenantId: string) => Promise<string> {
  const identity = new ManagedIdentityCredential({ clientId });
  return async () => (await identity.getToken(GRAPH_SCOPE)).token;
}

/**
 * The app's Graph token as app settings configure it (BOT_ID, BOT_TYPE,
 * BOT_MANAGED_IDENTITY_CLIENT_ID); undefined without a bot app id.
 */
export function graphTokenFromEnv(
  env: Record<string, string | undefined>,
): ((tenantId: string) => Promise<string>) | undefined {
  const botAppId = env.BOT_ID;
  if (!botAppId) return undefined;
  return env.BOT_TYPE === 'UserAssignedMsi'
    ? ownIdentityGraphToken(botAppId)
    : managedIdentityGraphToken({
        botAppId,
        managedIdentityClientId: env.BOT_MANAGED_IDENTITY_CLIENT_ID || undefined,
      });
}
