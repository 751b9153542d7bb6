import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: repoRoot });

const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];

/** The boundary messages the repository's lint config reports for `code` at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.includes(m.ruleId))
    .map((m) => m.message);
}

type Case = [file: string, code: string];

const rules: {
  name: string;
  message: string;
  refused: Case[];
  allowed: Case[];
}[] = [
  {
    name: 'the bot SDK only in bot/src/adapter/',
    message: 'The bot SDK stays in bot/src/adapter/.',
    refused: [
      ['bot/src/routes/commands.ts', "import { TurnContext } from 'botbuilder';"],
      ['bot/src/notifier/sender.ts', "import { ConnectorClient } from 'botframework-connector';"],
      ['api/src/functions/messages.ts', "import { CloudAdapter } from 'botbuilder-core';"],
      ['tests/bot/example.test.ts', "const sdk = await import('botbuilder');"],
    ],
    allowed: [
      ['bot/src/adapter/cloud-adapter.ts', "import { CloudAdapter } from 'botbuilder';"],
      ['bot/src/adapter/connector.ts', "import { ConnectorClient } from 'botframework-connector';"],
    ],
  },
  {
    name: '@azure/cosmos only in domain/src/store/',
    message: 'The Cosmos DB SDK stays in domain/src/store/.',
    refused: [
      ['domain/src/use-cases/get-lead.ts', "import { CosmosClient } from '@azure/cosmos';"],
      ['api/src/routes.ts', "import type { Container } from '@azure/cosmos';"],
      ['domain/src/testing/test-store.ts', "import { CosmosClient } from '@azure/cosmos';"],
      ['scripts/start.ts', "import { CosmosClient } from '@azure/cosmos';"],
    ],
    allowed: [
      ['domain/src/store/cosmos-client.ts', "import { CosmosClient } from '@azure/cosmos';"],
      ['domain/src/store/query-catalog.test.ts', "import { CosmosClient } from '@azure/cosmos';"],
      ['domain/src/testing/snapshot.ts', "import type { CosmosClient } from '@azure/cosmos';"],
    ],
  },
  {
    name: 'the embedded Cosmos server only in domain/src/testing/, tests and scripts',
    message:
      'The embedded Cosmos server and the testing entry are for domain/src/testing/, tests and scripts.',
    refused: [
      ['domain/src/store/cosmos-store.ts', "const s = await import('@vercel/cosmosdb-server');"],
      [
        'domain/src/store/cosmos-client.ts',
        "import { createServer } from '@vercel/cosmosdb-server';",
      ],
      [
        'api/src/local/host.ts',
        "import { startEmbeddedCosmos } from '@channel-crm/domain/testing';",
      ],
      ['domain/src/use-cases/get-lead.ts', "import { startTestStore } from '../testing';"],
      ['bot/src/notifier/sender.ts', "import { aLead } from '@channel-crm/domain/testing';"],
    ],
    allowed: [
      [
        'domain/src/testing/embedded-cosmos.ts',
        "const s = await import('@vercel/cosmosdb-server');",
      ],
      [
        'scripts/local-app.ts',
        "import { startEmbeddedCosmos } from '@channel-crm/domain/testing';",
      ],
      [
        'tests/support/test-app.ts',
        "import { startTestStore } from '@channel-crm/domain/testing';",
      ],
      ['domain/src/use-cases/leads.test.ts', "import { startTestStore } from '../testing';"],
      ['domain/src/store/paging.test.ts', "import { aLead } from '../testing';"],
    ],
  },
  {
    name: 'nothing Node-only in the tab',
    message: 'The tab is browser code: nothing Node-only (the domain root only).',
    refused: [
      ['tab/src/shell/api.ts', "import { readFile } from 'node:fs/promises';"],
      ['tab/src/shell/api.ts', "import { QueueClient } from '@azure/storage-queue';"],
      ['tab/src/features/leads/LeadsPage.tsx', "import { TurnContext } from 'botbuilder';"],
      ['tab/src/shell/me.ts', "import { getLead } from '@channel-crm/domain/server';"],
      ['tab/src/shell/me.ts', "import { leadFixture } from '@channel-crm/domain/testing';"],
      ['tab/src/shell/me.ts', "const server = await import('@channel-crm/domain/server');"],
    ],
    allowed: [
      ['tab/src/shell/me.ts', "import { LeadInput } from '@channel-crm/domain';"],
      ['tab/src/main.tsx', "import { createRoot } from 'react-dom/client';"],
    ],
  },
];

describe.each(rules)('lint boundary: $name', ({ message, refused, allowed }) => {
  it.each(refused)('refuses the import in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringContaining(message)]);
  });

  it.each(allowed)('allows the import in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
