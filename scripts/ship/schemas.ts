import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
type Validated = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

const schemaRoot = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const cache = new Map<string, Schema>();

/** The official schema shipped in @microsoft/app-manifest, or undefined for an unknown version. */
export function teamsSchema(
  version: string,
  kind: 'manifest' | 'localization',
): Schema | undefined {
  const file =
    kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  const path = join(schemaRoot, `v${version}`, file);
  const cached = cache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) return undefined;
  // The shipped localization schemas have `\b]` in patterns, which ajv's unicode regexps reject;
  // escaping that bracket keeps the pattern's meaning.
  const text = readFileSync(path, 'utf8').replaceAll('\\\\b]', '\\\\b\\\\]');
  const schema = JSON.parse(text) as Schema;
  cache.set(path, schema);
  return schema;
}

/** Draft-04 validation with the toolkit's own validator (ajv-draft-04 inside @microsoft/app-manifest). */
export function validateAgainst(document: unknown, schema: Schema): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(document as Validated, schema);
}
