/**
 * Installs the app for a user who has no conversation with the bot yet (Microsoft Graph in
 * Azure, a fake that follows Graph's REST shapes locally) and answers the personal chat's id.
 */
export type InstallOutcome =
  | { kind: 'installed'; chatId: string }
  /** The tenant does not let the app be installed for users (Graph answers 403). */
  | { kind: 'forbidden' }
  | { kind: 'failed'; reason: string };

export type Installer = {
  installForUser(tenantId: string, userId: string): Promise<InstallOutcome>;
};
