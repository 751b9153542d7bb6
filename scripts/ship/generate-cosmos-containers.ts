// Writes infra/cosmos-containers.json from domain/src/store/containers.ts (the one definition).
import { writeFile } from 'node:fs/promises';
import { CONTAINERS, DATABASE_ID } from '@channel-crm/domain/server';
import { renderArmCosmos, toArmCosmos } from './cosmos-arm';
import { cosmosContainersFile } from './paths';

await writeFile(cosmosContainersFile, await renderArmCosmos(toArmCosmos(DATABASE_ID, CONTAINERS)));
console.log(`wrote ${cosmosContainersFile}`);
