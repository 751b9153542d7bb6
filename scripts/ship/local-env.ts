// Used by teamsapp.local.yml (script action): prints `::set-teamsfx-env NAME=value` lines that
// clear the sample ids env/.env.local ships with and derive the host names from the tunnel URL.
// Usage: npx tsx scripts/ship/local-env.ts <TAB_ENDPOINT> [NAME=value …]
import { localEnvUpdates } from './local-env-updates';

const [tabEndpoint = '', ...pairs] = process.argv.slice(2);
for (const [name, value] of localEnvUpdates(tabEndpoint, pairs)) {
  console.log(`::set-teamsfx-env ${name}=${value}`);
}
