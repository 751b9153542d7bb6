import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineBicep } from '../../scripts/ship/bicep-outline';
import { infraDir } from '../../scripts/ship/paths';

const read = (name: string) => readFileSync(join(infraDir, name), 'utf8');
const bicepNames = [
  'main.bicep',
  ...readdirSync(join(infraDir, 'modules')).map((f) => `modules/${f}`),
].filter((f) => f.endsWith('.bicep'));

describe('the Bicep files (checked structurally: no Bicep compiler installs from npm)', () => {
  it('describe every parameter', () => {
    for (const name of bicepNames) {
      const undocumented = outlineBicep(read(name)).params.filter((p) => !p.hasDescription);
      expect(
        undocumented.map((p) => p.name),
        name,
      ).toEqual([]);
    }
  });

  it('the outline reader sees a parameter without @description', () => {
    const outline = outlineBicep(
      "@description('Where.')\nparam location string\n\n@minLength(3)\nparam name string = 'x'\n",
    );
    expect(outline.params).toEqual([
      { name: 'location', hasDefault: false, hasDescription: true },
      { name: 'name', hasDefault: true, hasDescription: false },
    ]);
  });

  it('pass each module only parameters it declares, and every one it requires', () => {
    for (const name of bicepNames) {
      for (const module of outlineBicep(read(name)).modules) {
        const path = join(dirname(join(infraDir, name)), module.path);
        expect(existsSync(path), `${name} → ${module.path}`).toBe(true);
        const declared = outlineBicep(readFileSync(path, 'utf8')).params;
        const unknown = module.params.filter((p) => !declared.some((d) => d.name === p));
        const missing = declared.filter((d) => !d.hasDefault && !module.params.includes(d.name));
        expect({ unknown, missing: missing.map((d) => d.name) }, module.name).toEqual({
          unknown: [],
          missing: [],
        });
      }
    }
  });

  it('main.parameters.json sets only declared parameters and every required one', () => {
    const declared = outlineBicep(read('main.bicep')).params;
    const given = Object.keys(
      (JSON.parse(read('main.parameters.json')) as { parameters: Record<string, unknown> })
        .parameters,
    );
    expect(given.filter((g) => !declared.some((d) => d.name === g))).toEqual([]);
    expect(
      declared.filter((d) => !d.hasDefault && !given.includes(d.name)).map((d) => d.name),
    ).toEqual([]);
  });

  it('output the variables the deploy and package steps read, named like them', () => {
    const outputs = outlineBicep(read('main.bicep')).outputs;
    expect(outputs).toEqual(
      expect.arrayContaining([
        'API_FUNCTION_RESOURCE_ID',
        'API_ENDPOINT',
        'TAB_STORAGE_RESOURCE_ID',
        'TAB_ENDPOINT',
        'TAB_DOMAIN',
        'BOT_ID',
        'BOT_DOMAIN',
        'COSMOS_ENDPOINT',
      ]),
    );
    for (const output of outputs) expect(output).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('give the Function App the settings the code reads, with identity-based connections', () => {
    const main = read('main.bicep');
    const app = read('modules/function-app.bicep');
    for (const setting of [
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE',
      'NOTIFICATIONS_QUEUE_ENDPOINT',
      'ENTRA_TENANT_ID',
      'ENTRA_CLIENT_ID',
      'ENTRA_APP_ID_URI',
      'ENTRA_ACCEPT_V2',
      'BOT_ID',
      'BOT_TENANT_ID',
      'BOT_MANAGED_IDENTITY_CLIENT_ID',
      'TAB_ENDPOINT',
      'TEAMS_APP_ID',
      'TEAMS_APP_CATALOG_ID',
    ]) {
      expect(main).toMatch(new RegExp(`^\\s+${setting}: `, 'm'));
    }
    expect(main).toContain("BOT_TYPE: 'UserAssignedMsi'");
    expect(app).toContain('AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint');
    expect(app).toContain("AzureWebJobsStorage__credential: 'managedidentity'");
    expect(`${main}\n${app}`).not.toMatch(/listKeys|AccountKey=|COSMOS_KEY/);
    expect(app).toContain("kind: 'functionapp,linux'");
    expect(app).toContain("sku: { tier: 'FlexConsumption', name: 'FC1' }");
    expect(app).toContain("runtime: { name: 'node', version: '22' }");
  });

  it('give every API instance the same form stamp key, drawn per deployment and never in the repo', () => {
    const main = read('main.bicep');
    const app = read('modules/function-app.bicep');
    expect(main).toMatch(/@secure\(\)\nparam formStampKey string = newGuid\(\)\n/);
    expect(main).toContain('formStampKey: formStampKey');
    expect(read('main.parameters.json')).not.toContain('formStampKey');
    expect(app).toMatch(/@secure\(\)\nparam formStampKey string\n/);
    expect(app).toContain('CRM_FORM_STAMP_KEY: formStampKey');
  });

  it('keep keys off: Storage refuses shared keys, the bot is single-tenant on the managed identity', () => {
    expect(read('modules/storage.bicep')).toContain('allowSharedKeyAccess: false');
    const bot = read('modules/bot.bicep');
    expect(bot).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bot).toContain('msaAppTenantId: tenantId');
    expect(bot).toContain("channelName: 'MsTeamsChannel'");
  });
});
