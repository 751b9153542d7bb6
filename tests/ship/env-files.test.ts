import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, parseEnvFile } from '../../scripts/ship/env-file';
import { localEnvUpdates, SAMPLE_ID } from '../../scripts/ship/local-env-updates';
import { envDir, repoRoot } from '../../scripts/ship/paths';

describe('env files', () => {
  it('are read like the toolkit reads them: comments, quotes, empty values', () => {
    const values = parseEnvFile('# c\nA=1\nB="two words"\nC=\n  D = x # note\nnot a line\n');
    expect([...values]).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['C', ''],
      ['D', 'x'],
    ]);
  });

  it('fill placeholders, telling missing names from empty ones', () => {
    const filled = fillPlaceholders(
      '${{A}}/${{ B }}/${{C}}',
      new Map([
        ['A', 'x'],
        ['B', ''],
      ]),
    );
    expect(filled).toEqual({ text: 'x//${{C}}', missing: ['C'], empty: ['B'] });
  });

  it('document every variable they hold in docs/deploy.md', () => {
    const guide = readFileSync(join(repoRoot, 'docs', 'deploy.md'), 'utf8');
    for (const env of ['local', 'dev']) {
      const names = [...parseEnvFile(readFileSync(join(envDir, `.env.${env}`), 'utf8')).keys()];
      expect(
        names.filter((n) => !guide.includes(`\`${n}\``)),
        env,
      ).toEqual([]);
    }
  });

  it('document every app setting the Function App gets', () => {
    const guide = readFileSync(join(repoRoot, 'docs', 'deploy.md'), 'utf8');
    const bicep = ['main.bicep', 'modules/function-app.bicep']
      .map((f) => readFileSync(join(repoRoot, 'infra', f), 'utf8'))
      .join('\n');
    const block = /appSettings: \{([\s\S]*?)\n {4}\}/.exec(bicep)?.[1] ?? '';
    const platform = /var platformSettings = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    const names = [...`${block}\n${platform}`.matchAll(/^\s+(\w+): /gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((n) => !guide.includes(`\`${n}\``))).toEqual([]);
  });
});

describe('the local provision script', () => {
  it('empties only the ids still at the sample value and follows the tunnel URL', () => {
    const updates = localEnvUpdates('https://abc123-5173.euw.devtunnels.ms', [
      `TEAMS_APP_ID=${SAMPLE_ID}`,
      'AAD_APP_CLIENT_ID=8b1d2c3e-4f50-4a61-b872-93a4b5c6d7e8',
      `BOT_ID=${SAMPLE_ID}`,
    ]);
    expect(updates).toEqual([
      ['TEAMS_APP_ID', ''],
      ['BOT_ID', ''],
      ['TAB_DOMAIN', 'abc123-5173.euw.devtunnels.ms'],
      ['BOT_ENDPOINT', 'https://abc123-5173.euw.devtunnels.ms'],
      ['BOT_DOMAIN', 'abc123-5173.euw.devtunnels.ms'],
    ]);
  });
});
