import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { unzipPackage } from '../../scripts/ship/app-package';
import { checkAppPackage } from '../../scripts/ship/check-app-package';
import { readEnv } from '../../scripts/ship/env-file';
import { envDir, repoRoot } from '../../scripts/ship/paths';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

async function packageApp(env: string) {
  try {
    const { stdout } = await run(tsx, ['scripts/package-app.ts', '--env', env], { cwd: repoRoot });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run package', () => {
  it('writes build/appPackage.local.zip from env/.env.local, and the zip passes the checks', async () => {
    const zip = join(repoRoot, 'build', 'appPackage.local.zip');
    await rm(zip, { force: true });
    const result = await packageApp('local');
    expect(result).toMatchObject({ code: 0 });
    const files = unzipPackage(new Uint8Array(await readFile(zip)));
    expect([...files.keys()].sort()).toEqual(
      [
        'color.png',
        'de.json',
        'fr.json',
        'manifest.json',
        'outline.png',
        'pl.json',
        'ro.json',
      ].sort(),
    );
    const manifest = new TextDecoder().decode(files.get('manifest.json'));
    const tabEndpoint = readEnv(envDir, 'local').get('TAB_ENDPOINT');
    expect(manifest).toContain(`"contentUrl": "${tabEndpoint}/#/my"`);
    expect(manifest).toContain(`"configurationUrl": "${tabEndpoint}/#/config"`);
    const botDomain = readEnv(envDir, 'local').get('BOT_DOMAIN') ?? '';
    expect(await checkAppPackage(files, { requiredHosts: [botDomain] })).toEqual([]);
  });

  it('fails for an environment that is not provisioned yet, naming what is empty', async () => {
    const result = await packageApp('dev');
    expect(result.code).toBe(1);
    expect(result.output).toContain('note: TEAMS_APP_ID is empty in env/.env.dev');
    expect(result.output).toContain('guid: id is not a GUID');
  });

  it('fails for an environment without an env file', async () => {
    const result = await packageApp('nowhere');
    expect(result.code).toBe(1);
    expect(result.output).toContain('env/.env.nowhere not found');
  });
});
