// OrderPipeline on Azure Functions Flex Consumption: the .NET isolated-worker function app, its storage account
// (tables, queues, payload blobs and the deployment package), a user-assigned managed identity that reaches storage
// without shared keys, and workspace-based Application Insights. Deploy with `azd up` or `az deployment group create`;
// infra/README.md has the steps and every setting.

targetScope = 'resourceGroup'

@description('Azure region of every resource. It must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('azd environment name; when set, every resource is tagged with it so azd finds them. Leave empty outside azd.')
param environmentName string = ''

@description('Function app name: globally unique, lowercase letters, digits and hyphens. The other resource names derive from it.')
@minLength(2)
@maxLength(55) // so that plan-{appName} stays within the 60 characters a plan name may have
param appName string = 'func-orderpipeline-${uniqueString(resourceGroup().id)}'

@description('Memory of each instance in MB; CPU is allotted in proportion.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to, for HTTP load and the inbound queue together.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Redundancy of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// The app's own settings; infra/README.md says what each one does.
param createProductOrderValidationSync bool = true
param createProductOrderValidationAsync bool = true
param createServiceOrderValidationSync bool = true
param createServiceOrderValidationAsync bool = true

@description('NCRONTAB (six fields, with seconds) of SweepInboundQueue.')
param inboundQueueSweepSchedule string = '*/30 * * * * *'

@description('NCRONTAB (six fields, with seconds) of PurgeIdempotencyKeys.')
param idempotencyPurgeSchedule string = '0 0 * * * *'

@description('NCRONTAB (six fields) of PurgeInboundQueue, which deletes inbound entries Done for longer than inboundQueueDoneRetention.')
param inboundQueuePurgeSchedule string = '0 30 * * * *'

@description('How long a Done inbound entry is kept before the purge deletes it (d.hh:mm:ss).')
param inboundQueueDoneRetention string = '7.00:00:00'

@description('How many table partitions the inbound entries accepted at the same moment are spread over: 1, 2, 4, 8 or 16.')
@allowed([1, 2, 4, 8, 16])
param inboundQueuePartitionsAtOnce int = 1

@description('Most stalled inbound entries one sweep takes.')
@minValue(1)
param inboundQueueBatchSize int = 100

@description('How long a claim holds an inbound entry before the sweeper may take it over (TimeSpan).')
param inboundQueueLeaseDuration string = '00:05:00'

@description('How long a New inbound entry waits for its queue message before the sweeper takes it as lost (TimeSpan).')
param inboundQueueNewEntryGracePeriod string = '00:01:00'

@description('How long an Idempotency-Key answers repeats of its request (TimeSpan).')
param idempotencyRetention string = '1.00:00:00'

@description('How long a reference-data record read from storage is used before it is read again (TimeSpan).')
param referenceDataCacheExpiry string = '00:00:30'

@description('Hosts a hub listener\'s callback may point at, separated by commas (*.example.com for every host under it); empty allows any.')
param hubAllowedCallbackHosts string = ''

var tags = empty(environmentName) ? {} : { 'azd-env-name': environmentName }

// 'st' + at most 9 characters of the app name + 13 of uniqueString: within the 24 lowercase alphanumerics allowed.
var storageAccountName = 'st${take(replace(toLower(appName), '-', ''), 9)}${uniqueString(resourceGroup().id)}'

// Flex Consumption runs the package in this container. The name stays fixed: the app keeps whatever package was
// last published here, so re-running this template leaves the deployed code alone.
var deploymentContainerName = 'app-package'

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${appName}'
  location: location
  tags: tags
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Entra ID only: the host, the app and the deployment all use the managed identity.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in [
    deploymentContainerName
    'inbound-payloads'
  ]: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The app creates its queues and tables at start too; declaring them here makes the account complete before then.
resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in [
    'inbound-orders'
    'inbound-orders-poison'
  ]: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in [
    'InboundEntries'
    'CustomerOrders'
    'CustomerOrderLines'
    'IdempotencyKeys'
    'ReferenceData'
  ]: {
    parent: tableService
    name: tableName
  }
]

// Blob Data Owner covers the app's payloads and the host's own blobs (timer schedule status, the singleton locks
// that keep one timer run at a time, the deployment package); queue and table roles cover the rest of the app.
resource storageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in [
    storageBlobDataOwner
    storageQueueDataContributor
    storageTableDataContributor
  ]: {
    name: guid(storage.id, identity.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${appName}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

// Lets the host send its telemetry signed in as the identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
resource telemetryAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${appName}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  // azure.yaml names the service "api"; azd deploy finds the app by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // Flex takes the language and version here and refuses FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION settings.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Every deployment replaces the whole list: a setting changed in the portal returns to these values.
      appSettings: [
        // Identity-based AzureWebJobsStorage, read by the host and by the app's own storage clients.
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
        { name: 'create_product_order_validation_sync', value: createProductOrderValidationSync ? 'true' : 'false' }
        { name: 'create_product_order_validation_async', value: createProductOrderValidationAsync ? 'true' : 'false' }
        { name: 'create_service_order_validation_sync', value: createServiceOrderValidationSync ? 'true' : 'false' }
        { name: 'create_service_order_validation_async', value: createServiceOrderValidationAsync ? 'true' : 'false' }
        // Named in %…% binding expressions, so flat: the host does not resolve names with "__" or ":" there.
        { name: 'InboundQueueSweepSchedule', value: inboundQueueSweepSchedule }
        { name: 'IdempotencyPurgeSchedule', value: idempotencyPurgeSchedule }
        { name: 'InboundQueuePurgeSchedule', value: inboundQueuePurgeSchedule }
        { name: 'InboundQueue__DoneRetention', value: inboundQueueDoneRetention }
        { name: 'InboundQueue__PartitionsAtOnce', value: string(inboundQueuePartitionsAtOnce) }
        { name: 'InboundQueue__BatchSize', value: string(inboundQueueBatchSize) }
        { name: 'InboundQueue__LeaseDuration', value: inboundQueueLeaseDuration }
        { name: 'InboundQueue__NewEntryGracePeriod', value: inboundQueueNewEntryGracePeriod }
        { name: 'Idempotency__Retention', value: idempotencyRetention }
        { name: 'ReferenceData__CacheExpiry', value: referenceDataCacheExpiry }
        { name: 'Hub__AllowedCallbackHosts', value: hubAllowedCallbackHosts }
      ]
    }
  }
  // The host reaches storage as soon as the app starts; without the roles it would fail until they land.
  dependsOn: [
    storageAccess
    telemetryAccess
    blobContainers
  ]
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output storageAccountName string = storage.name
