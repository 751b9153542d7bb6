@description('Name of the Function App (also its host name prefix).')
param name string

@description('Azure region of the Function App and its Flex Consumption plan.')
param location string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that managed identity (identity-based connections, the bot).')
param identityClientId string

@description('Blob endpoint of the storage account, ending in a slash.')
param storageBlobEndpoint string

@description('Queue endpoint of the storage account, ending in a slash.')
param storageQueueEndpoint string

@description('Table endpoint of the storage account, ending in a slash.')
param storageTableEndpoint string

@description('Blob container for the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Maximum number of instances the app scales out to.')
param maximumInstanceCount int = 40

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Origin of the tab (https://host), the only origin allowed to call the API from a browser.')
param allowedOrigin string

@description('CRM_FORM_STAMP_KEY: the key that signs web forms\' render times, shared by every instance.')
@secure()
param formStampKey string

@description('Settings the code reads (COSMOS_*, ENTRA_*, BOT_*, TAB_ENDPOINT …), added to the platform ones.')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

var platformSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: instanceMemoryMB }
      runtime: { name: 'node', version: '22' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: { allowedOrigins: [allowedOrigin] }
      appSettings: [for setting in items(union(platformSettings, appSettings, { CRM_FORM_STAMP_KEY: formStampKey })): { name: setting.key, value: setting.value }]
    }
  }
}

output id string = site.id
output hostName string = site.properties.defaultHostName
