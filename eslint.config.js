import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const STYLE = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  { selector: 'TSEnumDeclaration', message: 'Use string-literal unions.' },
];

/**
 * Import boundaries. Each names a group of modules (static imports as gitignore patterns,
 * `import()` as a regular expression) and the message shown where the group is not allowed.
 */
const BOT_SDK = {
  group: ['botbuilder*', 'botframework-*'],
  dynamic: '^(botbuilder|botframework-)',
  message: 'The bot SDK stays in bot/src/adapter/.',
};
const COSMOS_SDK = {
  group: ['@azure/cosmos'],
  dynamic: '^@azure.cosmos$',
  message: 'The Cosmos DB SDK stays in domain/src/store/.',
};
const EMBEDDED_COSMOS = {
  group: ['@vercel/cosmosdb-server', '@channel-crm/domain/testing', '**/testing', '**/testing/**'],
  dynamic: '^@vercel.cosmosdb-server$|(^|\\x2F)testing(\\x2F|$)',
  message:
    'The embedded Cosmos server and the testing entry are for domain/src/testing/, tests and scripts.',
};
const NODE_ONLY = {
  group: [
    'node:*',
    '@azure/*',
    'botbuilder*',
    'botframework-*',
    '@vercel/cosmosdb-server',
    '@channel-crm/domain/server',
    '@channel-crm/domain/testing',
  ],
  dynamic:
    '^(node:|@azure.|botbuilder|botframework-|@vercel.cosmosdb-server$|@channel-crm.domain.(server|testing)$)',
  message: 'The tab is browser code: nothing Node-only (the domain root only).',
};

/** The boundaries that hold in `files` (a later entry replaces an earlier one for a file). */
const boundaries = (files, groups) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: groups.map(({ dynamic: _, ...pattern }) => pattern) },
    ],
    'no-restricted-syntax': [
      'error',
      ...STYLE,
      ...groups.map(({ dynamic, message }) => ({
        selector: `ImportExpression[source.value=/${dynamic}/]`,
        message,
      })),
    ],
  },
});

const TESTS_AND_SCRIPTS = ['tests/**', 'scripts/**', '**/*.test.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      '**/.tsbuild/**',
      '.data/**',
      'bench/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  boundaries(['**/*.{js,mjs,cjs,ts,tsx}'], [BOT_SDK, COSMOS_SDK, EMBEDDED_COSMOS]),
  boundaries(TESTS_AND_SCRIPTS, [BOT_SDK, COSMOS_SDK]),
  // The embedded server and its snapshot name the SDK's types; only the store runs it.
  boundaries(['domain/src/testing/**'], [BOT_SDK, { ...COSMOS_SDK, allowTypeImports: true }]),
  boundaries(['domain/src/store/**'], [BOT_SDK, EMBEDDED_COSMOS]),
  boundaries(['domain/src/store/**/*.test.ts'], [BOT_SDK]),
  boundaries(['bot/src/adapter/**'], [COSMOS_SDK, EMBEDDED_COSMOS]),
  boundaries(['bot/src/adapter/**/*.test.ts'], [COSMOS_SDK]),
  boundaries(['tab/**'], [NODE_ONLY]),
  {
    files: ['**/*.config.ts', '**/*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
