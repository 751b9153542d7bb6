import type { ContainerDefinition } from '@channel-crm/domain/server';
import { format } from 'prettier';

/** The ARM `resource` body of one SQL container, as infra/main.bicep passes it through. */
export type ArmContainer = {
  id: string;
  partitionKey: { paths: string[]; kind: 'Hash'; version: 2 };
  indexingPolicy: ContainerDefinition['indexingPolicy'];
  defaultTtl?: number;
};

/** What infra/cosmos-containers.json holds: the database and its containers. */
export type ArmCosmosDefinition = { databaseId: string; containers: ArmContainer[] };

export function toArmCosmos(
  databaseId: string,
  containers: ContainerDefinition[],
): ArmCosmosDefinition {
  return {
    databaseId,
    containers: containers.map((c) => ({
      id: c.id,
      partitionKey: { paths: [c.partitionKeyPath], kind: 'Hash', version: 2 },
      indexingPolicy: c.indexingPolicy,
      ...(c.defaultTtl === undefined ? {} : { defaultTtl: c.defaultTtl }),
    })),
  };
}

/** The file's exact text (Prettier-formatted, as `npm run lint` expects), compared byte for byte. */
export function renderArmCosmos(definition: ArmCosmosDefinition): Promise<string> {
  return format(JSON.stringify(definition), { parser: 'json' });
}
