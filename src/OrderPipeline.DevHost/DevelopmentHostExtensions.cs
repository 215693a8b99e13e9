using Microsoft.Extensions.Options;
using OrderPipeline.DevHost.ApiDescription;
using OrderPipeline.DevHost.Azurite;
using OrderPipeline.DevHost.Configuration;
using OrderPipeline.DevHost.Errors;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.DevHost.Security;
using OrderPipeline.DevHost.Telemetry;
using OrderPipeline.DevHost.Triggers;
using OrderPipeline.Functions;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.LocalDev;
using OrderPipeline.Storage;

namespace OrderPipeline.DevHost;

/// <summary>Composes the development host around the function app's own services and functions.</summary>
public static class DevelopmentHostExtensions
{
    private const string DefaultUrl = "http://localhost:7071";

    /// <summary>The content root for a run from anywhere in a clone: the repository root, where local.settings.json and samples/ are.</summary>
    public static string ContentRoot { get; } =
        RepositoryRoot.Find(Directory.GetCurrentDirectory()) ?? RepositoryRoot.Find(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static WebApplicationBuilder AddDevelopmentHost(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddLocalSettings(builder.Environment);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Before the function app's storage registration: Azurite must listen before tables and queues are created.
        builder.AddDevelopmentStorage();
        builder.AddFunctionKeys();
        builder.AddOrderPipelineFunctions();
        builder.Services.AddDevelopmentHostTelemetry();

        var functions = FunctionIndex.Of(typeof(OrderPipelineFunctionsExtensions).Assembly);
        builder.Services.AddSingleton(functions);
        builder.AddTriggers(functions);
        builder.AddApiDescription();
        builder.Services.AddExceptionHandler<TmfExceptionHandler>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapDevelopmentHost(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseTmfStatusCodePages();
        app.UseFunctionKeys();
        app.MapHttpFunctions(app.Services.GetRequiredService<FunctionIndex>());
        app.MapApiDescription();
        return app;
    }

    private static void AddTriggers(this WebApplicationBuilder builder, FunctionIndex functions)
    {
        var triggers = builder.Configuration.GetSection(DevHostTriggerOptions.SectionName).Get<DevHostTriggerOptions>() ?? new();
        if (triggers.QueueListener)
        {
            foreach (var function in functions.Queue)
            {
                // Plain IHostedService: AddHostedService would keep only the first of two of the same type.
                builder.Services.AddSingleton<IHostedService>(provider => new QueueListener(function,
                    provider.GetRequiredService<QueueClientFactory>(), provider.GetRequiredService<IServiceScopeFactory>(),
                    provider.GetRequiredService<IOptions<QueueTriggerOptions>>(), provider.GetRequiredService<ILogger<QueueListener>>()));
            }
        }

        if (triggers.Timers)
        {
            foreach (var function in functions.Timer)
            {
                var schedule = TimerScheduler.ScheduleOf(function, builder.Configuration);
                builder.Services.AddSingleton<IHostedService>(provider => new TimerScheduler(function, schedule,
                    provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILogger<TimerScheduler>>()));
            }
        }
    }
}
