// Channel CRM in one resource group: run by `teamsapp provision` (arm/deploy) with
// main.parameters.json. Outputs are named exactly like the env variables later steps read.
targetScope = 'resourceGroup'

@description('Prefix of every resource name; lower-case letters and digits, 3-11 characters. The default is unique to the resource group.')
@minLength(3)
@maxLength(11)
param resourceBaseName string = 'crm${take(uniqueString(resourceGroup().id), 8)}'

@description('Azure region of every regional resource (Flex Consumption must be available there).')
param location string = resourceGroup().location

@description('Name the bot shows in Teams.')
@maxLength(42)
param botDisplayName string

@description('Client id of the Entra app registration for Teams SSO (aadApp/create writes AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Id of the Teams app (teamsApp/create writes TEAMS_APP_ID); the cards\' "Open in tab" links point at it.')
param teamsAppId string

@description('The app\'s id in the organisation\'s app catalog (TEAMS_APP_CATALOG_ID: copy TEAMS_APP_PUBLISHED_APP_ID there after the first publish). The notifier needs it to install the app proactively for followers who never opened it; run provision again after publishing.')
param teamsAppCatalogId string = ''

@description('Tenant of the Entra app registration (aadApp/create writes AAD_APP_TENANT_ID).')
param aadAppTenantId string = tenant().tenantId

@description('Cosmos DB capacity: Serverless (default) or Provisioned.')
@allowed(['Serverless', 'Provisioned'])
param cosmosCapacityMode string = 'Serverless'

@description('Optional object id of a developer (Entra user) given Cosmos DB data access, to run the app locally against this account.')
param developerPrincipalId string = ''

@description('Key that signs web forms\' render times (CRM_FORM_STAMP_KEY), one for every API instance. Leave it unset: each deployment draws a new one, so no value lives in the repo (a form shown before a deployment is then refused as untimely until the page is loaded again).')
@secure()
param formStampKey string = newGuid()

var cosmosDefinition = loadJsonContent('cosmos-containers.json')
var deploymentContainerName = 'app-package'
var notificationsQueue = 'notifications'
// The import job: its files (api/src/imports/blob-files.ts) and its chunk queue.
var importsContainer = 'imports'
var importsQueue = 'imports'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${resourceBaseName}-identity'
    location: location
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: resourceBaseName
    location: location
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: '${resourceBaseName}data'
    location: location
    principalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
    queueNames: [notificationsQueue, '${notificationsQueue}-poison', importsQueue, '${importsQueue}-poison']
    blobContainerNames: [importsContainer]
  }
}

module tabSite 'modules/tab-site.bicep' = {
  name: 'tab-site'
  params: {
    name: '${resourceBaseName}tab'
    location: location
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: '${resourceBaseName}-cosmos'
    location: location
    capacityMode: cosmosCapacityMode
    databaseId: cosmosDefinition.databaseId
    containers: cosmosDefinition.containers
    dataContributorPrincipalIds: concat(
      [identity.outputs.principalId],
      empty(developerPrincipalId) ? [] : [developerPrincipalId]
    )
  }
}

var tabEndpoint = tabSite.outputs.endpoint
var tabDomain = tabSite.outputs.domain

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: '${resourceBaseName}-api'
    location: location
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    allowedOrigin: tabEndpoint
    formStampKey: formStampKey
    appSettings: {
      COSMOS_ENDPOINT: cosmos.outputs.endpoint
      COSMOS_DATABASE: cosmos.outputs.databaseId
      NOTIFICATIONS_QUEUE_ENDPOINT: storage.outputs.queueEndpoint
      ENTRA_TENANT_ID: aadAppTenantId
      ENTRA_CLIENT_ID: aadAppClientId
      ENTRA_APP_ID_URI: 'api://${tabDomain}/${aadAppClientId}'
      ENTRA_ACCEPT_V2: 'true'
      AAD_APP_CLIENT_ID: aadAppClientId
      BOT_ID: identity.outputs.clientId
      BOT_TENANT_ID: identity.outputs.tenantId
      BOT_TYPE: 'UserAssignedMsi'
      BOT_MANAGED_IDENTITY_CLIENT_ID: identity.outputs.clientId
      TAB_ENDPOINT: tabEndpoint
      TEAMS_APP_ID: teamsAppId
      TEAMS_APP_CATALOG_ID: teamsAppCatalogId
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${resourceBaseName}-bot'
    displayName: botDisplayName
    botHostName: functionApp.outputs.hostName
    identityClientId: identity.outputs.clientId
    identityId: identity.outputs.id
    tenantId: identity.outputs.tenantId
  }
}

output API_FUNCTION_RESOURCE_ID string = functionApp.outputs.id
output API_ENDPOINT string = 'https://${functionApp.outputs.hostName}'
output BOT_ID string = bot.outputs.botId
output BOT_TENANT_ID string = identity.outputs.tenantId
output BOT_DOMAIN string = functionApp.outputs.hostName
output BOT_ENDPOINT string = 'https://${functionApp.outputs.hostName}'
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output TAB_STORAGE_RESOURCE_ID string = tabSite.outputs.id
output TAB_ENDPOINT string = tabEndpoint
output TAB_DOMAIN string = tabDomain
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output COSMOS_DATABASE string = cosmos.outputs.databaseId
output NOTIFICATIONS_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
