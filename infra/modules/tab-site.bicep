// The tab is static files on a storage account's static website; the toolkit switches the
// website on (azureStorage/enableStaticWebsite) and uploads the build (azureStorage/deploy).
// This account holds only those public files; the app's data and queues live elsewhere.

@description('Name of the storage account that serves the tab (globally unique, 3-24 lower-case letters and digits).')
param name string

@description('Azure region of the storage account.')
param location string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

var web = account.properties.primaryEndpoints.web

output id string = account.id
output endpoint string = substring(web, 0, length(web) - 1)
output domain string = replace(replace(web, 'https://', ''), '/', '')
