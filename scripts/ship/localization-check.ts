import type { Issue, Manifest, PackageFiles } from './check-types';
import { teamsSchema, validateAgainst } from './schemas';

type LocalizationSchema = {
  properties?: Record<string, unknown>;
  patternProperties?: Record<string, unknown>;
};

const NOT_STRINGS = new Set(['$schema', 'localizationKeys']);

function flatten(value: unknown, path: string, out: Map<string, string>) {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      flatten(item, path ? `${path}.${key}` : key, out);
  }
}

/** The manifest's strings a language file may translate, by the schema's own key patterns. */
export function localizableKeys(manifest: unknown, version: string): string[] {
  const schema = teamsSchema(version, 'localization') as LocalizationSchema | undefined;
  const names = Object.keys(schema?.properties ?? {}).filter((k) => !NOT_STRINGS.has(k));
  const patterns = Object.keys(schema?.patternProperties ?? {}).map((p) => new RegExp(p));
  const strings = new Map<string, string>();
  flatten(manifest, '', strings);
  return [...strings.keys()].filter((k) => names.includes(k) || patterns.some((p) => p.test(k)));
}

function parse(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Each language file is valid, present, and translates exactly the manifest's localizable strings. */
export async function checkLocalization(
  manifest: Manifest,
  raw: unknown,
  files: PackageFiles,
): Promise<Issue[]> {
  const info = manifest.localizationInfo;
  const languageFiles = [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((l) => l.file),
  ];
  const version = manifest.manifestVersion ?? '';
  const expected = new Set(localizableKeys(raw, version));
  const schema = teamsSchema(version, 'localization');
  const issues: Issue[] = [];
  for (const file of languageFiles) {
    const bytes = files.get(file);
    const strings = bytes && parse(bytes);
    if (!strings) {
      issues.push({ check: 'localization', message: `${file} is missing or not JSON` });
      continue;
    }
    if (schema) {
      const errors = await validateAgainst(strings, schema);
      issues.push(
        ...errors.map((e) => ({ check: 'localization' as const, message: `${file}: ${e}` })),
      );
    }
    const keys = new Set(Object.keys(strings).filter((k) => !NOT_STRINGS.has(k)));
    for (const key of expected) {
      if (!keys.has(key)) issues.push({ check: 'localization', message: `${file} lacks ${key}` });
    }
    for (const key of keys) {
      if (!expected.has(key)) {
        issues.push({
          check: 'localization',
          message: `${file} has ${key}, which the manifest lacks`,
        });
      }
    }
  }
  return issues;
}
