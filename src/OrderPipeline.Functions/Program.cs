using Microsoft.Azure.Functions.Worker.Builder;
using OrderPipeline.Functions;
using OrderPipeline.Functions.Errors;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<TmfExceptionMiddleware>();
builder.AddOrderPipelineFunctions();
builder.Build().Run();
