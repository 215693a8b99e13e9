using OrderPipeline.Functions;
using OrderPipeline.Functions.Hosting;

if (FunctionAppLayout.IsWriteCommand(args, out var functionAppDirectory))
{
    FunctionAppLayout.Write(functionAppDirectory, Path.Combine(AppContext.BaseDirectory, "host.json"));
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOrderPipelineFunctions();

var app = builder.Build();
app.MapOrderPipelineFunctions();
app.Run();
