// OrderPipeline: Azure Functions custom handler (self-contained linux-x64 ASP.NET Core server)
// plus its storage account (Table, Queue, Blob) and monitoring.

@description('Azure region for all resources.')
param location string = resourceGroup().location

@description('Function app name (globally unique; lowercase letters, digits and hyphens). Other resource names derive from it.')
@minLength(3)
@maxLength(40)
param appName string

// EP1 by default: custom handlers run on every plan, but Linux Consumption (Y1) is retiring on 30 Sep 2028 and gets no new features, while Elastic Premium keeps warm instances for the 30 s timer and the queue trigger.
@description('Hosting plan SKU: Elastic Premium (EP*) or Linux Consumption (Y1).')
@allowed([
  'EP1'
  'EP2'
  'EP3'
  'Y1'
])
param planSku string = 'EP1'

@description('Maximum number of Elastic Premium workers (ignored for Y1).')
param maximumElasticWorkerCount int = 20

@description('Log Analytics retention in days.')
param logRetentionInDays int = 30

// The app's own settings.
param createProductOrderValidationSync bool = true
param createProductOrderValidationAsync bool = true
param createServiceOrderValidationSync bool = true
param createServiceOrderValidationAsync bool = true

@description('NCRONTAB schedule (six fields, with seconds) of SweepInboundQueue.')
param inboundQueueSweepSchedule string = '*/30 * * * * *'

@minValue(1)
param inboundQueueBatchSize int = 100

var suffix = uniqueString(resourceGroup().id)
var storageNamePart = take(replace(toLower(appName), '-', ''), 9)
var storageAccountName = 'st${storageNamePart}${suffix}' // 3-24 lowercase alphanumerics
var isPremium = startsWith(planSku, 'EP')

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

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
    'ReferenceData'
  ]: {
    parent: tableService
    name: tableName
  }
]

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource payloadContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'inbound-payloads'
  properties: {
    publicAccess: 'None'
  }
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
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
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${appName}'
  location: location
  kind: isPremium ? 'elastic' : 'linux'
  sku: {
    name: planSku
    tier: isPremium ? 'ElasticPremium' : 'Dynamic'
  }
  properties: {
    reserved: true // Linux
    maximumElasticWorkerCount: isPremium ? maximumElasticWorkerCount : null
  }
}

// Shared-key connection string. TODO (later step): switch to identity-based connections
// (AzureWebJobsStorage__accountName + role assignments for the app's managed identity).
var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    siteConfig: {
      // The Functions stacks API defines the Linux "custom" stack with linuxFxVersion '' (no language
      // worker image); FUNCTIONS_WORKER_RUNTIME=custom selects the custom handler.
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        { name: 'AzureWebJobsStorage', value: storageConnectionString }
        // Content share: required by Elastic Premium; Linux Consumption apps get it too.
        { name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', value: storageConnectionString }
        { name: 'WEBSITE_CONTENTSHARE', value: toLower(appName) }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'create_product_order_validation_sync', value: createProductOrderValidationSync ? 'true' : 'false' }
        { name: 'create_product_order_validation_async', value: createProductOrderValidationAsync ? 'true' : 'false' }
        { name: 'create_service_order_validation_sync', value: createServiceOrderValidationSync ? 'true' : 'false' }
        { name: 'create_service_order_validation_async', value: createServiceOrderValidationAsync ? 'true' : 'false' }
        { name: 'InboundQueue__SweepSchedule', value: inboundQueueSweepSchedule }
        { name: 'InboundQueue__BatchSize', value: string(inboundQueueBatchSize) }
        // Read by the function.json of PurgeIdempotencyKeys (%Idempotency__PurgeSchedule%); the host needs it set.
        { name: 'Idempotency__PurgeSchedule', value: '0 0 * * * *' }
      ]
    }
  }
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output storageAccountName string = storage.name
