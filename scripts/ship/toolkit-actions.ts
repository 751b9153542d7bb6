/**
 * The toolkit actions this project uses and the keys each takes, as the project-file schema
 * (v1.11) defines them; a key outside these is refused by `teamsapp` before anything runs.
 */
export type ActionShape = {
  required: string[];
  optional: string[];
  writes?: { required: string[]; optional: string[] };
};

export const PROJECT_FILE_VERSION = 'v1.11';

export const ACTIONS: Record<string, ActionShape> = {
  'teamsApp/create': {
    required: ['name'],
    optional: [],
    writes: { required: ['teamsAppId'], optional: ['teamsAppTenantId'] },
  },
  'aadApp/create': {
    required: ['name', 'generateClientSecret', 'signInAudience'],
    optional: ['generateServicePrincipal', 'serviceManagementReference', 'clientSecretExpireDays'],
    writes: {
      required: ['clientId', 'objectId'],
      optional: ['clientSecret', 'tenantId', 'authority', 'authorityHost'],
    },
  },
  'aadApp/update': { required: ['manifestPath', 'outputFilePath'], optional: [] },
  'arm/deploy': {
    required: ['subscriptionId', 'resourceGroupName', 'templates'],
    optional: ['bicepCliVersion'],
  },
  'azureStorage/enableStaticWebsite': {
    required: ['storageResourceId'],
    optional: ['indexPage', 'errorPage'],
  },
  'azureStorage/deploy': {
    required: ['artifactFolder', 'resourceId'],
    optional: ['workingDirectory', 'ignoreFile'],
  },
  'azureFunctions/zipDeploy': {
    required: ['artifactFolder', 'resourceId'],
    optional: ['workingDirectory', 'ignoreFile', 'dryRun', 'outputZipFile'],
  },
  'cli/runNpmCommand': { required: ['args'], optional: ['workingDirectory'] },
  'teamsApp/validateManifest': { required: ['manifestPath'], optional: [] },
  'teamsApp/zipAppPackage': {
    required: ['manifestPath', 'outputZipPath', 'outputFolder'],
    optional: [],
  },
  'teamsApp/validateAppPackage': { required: ['appPackagePath'], optional: [] },
  'teamsApp/update': { required: ['appPackagePath'], optional: [] },
  'teamsApp/publishAppPackage': {
    required: ['appPackagePath'],
    optional: [],
    writes: { required: ['publishedAppId'], optional: [] },
  },
  'botFramework/create': {
    required: ['botId', 'name', 'messagingEndpoint'],
    optional: ['description', 'iconUrl', 'channels'],
  },
  'file/createOrUpdateEnvironmentFile': { required: ['envs', 'target'], optional: [] },
  script: { required: ['run'], optional: ['workingDirectory', 'shell', 'timeout', 'redactLog'] },
};

/** Variables an action writes besides its writeToEnvironmentFile entries. */
export const IMPLICIT_OUTPUTS: Record<string, string[]> = {
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};
