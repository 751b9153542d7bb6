/** The placeholder GUID env/.env.local ships with so `npm run package` works before provisioning. */
export const SAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Env updates for a local provision: ids still at the sample value are emptied (so
 * teamsApp/create and aadApp/create make real ones), and TAB_DOMAIN, BOT_ENDPOINT and
 * BOT_DOMAIN follow the dev tunnel URL in TAB_ENDPOINT (the tab server proxies /api).
 */
export function localEnvUpdates(tabEndpoint: string, pairs: string[]): [string, string][] {
  const url = new URL(tabEndpoint);
  const cleared = pairs
    .map((pair) => pair.split('='))
    .filter(([, value]) => value === SAMPLE_ID)
    .map(([name = '']): [string, string] => [name, '']);
  return [
    ...cleared,
    ['TAB_DOMAIN', url.host],
    ['BOT_ENDPOINT', url.origin],
    ['BOT_DOMAIN', url.host],
  ];
}
