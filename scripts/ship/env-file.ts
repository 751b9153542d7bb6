import { existsSync, readFileSync } from 'node:fs';

/** Reads a Teams Toolkit env file (dotenv syntax: KEY=value, # comments, optional quotes). */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key = '', rawValue = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(rawValue);
    values.set(key, quoted ? (quoted[2] ?? '') : rawValue.replace(/\s+#.*$/, ''));
  }
  return values;
}

/** `env/.env.<env>` then `env/.env.<env>.user` (secrets, git-ignored), the latter winning. */
export function readEnv(envDir: string, env: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const file of [`${envDir}/.env.${env}`, `${envDir}/.env.${env}.user`]) {
    if (!existsSync(file)) continue;
    for (const [key, value] of parseEnvFile(readFileSync(file, 'utf8'))) values.set(key, value);
  }
  return values;
}

export const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export type Filled = { text: string; missing: string[]; empty: string[] };

/**
 * Replaces `${{NAME}}` with the env value. Names the env does not have are left as they are and
 * reported as missing; names set to nothing (not provisioned yet, or an empty suffix) as empty.
 */
export function fillPlaceholders(text: string, values: Map<string, string>): Filled {
  const missing = new Set<string>();
  const empty = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) missing.add(name);
    else if (value === '') empty.add(name);
    return value ?? whole;
  });
  return { text: filled, missing: [...missing], empty: [...empty] };
}
