/** How the bot proves and checks Bot Framework identity; every field empty locally (no auth). */
export type BotAuthSettings = {
  /** The bot's app id (the managed identity's client id in Azure); empty disables auth. */
  appId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';
  tenantId?: string;
  password?: string;
  /**
   * Where the signing keys of channel tokens are published: Bot Framework's own unless set
   * (tests point it at a local issuer they trust).
   */
  openIdMetadataUrl?: string;
  /** The `iss` of channel tokens: `https://api.botframework.com` unless set. */
  tokenIssuer?: string;
};

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'] as const;

const appTypeOf = (value: string | undefined): BotAuthSettings['appType'] =>
  APP_TYPES.find((t) => t.toLowerCase() === value?.trim().toLowerCase());

/** BOT_ID, BOT_TYPE, BOT_TENANT_ID, BOT_PASSWORD (+ BOT_OPENID_METADATA_URL, BOT_TOKEN_ISSUER). */
export function botAuthFromEnv(env: Record<string, string | undefined>): BotAuthSettings {
  return {
    appId: env.BOT_ID || undefined,
    appType: appTypeOf(env.BOT_TYPE),
    tenantId: env.BOT_TENANT_ID || undefined,
    password: env.BOT_PASSWORD || undefined,
    openIdMetadataUrl: env.BOT_OPENID_METADATA_URL || undefined,
    tokenIssuer: env.BOT_TOKEN_ISSUER || undefined,
  };
}
