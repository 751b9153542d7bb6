import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTeamsappYaml } from '../../scripts/ship/teamsapp-yaml-check';
import { repoRoot } from '../../scripts/ship/paths';

const dev = readFileSync(join(repoRoot, 'teamsapp.yml'), 'utf8');
const check = (text: string) => checkTeamsappYaml(repoRoot, 'teamsapp.yml', 'dev', text);
const messages = (text: string) => check(text).map((i) => `${i.check}: ${i.message}`);

describe('teamsapp.yml and teamsapp.local.yml', () => {
  it('pass: known actions with their keys, files that exist, variables set before use', () => {
    expect(checkTeamsappYaml(repoRoot, 'teamsapp.yml', 'dev')).toEqual([]);
    expect(checkTeamsappYaml(repoRoot, 'teamsapp.local.yml', 'local')).toEqual([]);
  });

  it('use the provision, deploy and publish actions the issue asks for', () => {
    const uses = [...dev.matchAll(/- uses: (\S+)/g)].map((m) => m[1]);
    expect(uses).toEqual(
      expect.arrayContaining([
        'teamsApp/create',
        'aadApp/create',
        'aadApp/update',
        'arm/deploy',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
        'cli/runNpmCommand',
        'azureFunctions/zipDeploy',
        'azureStorage/deploy',
        'teamsApp/publishAppPackage',
      ]),
    );
    const local = readFileSync(join(repoRoot, 'teamsapp.local.yml'), 'utf8');
    expect(local).toContain('uses: botFramework/create');
    expect(local).toContain('messagingEndpoint: ${{BOT_ENDPOINT}}/api/messages');
  });

  it('fail on another project-file version', () => {
    expect(messages(dev.replace('version: v1.11', 'version: v1.3'))).toEqual([
      'version: teamsapp.yml is not on project-file schema v1.11',
    ]);
  });

  it('fail on an unknown action, a missing key and a key the action does not take', () => {
    expect(
      messages(
        dev.replace('uses: azureStorage/enableStaticWebsite', 'uses: azureStorage/enableWebsite'),
      ),
    ).toEqual(['action: provision[3]: unknown action "azureStorage/enableWebsite"']);
    expect(messages(dev.replace('      outputFolder: ./build\n', ''))).toContain(
      'action: provision[6]: teamsApp/zipAppPackage needs with.outputFolder',
    );
    expect(
      messages(
        dev.replace(
          'appPackagePath: ./build/appPackage.${{TEAMSFX_ENV}}.zip\n    writeToEnvironmentFile',
          'appPackagePath: ./build/appPackage.${{TEAMSFX_ENV}}.zip\n      force: true\n    writeToEnvironmentFile',
        ),
      ),
    ).toEqual(['action: publish[4]: teamsApp/publishAppPackage takes no with.force']);
    expect(
      messages(dev.replace('teamsAppTenantId: TEAMS_APP_TENANT_ID', 'tenant: TEAMS_APP_TENANT_ID')),
    ).toEqual(['action: provision[0]: teamsApp/create does not write tenant']);
  });

  it('fail when a referenced file does not exist', () => {
    expect(
      messages(dev.replace('path: ./infra/main.bicep', 'path: ./infra/azure.bicep')),
    ).toContain('file: provision[2]: ./infra/azure.bicep does not exist');
  });

  it('fail when a variable is used before the step that produces it', () => {
    const early = dev.replace(
      'name: Channel CRM${{APP_NAME_SUFFIX}}\n    writeToEnvironmentFile:\n      teamsAppId',
      'name: Channel CRM ${{TAB_DOMAIN}}\n    writeToEnvironmentFile:\n      teamsAppId',
    );
    expect(messages(early)).toEqual([
      'variable: provision[0]: ${{TAB_DOMAIN}} is used before provision[2] produces it',
    ]);
  });

  it('fail when a variable comes from no step and no env file', () => {
    expect(
      messages(dev.replace('args: run build -w api', 'args: run build -w api -- ${{API_FLAVOUR}}')),
    ).toEqual(['variable: deploy[2]: ${{API_FLAVOUR}} is set by no step and not in env/.env.dev']);
  });

  it('read the variables of the files a step fills in (the Bicep parameters)', () => {
    const params = readFileSync(join(repoRoot, 'infra/main.parameters.json'), 'utf8');
    expect(params).toContain('${{AAD_APP_CLIENT_ID}}');
    const withoutEntraApp = dev.replace(
      / {2}- uses: aadApp\/create[\s\S]*?authorityHost: AAD_APP_OAUTH_AUTHORITY_HOST\n/,
      '',
    );
    expect(messages(withoutEntraApp)).toContain(
      'variable: provision[1]: ${{AAD_APP_CLIENT_ID}} is empty in env/.env.dev and set by no step',
    );
  });
});
