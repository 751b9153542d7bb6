import type { Issue, Manifest } from './check-types';

/** Shared hosting suffixes: a wildcard over one of them would trust every other tenant's site. */
const SHARED_SUFFIXES = [
  'azurewebsites.net',
  'azurestaticapps.net',
  'web.core.windows.net',
  'blob.core.windows.net',
  'devtunnels.ms',
  'cloudapp.net',
  'trafficmanager.net',
  'onmicrosoft.com',
];

const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i;

function domainProblem(entry: string): string | undefined {
  if (entry.includes('://') || /[/?#]/.test(entry)) return 'must be a host name, not a URL';
  const [host = '', port] = entry.split(':');
  if (port !== undefined && !/^\d+$/.test(port)) return 'has an invalid port';
  const labels = host.split('.');
  const [first, ...rest] = labels;
  if (first === '*') {
    if (rest.length < 2) return 'wildcard covers a whole top-level domain';
    if (SHARED_SUFFIXES.includes(rest.join('.'))) return 'wildcard covers a shared hosting domain';
    return rest.every((l) => LABEL.test(l)) ? undefined : 'has a wildcard in the wrong place';
  }
  if (host.includes('*')) return 'has a wildcard in the wrong place';
  if (host !== 'localhost' && labels.length < 2) return 'is not a fully qualified host';
  return labels.every((l) => LABEL.test(l)) ? undefined : 'is not a valid host name';
}

export function covers(entry: string, host: string): boolean {
  if (entry.startsWith('*.'))
    return host.endsWith(entry.slice(1)) && host.length > entry.length - 1;
  return entry.toLowerCase() === host.toLowerCase();
}

export function tabUrls(manifest: Manifest): string[] {
  return [
    ...(manifest.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
    ...(manifest.configurableTabs ?? []).map((t) => t.configurationUrl),
  ].filter((u): u is string => u !== undefined);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * Every entry is a host (a wildcard only as the whole leftmost label, never over a TLD or a shared
 * hosting domain), and the tab pages and the extra hosts given (the bot's) are covered.
 */
export function checkValidDomains(manifest: Manifest, requiredHosts: string[]): Issue[] {
  const domains = manifest.validDomains ?? [];
  const issues: Issue[] = domains.flatMap((entry) => {
    const problem = domainProblem(entry);
    return problem ? [{ check: 'valid-domains' as const, message: `"${entry}" ${problem}` }] : [];
  });
  const hosts = [...tabUrls(manifest).map(hostOf), ...requiredHosts];
  for (const host of new Set(hosts)) {
    if (host === undefined) continue;
    if (!domains.some((entry) => covers(entry, host))) {
      issues.push({ check: 'valid-domains', message: `${host} is not covered by validDomains` });
    }
  }
  return issues;
}
