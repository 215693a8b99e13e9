using Microsoft.Azure.Functions.Worker.Builder;
using OrderPipeline.Functions;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<TmfExceptionMiddleware>();
builder.AddOrderPipelineFunctions();
builder.AddFunctionsWorkerTelemetry();
builder.Build().Run();
