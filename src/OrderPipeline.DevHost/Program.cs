using OrderPipeline.DevHost;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = DevelopmentHostExtensions.ContentRoot });
builder.AddDevelopmentHost();

var app = builder.Build();
app.MapDevelopmentHost();
app.Run();
