// Database, containers, partition keys and indexing policies come from cosmos-containers.json,
// generated from domain/src/store/containers.ts (npx tsx scripts/ship/generate-cosmos-containers.ts).

@description('Name of the Cosmos DB account (globally unique, lower case).')
param accountName string

@description('Azure region of the account.')
param location string

@description('Serverless (pay per request, the default) or Provisioned (autoscale throughput on the database).')
@allowed(['Serverless', 'Provisioned'])
param capacityMode string = 'Serverless'

@description('Maximum autoscale RU/s of the database when capacityMode is Provisioned.')
param autoscaleMaxThroughput int = 1000

@description('The database id, from infra/cosmos-containers.json.')
param databaseId string

@description('The containers, from infra/cosmos-containers.json: the ARM resource body of each.')
param containers array

@description('Principal ids given the built-in Data Contributor role on the account (data plane).')
param dataContributorPrincipalIds string[]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: capacityMode == 'Serverless' ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseId
  properties: {
    resource: { id: databaseId }
    options: capacityMode == 'Provisioned' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.id
    properties: { resource: container }
  }
]

// Built-in role 00000000-0000-0000-0000-000000000002: Cosmos DB Built-in Data Contributor.
resource dataContributors 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for principalId in dataContributorPrincipalIds: {
    parent: account
    name: guid(account.id, principalId, 'data-contributor')
    properties: {
      principalId: principalId
      roleDefinitionId: '${account.id}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002'
      scope: account.id
    }
  }
]

output endpoint string = account.properties.documentEndpoint
output databaseId string = database.name
