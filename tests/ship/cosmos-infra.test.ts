import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTAINERS, DATABASE_ID } from '@channel-crm/domain/server';
import { describe, expect, it } from 'vitest';
import { renderArmCosmos, toArmCosmos } from '../../scripts/ship/cosmos-arm';
import { cosmosContainersFile, infraDir } from '../../scripts/ship/paths';

async function bicepFiles(): Promise<Map<string, string>> {
  const names = [
    'main.bicep',
    ...(await readdir(join(infraDir, 'modules'))).map((f) => `modules/${f}`),
  ].filter((f) => f.endsWith('.bicep'));
  return new Map(
    await Promise.all(
      names.map(async (n): Promise<[string, string]> => [
        n,
        await readFile(join(infraDir, n), 'utf8'),
      ]),
    ),
  );
}

describe('Cosmos DB in infra/ and domain/src/store/containers.ts', () => {
  it('infra/cosmos-containers.json is generated from the store definition (regenerate: npx tsx scripts/ship/generate-cosmos-containers.ts)', async () => {
    const onDisk = await readFile(cosmosContainersFile, 'utf8');
    expect(onDisk).toBe(await renderArmCosmos(toArmCosmos(DATABASE_ID, CONTAINERS)));
  });

  it('a changed definition no longer matches the file', async () => {
    const onDisk = await readFile(cosmosContainersFile, 'utf8');
    const moved = CONTAINERS.map((c) => ({ ...c, partitionKeyPath: '/spaceId' }));
    expect(onDisk).not.toBe(await renderArmCosmos(toArmCosmos(DATABASE_ID, moved)));
    const fewerIndexes = CONTAINERS.map((c) => ({
      ...c,
      indexingPolicy: {
        ...c.indexingPolicy,
        compositeIndexes: c.indexingPolicy.compositeIndexes.slice(1),
      },
    }));
    expect(onDisk).not.toBe(await renderArmCosmos(toArmCosmos(DATABASE_ID, fewerIndexes)));
  });

  it('holds each container with its partition key and indexing policy as ARM expects', () => {
    const arm = toArmCosmos(DATABASE_ID, CONTAINERS);
    expect(arm.databaseId).toBe('channel-crm');
    for (const [i, container] of CONTAINERS.entries()) {
      expect(arm.containers[i]).toMatchObject({
        id: container.id,
        partitionKey: { paths: [container.partitionKeyPath], kind: 'Hash', version: 2 },
        indexingPolicy: container.indexingPolicy,
      });
    }
  });

  it('main.bicep loads the JSON and the Cosmos module creates the containers from it', async () => {
    const files = await bicepFiles();
    const main = files.get('main.bicep') ?? '';
    expect(main).toMatch(/loadJsonContent\('cosmos-containers\.json'\)/);
    expect(main).toMatch(/databaseId: cosmosDefinition\.databaseId/);
    expect(main).toMatch(/containers: cosmosDefinition\.containers/);
    const cosmos = files.get('modules/cosmos.bicep') ?? '';
    expect(cosmos).toMatch(/for container in containers:[\s\S]*resource: container/);
    expect(cosmos).toMatch(/disableLocalAuth: true/);
    expect(cosmos).toMatch(/capacityMode string = 'Serverless'/);
    expect(cosmos).toContain('sqlRoleDefinitions/00000000-0000-0000-0000-000000000002');
  });

  it('no Bicep file spells out a database, container or partition key of its own', async () => {
    for (const [name, text] of await bicepFiles()) {
      expect(text, name).not.toContain(`'${DATABASE_ID}'`);
      for (const c of CONTAINERS) {
        expect(text, name).not.toContain(`'${c.partitionKeyPath}'`);
        expect(text, name).not.toContain(`name: '${c.id}'`);
      }
    }
  });
});
