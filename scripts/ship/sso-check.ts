import type { Issue, Manifest } from './check-types';
import { covers } from './valid-domains-check';

/**
 * `webApplicationInfo.resource` is `api://<host>/<client id>` with the client id equal to
 * `webApplicationInfo.id` and the host in validDomains; the bot form `api://<host>/botid-<id>`
 * must name one of the manifest's bots, which is then the SSO app itself.
 */
export function checkSso(manifest: Manifest): Issue[] {
  const info = manifest.webApplicationInfo;
  if (!info) return [];
  const match = /^api:\/\/([^/]+)\/(.+)$/.exec(info.resource ?? '');
  if (!match)
    return [{ check: 'sso', message: `resource is not api://<host>/<id>: ${info.resource}` }];
  const [, host = '', tail = ''] = match;
  const issues: Issue[] = [];
  if (!(manifest.validDomains ?? []).some((entry) => covers(entry, host))) {
    issues.push({ check: 'sso', message: `resource host ${host} is not in validDomains` });
  }
  const botId = /^botid-(.+)$/.exec(tail)?.[1];
  const clientId = botId ?? tail;
  if (clientId.toLowerCase() !== (info.id ?? '').toLowerCase()) {
    issues.push({
      check: 'sso',
      message: `resource names ${clientId}, not webApplicationInfo.id ${info.id}`,
    });
  }
  if (botId && !(manifest.bots ?? []).some((b) => b.botId?.toLowerCase() === botId.toLowerCase())) {
    issues.push({
      check: 'sso',
      message: `resource names bot ${botId}, which is not a bot of this app`,
    });
  }
  return issues;
}
