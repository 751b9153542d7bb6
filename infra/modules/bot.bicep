@description('Name of the Azure Bot resource.')
param name string

@description('Display name of the bot in Teams (at most 42 characters).')
@maxLength(42)
param displayName string

@description('Host name of the Function App that serves /api/messages.')
param botHostName string

@description('Client id of the user-assigned managed identity the bot authenticates as.')
param identityClientId string

@description('Resource id of that managed identity.')
param identityId string

@description('Tenant of that managed identity: the bot is single-tenant.')
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: displayName
    endpoint: 'https://${botHostName}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botId string = bot.properties.msaAppId
