// `npm run package [-- --env dev]`: builds build/appPackage.<env>.zip from appPackage/ with the
// values of env/.env.<env> (+ .user), checks it offline and fails when a check fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage, zipPackage } from './ship/app-package';
import { checkAppPackage } from './ship/check-app-package';
import { readEnv } from './ship/env-file';
import { appPackageDir, envDir, repoRoot } from './ship/paths';

const { values: args } = parseArgs({ options: { env: { type: 'string', default: 'local' } } });
const env = args.env ?? 'local';
const values = readEnv(envDir, env);
if (values.size === 0) {
  console.error(`env/.env.${env} not found or empty`);
  process.exit(1);
}

const built = buildAppPackage(appPackageDir, values);
const botDomain = values.get('BOT_DOMAIN');
const issues = await checkAppPackage(built.files, { requiredHosts: botDomain ? [botDomain] : [] });
for (const name of built.missing) console.error(`missing: ${name} is not in env/.env.${env}`);
for (const name of built.empty) console.error(`note: ${name} is empty in env/.env.${env}`);
for (const issue of issues) console.error(`${issue.check}: ${issue.message}`);

const out = join(repoRoot, 'build', `appPackage.${env}.zip`);
await mkdir(join(repoRoot, 'build'), { recursive: true });
await writeFile(out, zipPackage(built.files));
if (built.missing.length > 0 || issues.length > 0) {
  console.error(`${out} written but it does not pass the checks`);
  process.exit(1);
}
console.log(`${out}: ${built.files.size} files, all checks passed`);
