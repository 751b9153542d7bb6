import type { Issue, Manifest, PackageFiles } from './check-types';
import { PLACEHOLDER } from './env-file';
import { checkGuids } from './guid-check';
import { checkIcons } from './icon-check';
import { checkLocalization } from './localization-check';
import { teamsSchema, validateAgainst } from './schemas';
import { checkSso } from './sso-check';
import { checkValidDomains } from './valid-domains-check';

export type PackageCheckOptions = {
  /** Hosts the app talks to outside its tab URLs (the bot's), which validDomains must cover. */
  requiredHosts?: string[];
};

async function checkSchema(raw: unknown, manifest: Manifest): Promise<Issue[]> {
  const version = manifest.manifestVersion ?? '';
  const schema = teamsSchema(version, 'manifest');
  if (!schema)
    return [{ check: 'schema', message: `no official schema for manifestVersion "${version}"` }];
  return (await validateAgainst(raw, schema)).map((message) => ({ check: 'schema', message }));
}

/**
 * What `teamsapp validate` checks, offline: the official JSON schema, then what a schema cannot
 * (placeholders left, GUIDs, icons, validDomains, SSO resource, localization files).
 */
export async function checkAppPackage(
  files: PackageFiles,
  options: PackageCheckOptions = {},
): Promise<Issue[]> {
  const bytes = files.get('manifest.json');
  if (!bytes)
    return [{ check: 'package', message: 'manifest.json is not at the root of the package' }];
  const text = new TextDecoder().decode(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return [{ check: 'package', message: `manifest.json is not JSON: ${String(error)}` }];
  }
  const manifest = raw as Manifest;
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
  return [
    ...placeholders.map((name) => ({
      check: 'placeholder' as const,
      message: `\${{${name}}} left unfilled`,
    })),
    ...(await checkSchema(raw, manifest)),
    ...checkGuids(manifest),
    ...checkIcons(manifest, files),
    ...checkValidDomains(manifest, options.requiredHosts ?? []),
    ...checkSso(manifest),
    ...(await checkLocalization(manifest, raw, files)),
  ];
}
