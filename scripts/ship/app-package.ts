import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Manifest, PackageFiles } from './check-types';
import { fillPlaceholders } from './env-file';

export type BuiltPackage = { files: PackageFiles; missing: string[]; empty: string[] };

function referencedFiles(manifest: Manifest): string[] {
  const info = manifest.localizationInfo;
  return [
    manifest.icons?.color,
    manifest.icons?.outline,
    info?.defaultLanguageFile,
    ...(info?.additionalLanguages ?? []).map((l) => l.file),
  ].filter((f): f is string => f !== undefined);
}

/**
 * The package's files: the manifest with `${{VAR}}` filled from the environment, and the icons
 * and language files it references (JSON ones filled too), as `teamsApp/zipAppPackage` does.
 */
export function buildAppPackage(sourceDir: string, values: Map<string, string>): BuiltPackage {
  const encoder = new TextEncoder();
  const manifest = fillPlaceholders(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'), values);
  const files: PackageFiles = new Map([['manifest.json', encoder.encode(manifest.text)]]);
  const missing = new Set(manifest.missing);
  const empty = new Set(manifest.empty);
  const result = () => ({ files, missing: [...missing], empty: [...empty] });
  let parsed: Manifest = {};
  try {
    parsed = JSON.parse(manifest.text) as Manifest;
  } catch {
    return result();
  }
  for (const name of referencedFiles(parsed)) {
    const bytes = readFileSync(join(sourceDir, name));
    if (!name.endsWith('.json')) {
      files.set(name, bytes);
      continue;
    }
    const filled = fillPlaceholders(bytes.toString('utf8'), values);
    filled.missing.forEach((m) => missing.add(m));
    filled.empty.forEach((m) => empty.add(m));
    files.set(name, encoder.encode(filled.text));
  }
  return result();
}

export function zipPackage(files: PackageFiles): Uint8Array {
  return zipSync(Object.fromEntries(files), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

export function unzipPackage(zip: Uint8Array): PackageFiles {
  return new Map(Object.entries(unzipSync(zip)));
}
