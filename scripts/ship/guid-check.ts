import type { Issue, Manifest } from './check-types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string | undefined): boolean {
  return value !== undefined && GUID.test(value);
}

/** The app id, every bot id and the SSO app id must be GUIDs. */
export function checkGuids(manifest: Manifest): Issue[] {
  const ids: [string, string | undefined][] = [
    ['id', manifest.id],
    ...(manifest.bots ?? []).map((bot, i): [string, string | undefined] => [
      `bots[${i}].botId`,
      bot.botId,
    ]),
  ];
  if (manifest.webApplicationInfo)
    ids.push(['webApplicationInfo.id', manifest.webApplicationInfo.id]);
  return ids
    .filter(([, value]) => !isGuid(value))
    .map(([path, value]) => ({
      check: 'guid',
      message: `${path} is not a GUID: ${String(value)}`,
    }));
}
